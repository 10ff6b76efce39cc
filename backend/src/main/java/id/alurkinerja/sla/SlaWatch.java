package id.alurkinerja.sla;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Directory;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.Target;
import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.notifications.NotificationKind;
import id.alurkinerja.notifications.Notifications;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.sop.SopStep;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Watches the SLA clock: tells the owners of work that has used 80 % of its time, and, once it is
 * overdue, its owners and the kecamatan's Sekcam. Safe on several instances at once: each piece of
 * work is claimed by a conditional update of its own row (one instance wins, the others see it
 * claimed), and a notification is unique per person, task and kind.
 */
@ApplicationScoped
public class SlaWatch {

  private static final Logger LOG = Logger.getLogger(SlaWatch.class);
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm",
      Locale.forLanguageTag("id-ID"));

  @Inject EntityManager em;
  @Inject Directory directory;
  @Inject Notifications notifications;
  @Inject CycleService cycles;
  @Inject Clock clock;

  @Inject AlurConfig config;

  @Scheduled(every = "${alur.sla.watch-every:60s}", delayed = "${alur.sla.watch-delay:20s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "sla-watch")
  void scheduled() {
    try {
      int sent = runOnce();
      if (sent > 0) {
        LOG.infof("SLA watch: %d notifications of work at risk or overdue", sent);
      }
    } catch (RuntimeException e) {
      LOG.warnf("The SLA watch could not finish this pass (%s); it tries again at the next one", e.toString());
    }
  }

  /** One pass over work that has become at risk or overdue; returns how many notifications it sent. */
  public int runOnce() {
    Instant now = clock.instant();
    int sent = 0;
    for (Long id : candidates("overdue_notified_at", "due_at", now)) {
      sent += QuarkusTransaction.requiringNew().call(() -> tell(id, now, true));
    }
    for (Long id : candidates("at_risk_notified_at", "at_risk_at", now)) {
      sent += QuarkusTransaction.requiringNew().call(() -> tell(id, now, false));
    }
    return sent;
  }

  @SuppressWarnings("unchecked")
  private List<Long> candidates(String notified, String moment, Instant now) {
    return QuarkusTransaction.requiringNew().call(() -> ((List<Number>) em.createNativeQuery(
        "SELECT id FROM step_task WHERE finished_at IS NULL AND " + notified + " IS NULL AND " + moment
            + " <= ?1 ORDER BY " + moment + " LIMIT " + config.sla().watchBatch()).setParameter(1, now).getResultList())
        .stream().map(Number::longValue).toList());
  }

  /** Claims the work for this pass and tells its people; 0 when another instance claimed it first. */
  private int tell(long stepTaskId, Instant now, boolean overdue) {
    String claim = overdue
        ? "UPDATE step_task SET overdue_notified_at = ?1, at_risk_notified_at = COALESCE(at_risk_notified_at, ?1) "
            + "WHERE id = ?2 AND overdue_notified_at IS NULL AND finished_at IS NULL"
        : "UPDATE step_task SET at_risk_notified_at = ?1 WHERE id = ?2 AND at_risk_notified_at IS NULL "
            + "AND finished_at IS NULL";
    if (em.createNativeQuery(claim).setParameter(1, now).setParameter(2, stepTaskId).executeUpdate() == 0) {
      return 0;
    }
    StepTask t = StepTask.findById(stepTaskId);
    Kecamatan k = Kecamatan.findById(t.kecamatanId);
    Cycle cycle = Cycle.findById(t.cycleId);
    boolean unitsWork = t.work == SlaWork.RECEIVE || t.work == SlaWork.FILL;
    Target target = unitsWork ? Target.unit(k.kabupatenId, k.id, t.unitId) : Target.kecamatan(k.kabupatenId, k.id);
    String stepTitle = t.work.unitsOwn() ? SopStep.UNIT_WORK : cycles.sopOf(cycle).step(t.step).title();
    String unit = t.unitId == null ? "" : ", " + OrgUnit.<OrgUnit>findById(t.unitId).name;
    String due = WHEN.format(t.dueAt.atZone(Calendars.zoneOf(k))) + " " + Calendars.abbreviationOf(k);
    String link = WorkLinks.of(t);
    List<Notifications.Message> messages = new ArrayList<>();
    List<CurrentUser> people = directory.peopleIn(k.id);
    for (CurrentUser person : people) {
      if (RolePolicy.allowing(person.grants(), t.work.verb(), target).isPresent()) {
        messages.add(new Notifications.Message(person.id(), k.id, t.id,
            overdue ? NotificationKind.TASK_OVERDUE : NotificationKind.TASK_AT_RISK,
            (overdue ? "Terlambat: " : "Hampir lewat mutu baku: ") + stepTitle,
            cycle.title + unit + " — " + (overdue ? "tenggat " + due + " sudah lewat." : "tenggat " + due + "."),
            link));
      }
    }
    if (overdue) {
      for (CurrentUser person : people) {
        boolean sekcam = person.grants().stream().anyMatch(g -> g.role() == Role.SEKCAM && isHere(g, k));
        boolean owner = messages.stream().anyMatch(m -> m.userId() == person.id());
        if (sekcam && !owner) {
          messages.add(new Notifications.Message(person.id(), k.id, t.id, NotificationKind.OVERDUE_IN_KECAMATAN,
              "Terlambat di kecamatan: " + stepTitle, cycle.title + unit + " — tenggat " + due + " sudah lewat.",
              link));
        }
      }
    }
    return notifications.send(messages);
  }

  private static boolean isHere(Grant g, Kecamatan k) {
    return g.kecamatanId() != null && g.kecamatanId().equals(k.id);
  }
}
