package id.alurkinerja.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The calculator pinned on real 2026 dates of Kecamatan Bulu's calendar (WIB, default week, national days). */
class WorkingCalendarTest {

  private final WorkingCalendar bulu = Holidays2026.bulu();

  private static Instant wib(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(Holidays2026.WIB).toInstant();
  }

  @Test
  void twoDaysFromTheThursdayBeforeImlekSkipTheWeekendTheCutiBersamaAndTheHoliday() {
    // Thu 12 Feb 2026 10:00; Fri 13 is day 1; Sat-Sun off, Mon 16 cuti bersama, Tue 17 Imlek; Wed 18 is day 2
    assertEquals(wib("2026-02-18T16:00"), bulu.addWorkingDays(wib("2026-02-12T10:00"), 2));
    // arriving before opening, Thursday itself is day 1
    assertEquals(wib("2026-02-13T16:30"), bulu.addWorkingDays(wib("2026-02-12T07:00"), 2));
  }

  @Test
  void oneDayBeforeIdulFitriWaitsForTheOfficeToReopen() {
    // Tue 17 Mar 14:00: Wed 18 cuti, Thu 19 Nyepi, Fri 20 cuti, weekend, Mon 23-Tue 24 cuti: Wed 25 Mar
    assertEquals(wib("2026-03-25T16:00"), bulu.addWorkingDays(wib("2026-03-17T14:00"), 1));
    assertEquals(6, bulu.workingDaysLeft(wib("2026-03-17T14:00"), wib("2026-03-31T16:00")),
        "17, 25, 26, 27, 30 and 31 March still have office time");
  }

  @Test
  void tenOfficeMinutesLateOnThursdayEndOnFridayMorning() {
    assertEquals(wib("2026-02-13T07:35"), bulu.addOfficeMinutes(wib("2026-02-12T15:55"), 10));
    // over the Friday prayer break: 11:25 + 10 min = 13:05
    assertEquals(wib("2026-02-13T13:05"), bulu.addOfficeMinutes(wib("2026-02-13T11:25"), 10));
    // over the long weekend: Fri 16:25 + 10 min = Wed 18 Feb 07:35
    assertEquals(wib("2026-02-18T07:35"), bulu.addOfficeMinutes(wib("2026-02-13T16:25"), 10));
  }

  @Test
  void minutesRunningOutAtABreakEndAtTheBreak() {
    assertEquals(wib("2026-02-12T12:00"), bulu.addOfficeMinutes(wib("2026-02-12T11:30"), 30));
    assertTrue(bulu.inOfficeHours(wib("2026-02-12T12:00")));
    assertFalse(bulu.inOfficeHours(wib("2026-02-12T12:30")));
  }

  @Test
  void elapsedWorkingTimeCountsOnlyOfficeHours() {
    // Thu 15:00 to Wed 08:30: 60 min Thursday, 0 over the long weekend... Fri 13 Feb is a working day
    long friday = 7 * 60 + 30; // 07:30-16:30 minus 11:30-13:00
    assertEquals(60 + friday + 60, bulu.officeMinutesBetween(wib("2026-02-12T15:00"), wib("2026-02-18T08:30")));
    assertEquals(0, bulu.officeMinutesBetween(wib("2026-02-14T09:00"), wib("2026-02-17T15:00")));
  }

  @Test
  void aTenggatOnADayOffFallsDueWhenTheOfficeNextCloses() {
    assertEquals(wib("2026-12-28T16:00"), bulu.closeOf(LocalDate.of(2026, 12, 25)));
    assertEquals(wib("2026-12-23T16:00"), bulu.closeOf(LocalDate.of(2026, 12, 23)));
  }

  @Test
  void ramadanHoursOverrideTheStandingWeek() {
    Map<DayOfWeek, DayHours> ramadan = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
      ramadan.put(d, DayHours.of("08:00", "15:00", "12:00", "12:30"));
    }
    ramadan.put(DayOfWeek.FRIDAY, DayHours.of("08:00", "15:30", "11:30", "12:30"));
    WorkingCalendar puasa = new WorkingCalendar(Holidays2026.WIB, WeekHours.DEFAULT,
        List.of(new WorkingCalendar.Override(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19),
            new WeekHours(ramadan))), Holidays2026.days());
    assertEquals(wib("2026-02-19T15:00"), puasa.addWorkingDays(wib("2026-02-18T09:00"), 1));
    assertEquals(wib("2026-02-18T08:10"), puasa.addOfficeMinutes(wib("2026-02-18T07:45"), 10));
    assertEquals(wib("2026-04-01T16:00"), puasa.addWorkingDays(wib("2026-03-31T09:00"), 1), "after Ramadan");
  }

  @Test
  void witaKecamatanCountInTheirOwnTime() {
    WorkingCalendar makassar = new WorkingCalendar(ZoneId.of("Asia/Makassar"), WeekHours.DEFAULT, List.of(), Set.of());
    assertEquals(Instant.parse("2026-12-01T08:00:00Z"), makassar.addWorkingDays(Instant.parse("2026-11-30T23:00:00Z"), 1),
        "Tue 1 Dec 07:00 WITA is before opening: that day counts, closing 16:00 WITA = 08:00 UTC");
  }

  @Test
  void aTenggatYearsAheadIsMeasuredAcrossThem() {
    Instant start = wib("2026-12-02T09:00");
    Instant due = bulu.closeOf(LocalDate.of(2058, 1, 31));
    long minutes = bulu.officeMinutesBetween(start, due);
    assertEquals(due, bulu.addOfficeMinutes(start, minutes), "32 years of office minutes added back");
    assertEquals(bulu.addWorkingDays(wib("2026-12-02T07:00"), 8000), bulu.addWorkingDays(
        bulu.addWorkingDays(wib("2026-12-02T07:00"), 4000), 4000));
  }

  @Test
  void aCalendarWithoutWorkingDaysRefusesRatherThanLoops() {
    WorkingCalendar none = new WorkingCalendar(Holidays2026.WIB, new WeekHours(Map.of()), List.of(), Set.of());
    assertThrows(IllegalStateException.class, () -> none.addWorkingDays(wib("2026-02-12T10:00"), 1));
    assertThrows(IllegalArgumentException.class, () -> bulu.addOfficeMinutes(wib("2026-02-12T10:00"), -1));
  }
}
