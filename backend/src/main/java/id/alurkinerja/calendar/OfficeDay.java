package id.alurkinerja.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalTime;

/** One working weekday of an office schedule (ISO weekday 1 = Monday ... 7 = Sunday). */
@Embeddable
public class OfficeDay {
  public int weekday;
  public LocalTime opens;
  public LocalTime closes;

  @Column(name = "break_starts")
  public LocalTime breakStarts;

  @Column(name = "break_ends")
  public LocalTime breakEnds;

  public DayHours hours() {
    return new DayHours(opens, closes, breakStarts, breakEnds);
  }

  public static OfficeDay of(int weekday, DayHours hours) {
    OfficeDay d = new OfficeDay();
    d.weekday = weekday;
    d.opens = hours.opens();
    d.closes = hours.closes();
    d.breakStarts = hours.breakStarts();
    d.breakEnds = hours.breakEnds();
    return d;
  }
}
