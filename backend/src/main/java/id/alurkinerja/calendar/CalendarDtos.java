package id.alurkinerja.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the working-time calendar endpoints. */
public final class CalendarDtos {

  private CalendarDtos() {}

  @Schema(name = "OfficeDay", description = "Office hours of one weekday; a weekday not listed is off")
  public record OfficeDayView(
      @Schema(required = true) @NotNull DayOfWeek weekday,
      @Schema(required = true, examples = "07:30") @NotNull LocalTime opens,
      @Schema(required = true, examples = "16:00") @NotNull LocalTime closes,
      @Schema(examples = "12:00")
      LocalTime breakStarts,
      @Schema(examples = "13:00")
      LocalTime breakEnds) {}

  @Schema(name = "OfficeHoursOverride", description = "Office hours that replace the week for a date range, "
      + "e.g. Ramadan hours from the kabupaten's regulation")
  public record OverrideView(
      @Schema(description = "Given by the server") Long id,
      @Schema(required = true, examples = "Jam kerja bulan Ramadan 1448 H") @NotBlank @Size(max = 120) String name,
      @Schema(required = true) @NotNull LocalDate validFrom,
      @Schema(required = true) @NotNull LocalDate validTo,
      @Schema(required = true) @NotNull @Size(max = 7) List<@Valid @NotNull OfficeDayView> week) {}

  @Schema(name = "HolidayView", description = "A day the office is closed")
  public record HolidayView(
      @Schema(required = true) long id,
      @Schema(required = true) LocalDate day,
      @Schema(required = true) HolidayKind kind,
      @Schema(required = true) String name,
      @Schema(description = "Where it is decided, e.g. the SKB of the three ministers") String source,
      @Schema(required = true) HolidayScope scope) {
    static HolidayView of(Holiday h) {
      return new HolidayView(h.id, h.day, h.kind, h.name, h.source, h.scope());
    }
  }

  @Schema(name = "HolidayRequest", description = "A day off to add: for the kecamatan, or (a kabupaten ADMIN) "
      + "for every kecamatan of the kabupaten")
  public record HolidayRequest(
      @Schema(required = true) @NotNull LocalDate day,
      @Schema(required = true) @NotNull HolidayKind kind,
      @Schema(required = true, examples = "Hari Jadi Kabupaten Sukoharjo") @NotBlank @Size(max = 200) String name,
      @Schema(examples = "Keputusan Bupati Sukoharjo") @Size(max = 300) String source,
      @Schema(description = "KECAMATAN (default) or KABUPATEN") HolidayScope scope) {}

  @Schema(name = "CalendarView", description = "A kecamatan's working-time calendar: the clock of every mutu baku")
  public record CalendarView(
      @Schema(required = true) long kecamatanId,
      @Schema(required = true, examples = "Asia/Jakarta") String timeZone,
      @Schema(required = true, description = "The standing office week") List<OfficeDayView> week,
      @Schema(required = true, description = "Whether the week is the domain's default (not set by an ADMIN)")
      boolean defaultWeek,
      @Schema(required = true) List<OverrideView> overrides,
      @Schema(required = true, description = "Days off of the year asked for (national, kabupaten, kecamatan)")
      List<HolidayView> holidays,
      @Schema(required = true) int year) {}

  @Schema(name = "CalendarRequest", description = "The time zone, standing week and overrides, replaced as a whole")
  public record CalendarRequest(
      @Schema(required = true, examples = "Asia/Jakarta") @NotBlank String timeZone,
      @Schema(required = true) @NotNull @Size(max = 7) List<@Valid @NotNull OfficeDayView> week,
      @Schema(required = true) @NotNull @Size(max = 50) List<@Valid @NotNull OverrideView> overrides) {}

  @Schema(name = "WorkingTime", description = "Working time between two instants, or a due time, on the calendar")
  public record WorkingTimeView(
      @Schema(required = true) Instant from,
      @Schema(required = true) Instant to,
      @Schema(required = true, description = "Office minutes between from and to") long officeMinutes,
      @Schema(required = true, description = "Working days with office time left in that span") int workingDays) {}
}
