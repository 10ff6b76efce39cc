package id.alurkinerja.calendar;

import id.alurkinerja.calendar.CalendarDtos.CalendarRequest;
import id.alurkinerja.calendar.CalendarDtos.CalendarView;
import id.alurkinerja.calendar.CalendarDtos.WorkingTimeView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The working-time calendar every mutu baku is measured on. */
@Path("/v1/kecamatan/{kecamatanId}/calendar")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
public class CalendarResource {

  @Inject CalendarService calendars;
  @Inject Calendars loader;
  @Inject Clock clock;

  @GET
  @Operation(operationId = "getCalendar", summary = "The kecamatan's working-time calendar",
      description = "Time zone, office week (the domain's default until an ADMIN sets one), date-range "
          + "overrides such as Ramadan hours, and the days off of a year: national holidays and cuti "
          + "bersama, the kabupaten's and the kecamatan's own. The ETag is the kecamatan's version.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The calendar",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CalendarView.class)))
  public Response calendar(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = "The year whose days off to list; this year by default") @QueryParam("year")
      Integer year) {
    Kecamatan k = calendars.kecamatan(kecamatanId);
    int asked = year != null ? year : LocalDate.now(clock.withZone(Calendars.zoneOf(k))).getYear();
    if (asked < 2000) {
      throw ProblemException.invalid("year", FieldErrorCode.TOO_SMALL, Map.of("min", "2000"));
    }
    if (asked > 2100) {
      throw ProblemException.invalid("year", FieldErrorCode.TOO_LARGE, Map.of("max", "2100"));
    }
    return ETags.ok(calendars.view(kecamatanId, asked), k.version);
  }

  @PUT
  @Operation(operationId = "replaceCalendar", summary = "Set the time zone, office week and overrides",
      description = "Replaces them as a whole; due times of open work move with the calendar. Requires "
          + "If-Match with the calendar's (the kecamatan's) ETag.")
  @Extension(name = "x-required-verb", value = "calendar.manage")
  @APIResponse(responseCode = "200", description = "The calendar",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = CalendarView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response replace(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CalendarRequest request) {
    CalendarView view = calendars.replace(kecamatanId, ifMatch, request);
    return ETags.ok(view, Kecamatan.<Kecamatan>findById(kecamatanId).version);
  }

  @GET
  @Path("/working-time")
  @Operation(operationId = "measureWorkingTime", summary = "Working time between two instants",
      description = "Office minutes and working days between from and to on the kecamatan's calendar.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The working time",
      content = @Content(schema = @Schema(implementation = WorkingTimeView.class)))
  public WorkingTimeView workingTime(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = "ISO instant, e.g. 2026-02-12T03:00:00Z", required = true) @QueryParam("from")
      String from,
      @Parameter(description = "ISO instant; now by default") @QueryParam("to") String to) {
    Kecamatan k = calendars.kecamatan(kecamatanId);
    Instant start = instant("from", from);
    Instant end = to == null ? clock.instant() : instant("to", to);
    if (end.isBefore(start)) {
      throw ProblemException.invalid("to", FieldErrorCode.DATE_RANGE);
    }
    WorkingCalendar calendar = loader.of(k);
    return new WorkingTimeView(start, end, calendar.officeMinutesBetween(start, end),
        calendar.workingDaysLeft(start, end));
  }

  private static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      throw ProblemException.invalid(field, FieldErrorCode.REQUIRED);
    }
    try {
      Instant at = Instant.parse(value);
      if (at.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || at.isAfter(Instant.parse("2100-12-31T00:00:00Z"))) {
        throw ProblemException.invalid(field, FieldErrorCode.INVALID_FORMAT);
      }
      return at;
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, FieldErrorCode.INVALID_FORMAT);
    }
  }
}
