package id.alurkinerja.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Office hours per weekday; a weekday that is absent is not a working day (the weekend). */
public record WeekHours(Map<DayOfWeek, DayHours> days) {

  /**
   * The domain's default: a five-day week of 37.5 hours, Monday-Thursday 07:30-16:00 with a break
   * 12:00-13:00, Friday 07:30-16:30 with a break 11:30-13:00 (Friday prayers).
   */
  public static final WeekHours DEFAULT = defaults();

  public WeekHours {
    Map<DayOfWeek, DayHours> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(days);
    days = Collections.unmodifiableMap(copy);
  }

  public DayHours on(DayOfWeek day) {
    return days.get(day);
  }

  private static WeekHours defaults() {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    DayHours monToThu = DayHours.of("07:30", "16:00", "12:00", "13:00");
    for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY}) {
      week.put(d, monToThu);
    }
    week.put(DayOfWeek.FRIDAY, DayHours.of("07:30", "16:30", "11:30", "13:00"));
    return new WeekHours(week);
  }
}
