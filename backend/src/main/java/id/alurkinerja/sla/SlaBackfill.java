package id.alurkinerja.sla;

import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.calendar.WorkingCalendar;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Cycles that were under way before the SLA clock existed have no step tasks: at start-up their open
 * work gets its clock from the moment it arrived (the document's last state change, the dispatch, the
 * receipt), so every task has its due time. Each cycle is done under its row lock and only while it
 * still has no task, so instances starting together do it once.
 */
@ApplicationScoped
public class SlaBackfill {

  private static final Logger LOG = Logger.getLogger(SlaBackfill.class);

  @Inject EntityManager em;
  @Inject OpenWork openWork;
  @Inject Calendars calendars;
  @Inject CycleService cycles;

  void onStart(@Observes StartupEvent event) {
    try {
      int started = run();
      if (started > 0) {
        LOG.infof("SLA clock started for %d pieces of work that were open before it existed", started);
      }
    } catch (RuntimeException e) {
      LOG.warnf("The SLA clock could not start for work open before it existed (%s); it tries at the next start",
          e.toString());
    }
  }

  /** Starts the clock of open work in cycles under way that have none; returns how many pieces. */
  public int run() {
    List<Long> ids = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select c.id from Cycle c "
        + "where c.status = :status and not exists (select 1 from StepTask t where t.cycleId = c.id)", Long.class)
        .setParameter("status", CycleStatus.IN_PROGRESS).getResultList());
    int started = 0;
    for (Long id : ids) {
      started += QuarkusTransaction.requiringNew().call(() -> backfill(id));
    }
    return started;
  }

  private int backfill(long cycleId) {
    Cycle cycle = Cycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
    if (StepTask.count("cycleId", cycleId) > 0) {
      return 0;
    }
    List<OpenWork.Work> open = openWork.of(cycle);
    if (open.isEmpty()) {
      return 0;
    }
    WorkingCalendar calendar = calendars.of(cycle.kecamatanId);
    Sop sop = cycles.sopOf(cycle);
    for (OpenWork.Work w : open) {
      SlaClock.start(cycle, w, arrivedAt(cycle, w), calendar, sop);
    }
    return open.size();
  }

  /** When the work reached its step, as the documents recorded it. */
  private static Instant arrivedAt(Cycle cycle, OpenWork.Work w) {
    return switch (w.work()) {
      case DRAFT_FORMAT, CORRECT_FORMAT, PARAF_FORMAT, SIGN_FORMAT, NUMBER_FORMAT ->
          Form.<Form>findById(w.documentId()).stateChangedAt;
      case RECEIVE -> Dispatch.<Dispatch>findById(w.documentId()).sentAt;
      case FILL -> {
        Submission s = Submission.findById(w.documentId());
        Dispatch d = Dispatch.find("formId = ?1 and unitId = ?2", s.formId, s.unitId).firstResult();
        yield s.state == SubmissionState.NOT_STARTED && d != null && d.receivedAt != null ? d.receivedAt
            : s.stateChangedAt;
      }
      case VERIFY -> Submission.<Submission>findById(w.documentId()).stateChangedAt;
      case CONSOLIDATE -> cycle.statusChangedAt;
      case VALIDATE, PARAF_DATA, SIGN_DATA -> Recap.<Recap>findById(w.documentId()).stateChangedAt;
    };
  }
}
