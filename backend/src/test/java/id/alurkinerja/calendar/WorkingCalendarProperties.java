package id.alurkinerja.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Laws of the calculator, over random instants of 2025-2026 on Bulu's calendar. */
class WorkingCalendarProperties {

  private static final WorkingCalendar BULU = Holidays2026.bulu();
  private static final Set<LocalDate> DAYS_OFF = Holidays2026.days();
  private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long TO = Instant.parse("2026-11-30T00:00:00Z").getEpochSecond();

  @Provide
  Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(FROM, TO).map(s -> Instant.ofEpochSecond(s / 60 * 60));
  }

  @Property(tries = 400)
  void addingMinutesIsMonotonic(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll @LongRange(min = 1, max = 6000) long minutes) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    assertFalse(BULU.addOfficeMinutes(early, minutes).isAfter(BULU.addOfficeMinutes(late, minutes)));
  }

  @Property(tries = 400)
  void addingDaysIsMonotonic(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll @IntRange(min = 1, max = 15) int days) {
    Instant early = a.isBefore(b) ? a : b;
    Instant late = a.isBefore(b) ? b : a;
    assertFalse(BULU.addWorkingDays(early, days).isAfter(BULU.addWorkingDays(late, days)));
  }

  @Property(tries = 400)
  void addingMinutesIsAdditive(@ForAll("instants") Instant t, @ForAll @LongRange(min = 1, max = 3000) long a,
      @ForAll @LongRange(min = 1, max = 3000) long b) {
    assertEquals(BULU.addOfficeMinutes(t, a + b), BULU.addOfficeMinutes(BULU.addOfficeMinutes(t, a), b));
  }

  @Property(tries = 400)
  void addingDaysIsAdditive(@ForAll("instants") Instant t, @ForAll @IntRange(min = 1, max = 10) int a,
      @ForAll @IntRange(min = 1, max = 10) int b) {
    assertEquals(BULU.addWorkingDays(t, a + b), BULU.addWorkingDays(BULU.addWorkingDays(t, a), b));
  }

  @Property(tries = 400)
  void dueTimesNeverFallOutsideOfficeHoursNorOnADayOff(@ForAll("instants") Instant t,
      @ForAll @LongRange(min = 1, max = 6000) long minutes, @ForAll @IntRange(min = 1, max = 15) int days) {
    for (Instant due : new Instant[] {BULU.addOfficeMinutes(t, minutes), BULU.addWorkingDays(t, days)}) {
      assertTrue(BULU.inOfficeHours(due), due + " lies outside office hours");
      LocalDate day = BULU.dayOf(due);
      assertFalse(DAYS_OFF.contains(day), due + " falls on a holiday");
      assertTrue(day.getDayOfWeek().getValue() <= 5, due + " falls on a weekend");
    }
  }

  @Property(tries = 400)
  void theElapsedOfficeTimeToADueTimeIsWhatWasAdded(@ForAll("instants") Instant t,
      @ForAll @LongRange(min = 1, max = 6000) long minutes) {
    assertEquals(minutes, BULU.officeMinutesBetween(t, BULU.addOfficeMinutes(t, minutes)));
  }

  @Property(tries = 400)
  void elapsedTimeAddsUpOverAnyPointBetween(@ForAll("instants") Instant a, @ForAll("instants") Instant b,
      @ForAll("instants") Instant c) {
    Instant[] s = {a, b, c};
    java.util.Arrays.sort(s);
    assertEquals(BULU.officeSecondsBetween(s[0], s[2]),
        BULU.officeSecondsBetween(s[0], s[1]) + BULU.officeSecondsBetween(s[1], s[2]));
  }

  @Property(tries = 200)
  void aWorkingDayAddedAlwaysSpansAtLeastOneFullOfficeDay(@ForAll("instants") Instant t) {
    Instant due = BULU.addWorkingDays(t, 1);
    long minutes = BULU.officeMinutesBetween(t, due);
    assertTrue(minutes >= 7 * 60 + 30, "1 hari from " + t + " gives only " + minutes + " office minutes");
  }
}
