package id.alurkinerja.sla;

import id.alurkinerja.calendar.CalendarChanged;
import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.calendar.WorkingCalendar;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.forms.Form;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionTransition;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps every cycle's SLA clock: after each transition, the work its documents now wait for is
 * compared with the open step tasks; work that ended is closed (with who ended it, how and why),
 * work that arrived is opened with its due time. Runs inside the transition's transaction, under the
 * cycle's row lock, after the cycle's progress is recorded.
 */
@ApplicationScoped
public class SlaClock {

  @Inject OpenWork openWork;
  @Inject Calendars calendars;
  @Inject CycleService cycles;

  void onTransition(@Observes(during = TransactionPhase.IN_PROGRESS)
      @Priority(Interceptor.Priority.LIBRARY_AFTER + 950) DocumentTransitioned event) {
    if (event.is(SubmissionTransition.CREATE)) {
      return; // the dispatch that creates the submissions fires its own event after them
    }
    Cycle cycle = Cycle.findById(cycleOf(event), LockModeType.PESSIMISTIC_WRITE);
    reconcile(cycle, event);
  }

  void onCalendarChange(@Observes(during = TransactionPhase.IN_PROGRESS) CalendarChanged change) {
    for (Long kecamatanId : change.kecamatanIds()) {
      List<StepTask> open = StepTask.list("kecamatanId = ?1 and finishedAt is null", kecamatanId);
      if (open.isEmpty()) {
        continue;
      }
      WorkingCalendar calendar = calendars.of(kecamatanId);
      Map<Long, Cycle> cycleById = new HashMap<>();
      Map<String, OpenWork.Work> workByKey = new HashMap<>();
      for (StepTask t : open) {
        Cycle cycle = cycleById.computeIfAbsent(t.cycleId, id -> {
          Cycle c = Cycle.findById(id);
          openWork.of(c).forEach(w -> workByKey.put(w.key(), w));
          return c;
        });
        OpenWork.Work w = workByKey.get(t.key());
        Deadlines.schedule(t, calendar, Deadlines.due(calendar, cycles.sopOf(cycle), t.work, t.startedAt,
            w == null ? 1 : w.units(), w == null ? null : w.tenggat()));
      }
    }
  }

  private void reconcile(Cycle cycle, DocumentTransitioned event) {
    Map<String, OpenWork.Work> expected = new HashMap<>();
    for (OpenWork.Work w : openWork.of(cycle)) {
      expected.put(w.key(), w);
    }
    WorkingCalendar calendar = null;
    Map<String, StepTask> open = new HashMap<>();
    for (StepTask t : StepTask.openOfCycle(cycle.id)) {
      open.put(t.key(), t);
      if (!expected.containsKey(t.key())) {
        calendar = calendar != null ? calendar : calendars.of(cycle.kecamatanId);
        finish(t, event, calendar);
      }
    }
    Sop sop = null;
    for (OpenWork.Work w : expected.values()) {
      if (open.containsKey(w.key())) {
        continue;
      }
      calendar = calendar != null ? calendar : calendars.of(cycle.kecamatanId);
      sop = sop != null ? sop : cycles.sopOf(cycle);
      start(cycle, w, event.at(), calendar, sop);
    }
    StepTask.getEntityManager().flush();
  }

  static void start(Cycle cycle, OpenWork.Work w, Instant at, WorkingCalendar calendar, Sop sop) {
    StepTask t = new StepTask();
    t.kecamatanId = cycle.kecamatanId;
    t.cycleId = cycle.id;
    t.step = w.work().step();
    t.work = w.work();
    t.documentKind = w.work().document();
    t.documentId = w.documentId();
    t.unitId = w.unitId();
    t.round = (int) StepTask.count("work = ?1 and documentId = ?2", w.work(), w.documentId()) + 1;
    t.startedAt = at;
    Deadlines.schedule(t, calendar, Deadlines.due(calendar, sop, w.work(), at, w.units(), w.tenggat()));
    t.persist();
  }

  private static void finish(StepTask t, DocumentTransitioned event, WorkingCalendar calendar) {
    t.finishedAt = event.at();
    t.elapsedMinutes = (int) Math.min(Integer.MAX_VALUE, calendar.officeMinutesBetween(t.startedAt, t.finishedAt));
    t.finishedBy = event.actor() == null ? null : event.actor().id();
    t.finishedByName = event.actor() == null ? null : event.actor().fullName();
    t.finishedCapacity = event.grant() == null ? null : event.grant().capacity();
    t.outcome = event.transition().name();
    t.reason = event.reason();
    t.refused = event.reason() != null && event.movedState() && !event.is(SubmissionTransition.MARK_NOT_SUBMITTED);
  }

  private static long cycleOf(DocumentTransitioned event) {
    long formId = switch (event.kind()) {
      case FORM -> event.documentId();
      case SUBMISSION -> Submission.<Submission>findById(event.documentId()).formId;
      case RECAP -> Recap.<Recap>findById(event.documentId()).formId;
    };
    return Form.<Form>findById(formId).cycleId;
  }
}
