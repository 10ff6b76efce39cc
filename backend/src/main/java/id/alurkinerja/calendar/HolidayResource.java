package id.alurkinerja.calendar;

import id.alurkinerja.calendar.CalendarDtos.HolidayView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** One day off, by id. */
@Path("/v1/holidays")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar")
public class HolidayResource {

  @Inject CalendarService calendars;

  @GET
  @Path("/{holidayId}")
  @Operation(operationId = "getHoliday", summary = "One day off",
      description = "A national day, or one of the kabupaten or the kecamatan in sight.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The day off",
      content = @Content(schema = @Schema(implementation = HolidayView.class)))
  public HolidayView holiday(@PathParam("holidayId") long holidayId) {
    return calendars.holiday(holidayId);
  }

  @DELETE
  @Path("/{holidayId}")
  @Operation(operationId = "removeHoliday", summary = "Remove a kecamatan's or kabupaten's day off",
      description = "National holidays cannot be removed (403).")
  @Extension(name = "x-required-verb", value = "calendar.manage")
  @APIResponse(responseCode = "204", description = "Removed")
  public Response removeHoliday(@PathParam("holidayId") long holidayId) {
    calendars.removeHoliday(holidayId);
    return Response.noContent().build();
  }
}
