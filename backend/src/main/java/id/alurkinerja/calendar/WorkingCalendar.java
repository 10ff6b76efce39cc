package id.alurkinerja.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A kecamatan's working time: its time zone, standing office week, date-range overrides (e.g.
 * Ramadan hours) and days off (national holidays, cuti bersama, local days). Immutable and pure:
 * the one calculator of due times and elapsed working time.
 *
 * <p>Two measures, as the SOP's mutu baku uses them:
 * <ul>
 * <li><b>Office minutes</b> ("10 menit", "30 menit per bagian"): counted only inside office hours;
 * {@link #addOfficeMinutes} lands at the first instant by which that many office minutes have passed
 * (the end of a stretch, not the start of the next, when they run out exactly there).</li>
 * <li><b>Working days</b> ("2 hari", "10 hari"): due at closing time of the N-th working day. Work that
 * arrives on a working day at or before opening counts that day as the first; work arriving later in
 * the day, or on a day off, counts from the next working day.</li>
 * </ul>
 * Both are monotonic and additive: adding a then b is adding a + b.
 */
public final class WorkingCalendar {

  /** How many days in a row without office time the calculator crosses before it gives up (a calendar with none). */
  static final int HORIZON_DAYS = 3 * 366;

  private final ZoneId zone;
  private final WeekHours standing;
  private final List<Override> overrides;
  private final Set<LocalDate> daysOff;

  /** Office hours that replace the standing week from {@code from} to {@code to}, both inclusive. */
  public record Override(LocalDate from, LocalDate to, WeekHours week) {
    public Override {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("An override ends before it starts");
      }
    }

    boolean covers(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }
  }

  /** An interval of office time between two instants. */
  public record Interval(Instant start, Instant end) {
    long seconds() {
      return Duration.between(start, end).getSeconds();
    }
  }

  public WorkingCalendar(ZoneId zone, WeekHours standing, List<Override> overrides, Set<LocalDate> daysOff) {
    this.zone = Objects.requireNonNull(zone);
    this.standing = Objects.requireNonNull(standing);
    this.overrides = List.copyOf(overrides);
    this.daysOff = Set.copyOf(daysOff);
  }

  public ZoneId zone() {
    return zone;
  }

  /** The office hours that apply on {@code day}, or null when it is not a working day. */
  public DayHours hoursOn(LocalDate day) {
    if (daysOff.contains(day)) {
      return null;
    }
    WeekHours week = overrides.stream().filter(o -> o.covers(day)).map(Override::week).findFirst()
        .orElse(standing);
    return week.on(day.getDayOfWeek());
  }

  public boolean isWorkingDay(LocalDate day) {
    return hoursOn(day) != null;
  }

  /** The office stretches of {@code day} as instants, in order; empty on a day off. */
  public List<Interval> intervals(LocalDate day) {
    DayHours hours = hoursOn(day);
    if (hours == null) {
      return List.of();
    }
    List<Interval> out = new ArrayList<>(2);
    for (DayHours.Stretch s : hours.stretches()) {
      out.add(new Interval(day.atTime(s.start()).atZone(zone).toInstant(), day.atTime(s.end()).atZone(zone).toInstant()));
    }
    return out;
  }

  /** Whether {@code at} lies within office hours, a stretch's end included. */
  public boolean inOfficeHours(Instant at) {
    return intervals(dayOf(at)).stream().anyMatch(i -> !at.isBefore(i.start()) && !at.isAfter(i.end()));
  }

  public LocalDate dayOf(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /**
   * The instant by which {@code minutes} office minutes have passed since {@code from}. Zero
   * minutes is {@code from} itself.
   */
  public Instant addOfficeMinutes(Instant from, long minutes) {
    if (minutes < 0) {
      throw new IllegalArgumentException("Minutes to add must not be negative");
    }
    if (minutes == 0) {
      return from;
    }
    long remaining = minutes * 60;
    LocalDate day = dayOf(from);
    for (int idle = 0; idle < HORIZON_DAYS; day = day.plusDays(1)) {
      List<Interval> stretches = intervals(day);
      idle = stretches.isEmpty() ? idle + 1 : 0;
      for (Interval stretch : stretches) {
        if (!stretch.end().isAfter(from)) {
          continue;
        }
        Instant start = stretch.start().isBefore(from) ? from : stretch.start();
        long available = Duration.between(start, stretch.end()).getSeconds();
        if (remaining <= available) {
          return start.plusSeconds(remaining);
        }
        remaining -= available;
      }
    }
    throw noWorkingDay(from);
  }

  /** The closing time of the {@code days}-th working day counted from {@code from} (see the class). */
  public Instant addWorkingDays(Instant from, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("Days to add must not be negative");
    }
    if (days == 0) {
      return from;
    }
    LocalDate day = dayOf(from);
    List<Interval> today = intervals(day);
    boolean todayCounts = !today.isEmpty() && !from.isAfter(today.get(0).start());
    int counted = todayCounts ? 1 : 0;
    for (int idle = 0; idle < HORIZON_DAYS; ) {
      if (counted == days) {
        List<Interval> last = intervals(day);
        return last.get(last.size() - 1).end();
      }
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
        idle = 0;
      } else {
        idle++;
      }
    }
    throw noWorkingDay(from);
  }

  /** The office seconds between two instants (0 when {@code to} is not after {@code from}). */
  public long officeSecondsBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return 0;
    }
    long seconds = 0;
    LocalDate last = dayOf(to);
    for (LocalDate day = dayOf(from); !day.isAfter(last); day = day.plusDays(1)) {
      for (Interval stretch : intervals(day)) {
        Instant start = stretch.start().isBefore(from) ? from : stretch.start();
        Instant end = stretch.end().isAfter(to) ? to : stretch.end();
        if (end.isAfter(start)) {
          seconds += Duration.between(start, end).getSeconds();
        }
      }
    }
    return seconds;
  }

  /** Whole office minutes between two instants. */
  public long officeMinutesBetween(Instant from, Instant to) {
    return officeSecondsBetween(from, to) / 60;
  }

  /**
   * The working days on which office time remains before {@code due}, today included while its
   * office hours are not over: "3 hari kerja lagi". Zero once the due time has passed.
   */
  public int workingDaysLeft(Instant now, Instant due) {
    if (!due.isAfter(now)) {
      return 0;
    }
    int left = 0;
    LocalDate last = dayOf(due);
    for (LocalDate day = dayOf(now); !day.isAfter(last); day = day.plusDays(1)) {
      for (Interval stretch : intervals(day)) {
        Instant start = stretch.start().isBefore(now) ? now : stretch.start();
        Instant end = stretch.end().isAfter(due) ? due : stretch.end();
        if (end.isAfter(start)) {
          left++;
          break;
        }
      }
    }
    return left;
  }

  /**
   * The due time of a date-only deadline such as a letter's tenggat: closing time on that date, or,
   * when it is a day off, on the next working day.
   */
  public Instant closeOf(LocalDate deadline) {
    LocalDate day = deadline;
    for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
      List<Interval> stretches = intervals(day);
      if (!stretches.isEmpty()) {
        return stretches.get(stretches.size() - 1).end();
      }
    }
    throw noWorkingDay(deadline.atStartOfDay(zone).toInstant());
  }

  private static IllegalStateException noWorkingDay(Instant from) {
    return new IllegalStateException("The calendar has no working day within " + HORIZON_DAYS + " days of " + from);
  }
}
