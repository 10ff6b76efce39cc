package id.alurkinerja.sla;

import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.calendar.WorkingCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the SLA clock: how each piece of work stands now. */
@ApplicationScoped
public class Slas {

  @Inject Calendars calendars;
  @Inject Clock clock;

  /** Calendars read once per kecamatan for one answer. */
  public final class Reader {
    private final Map<Long, WorkingCalendar> byKecamatan = new HashMap<>();
    private final Instant now = clock.instant();

    public WorkingCalendar calendar(long kecamatanId) {
      return byKecamatan.computeIfAbsent(kecamatanId, calendars::of);
    }

    public SlaView view(StepTask t) {
      WorkingCalendar calendar = calendar(t.kecamatanId);
      long elapsed = t.open() ? calendar.officeMinutesBetween(t.startedAt, now) : t.elapsedMinutes;
      int used = t.budgetMinutes == 0 ? (elapsed > 0 || !now.isBefore(t.dueAt) ? 100 : 0)
          : (int) Math.min(9999, elapsed * 100 / t.budgetMinutes);
      return new SlaView(status(t, now), t.step, t.work, t.round, t.startedAt, t.dueAt, t.finishedAt,
          t.budgetMinutes, elapsed, used, t.open() ? calendar.workingDaysLeft(now, t.dueAt) : 0);
    }

    public Instant now() {
      return now;
    }
  }

  public Reader reader() {
    return new Reader();
  }

  /** How a piece of work stands at {@code now}. */
  public static SlaStatus status(StepTask t, Instant now) {
    if (!t.open()) {
      return t.finishedAt.isAfter(t.dueAt) ? SlaStatus.NOT_KEPT : SlaStatus.KEPT;
    }
    if (!now.isBefore(t.dueAt)) {
      return SlaStatus.OVERDUE;
    }
    return !now.isBefore(t.atRiskAt) ? SlaStatus.AT_RISK : SlaStatus.ON_TIME;
  }

  /** The open work on a document, if its clock runs. */
  public Optional<StepTask> open(SlaWork work, long documentId) {
    return StepTask.find("work = ?1 and documentId = ?2 and finishedAt is null", work, documentId).firstResultOptional();
  }

  /** Open work in these kecamatan by work and document, for the inbox. */
  public Map<String, StepTask> openIn(List<Long> kecamatanIds) {
    Map<String, StepTask> byKey = new HashMap<>();
    if (!kecamatanIds.isEmpty()) {
      StepTask.openIn(kecamatanIds).forEach(t -> byKey.put(t.key(), t));
    }
    return byKey;
  }

  public static String key(SlaWork work, long documentId) {
    return StepTask.key(work, documentId);
  }
}
