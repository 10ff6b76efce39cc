package id.alurkinerja.calendar;

import id.alurkinerja.org.Kecamatan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a kecamatan's working-time calendar from the database (the default week where none is set). */
@ApplicationScoped
public class Calendars {

  public static final String DEFAULT_ZONE = "Asia/Jakarta";

  /** The three Indonesian time zones a kecamatan may keep. */
  public static final Set<String> ZONES = Set.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");

  public WorkingCalendar of(long kecamatanId) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    return of(k);
  }

  public WorkingCalendar of(Kecamatan k) {
    WeekHours week = WeekHours.DEFAULT;
    List<WorkingCalendar.Override> overrides = new ArrayList<>();
    for (OfficeSchedule s : OfficeSchedule.of(k.id)) {
      if (s.standing()) {
        week = s.week();
      } else {
        overrides.add(new WorkingCalendar.Override(s.validFrom, s.validTo, s.week()));
      }
    }
    Set<LocalDate> off = Holiday.applyingTo(k.kabupatenId, k.id).stream().map(h -> h.day)
        .collect(Collectors.toSet());
    return new WorkingCalendar(zoneOf(k), week, overrides, off);
  }

  /** WIB, WITA or WIT: how Indonesian letters name the kecamatan's zone. */
  public static String abbreviationOf(Kecamatan k) {
    return switch (zoneOf(k).getId()) {
      case "Asia/Makassar" -> "WITA";
      case "Asia/Jayapura" -> "WIT";
      default -> "WIB";
    };
  }

  public static ZoneId zoneOf(Kecamatan k) {
    return ZoneId.of(k.timeZone == null || k.timeZone.isBlank() ? DEFAULT_ZONE : k.timeZone);
  }
}
