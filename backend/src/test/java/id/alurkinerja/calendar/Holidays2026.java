package id.alurkinerja.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The national holidays and cuti bersama 2025-2026 of the shared data file, as the migration seeds them. */
final class Holidays2026 {

  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  private Holidays2026() {}

  static Set<LocalDate> days() {
    Path csv = Path.of("src/main/resources/calendar/holidays-id.csv");
    try {
      return Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#") && !l.startsWith("date,"))
          .filter(l -> !l.isBlank()).map(l -> LocalDate.parse(l.substring(0, 10))).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkingCalendar bulu() {
    return new WorkingCalendar(WIB, WeekHours.DEFAULT, List.of(), days());
  }
}
