package id.alurkinerja.calendar;

import id.alurkinerja.calendar.CalendarDtos.HolidayRequest;
import id.alurkinerja.calendar.CalendarDtos.HolidayView;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A kecamatan's days off: add one (for the kecamatan, or by a kabupaten ADMIN for the kabupaten). */
@Path("/v1/kecamatan/{kecamatanId}/holidays")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
public class KecamatanHolidayResource {

  @Inject CalendarService calendars;
  @Inject Locations locations;

  @POST
  @Operation(operationId = "addHoliday", summary = "Add a day off",
      description = "For the kecamatan, or with scope KABUPATEN (a kabupaten ADMIN) for every kecamatan of the "
          + "kabupaten: later years' holidays, extra cuti bersama, local days. Due times of open work move.")
  @Extension(name = "x-required-verb", value = "calendar.manage")
  @APIResponse(responseCode = "201", description = "The day off",
      content = @Content(schema = @Schema(implementation = HolidayView.class)))
  public Response addHoliday(@PathParam("kecamatanId") long kecamatanId, @Valid @NotNull HolidayRequest request) {
    HolidayView h = calendars.addHoliday(kecamatanId, request);
    return Response.created(locations.of("v1/holidays/" + h.id())).entity(h).build();
  }
}
