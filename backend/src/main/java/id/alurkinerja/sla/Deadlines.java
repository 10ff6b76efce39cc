package id.alurkinerja.sla;

import id.alurkinerja.calendar.WorkingCalendar;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.sop.SopStep;
import java.time.Instant;
import java.time.LocalDate;

/** Due times from a step's mutu baku and the calendar; one rule for opening work and for moving it. */
final class Deadlines {

  /** The share of its time after which open work is at risk. */
  static final int AT_RISK_PERCENT = 80;

  private Deadlines() {}

  /** When work of {@code work} that started at {@code start} is due. */
  static Instant due(WorkingCalendar calendar, Sop sop, SlaWork work, Instant start, int units, LocalDate tenggat) {
    if (work.unitsOwn()) {
      return calendar.closeOf(tenggat == null ? calendar.dayOf(start) : tenggat);
    }
    SopStep.Duration d = sop.step(work.step()).duration();
    int times = d.perUnit() && work == SlaWork.CONSOLIDATE ? Math.max(1, units) : 1;
    long amount = (long) d.amount() * times;
    return d.unit() == SopStep.Duration.Unit.DAYS ? calendar.addWorkingDays(start, (int) amount)
        : calendar.addOfficeMinutes(start, amount);
  }

  /** Sets the due time, the office minutes it allows and the moment 80 % of them are used. */
  static void schedule(StepTask t, WorkingCalendar calendar, Instant due) {
    t.dueAt = due;
    long budget = calendar.officeMinutesBetween(t.startedAt, due);
    t.budgetMinutes = (int) Math.min(Integer.MAX_VALUE, budget);
    t.atRiskAt = budget == 0 ? due
        : calendar.addOfficeMinutes(t.startedAt, (budget * AT_RISK_PERCENT + 99) / 100);
    if (t.atRiskAt.isAfter(due)) {
      t.atRiskAt = due;
    }
  }
}
