package id.alurkinerja.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/** Office hours of one working day: opening, closing and an optional break (e.g. 12:00-13:00). */
public record DayHours(LocalTime opens, LocalTime closes, LocalTime breakStarts, LocalTime breakEnds) {

  public DayHours {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("Office hours must open before they close");
    }
    if ((breakStarts == null) != (breakEnds == null)) {
      throw new IllegalArgumentException("A break needs a start and an end");
    }
    if (breakStarts != null && !(opens.isBefore(breakStarts) && breakStarts.isBefore(breakEnds)
        && breakEnds.isBefore(closes))) {
      throw new IllegalArgumentException("A break must lie inside the office hours");
    }
  }

  public static DayHours of(String opens, String closes, String breakStarts, String breakEnds) {
    return new DayHours(LocalTime.parse(opens), LocalTime.parse(closes),
        breakStarts == null ? null : LocalTime.parse(breakStarts), breakEnds == null ? null : LocalTime.parse(breakEnds));
  }

  /** The working stretches of the day, in order: one, or two around the break. */
  public List<Stretch> stretches() {
    return breakStarts == null ? List.of(new Stretch(opens, closes))
        : List.of(new Stretch(opens, breakStarts), new Stretch(breakEnds, closes));
  }

  /** Office minutes in the day. */
  public long minutes() {
    return stretches().stream().mapToLong(Stretch::minutes).sum();
  }

  /** A stretch of office time within one day, from {@code start} (inclusive) to {@code end}. */
  public record Stretch(LocalTime start, LocalTime end) {
    long minutes() {
      return Duration.between(start, end).toMinutes();
    }
  }
}
