package id.alurkinerja.monitoring;

import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The SOP monitoring sheet and the dashboard: mutu baku against the real working time. */
@Path("/v1/cycles/{cycleId}/sop-monitoring")
@Authenticated
@Tag(name = "monitoring")
public class MonitoringResource {

  @Inject Monitoring monitoring;

  @GET
  @Produces({MediaType.APPLICATION_JSON, SheetFiles.CSV, SheetFiles.XLSX})
  @Operation(operationId = "getSopMonitoring", summary = "The SOP monitoring sheet of a cycle",
      description = "For each step: its mutu baku, the working time actually taken, kept or not, the rounds, and "
          + "the reasons recorded on refusals; and each unit's data against the letter's tenggat. JSON, or "
          + "CSV / XLSX by Accept (or ?format=csv|xlsx) to download.")
  @Extension(name = "x-required-verb", value = "sla.read")
  @APIResponse(responseCode = "200", description = "The sheet", content = {
      @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SheetView.class)),
      @Content(mediaType = SheetFiles.CSV, schema = @Schema(type = SchemaType.STRING)),
      @Content(mediaType = SheetFiles.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  public Response sheet(@PathParam("cycleId") long cycleId,
      @Parameter(description = "csv or xlsx to download instead of JSON") @QueryParam("format") String format,
      @HeaderParam(HttpHeaders.ACCEPT) String accept) {
    SheetView sheet = monitoring.sheet(cycleId);
    String wanted = format != null ? format.toLowerCase(Locale.ROOT)
        : accept != null && accept.contains(SheetFiles.XLSX) ? "xlsx"
        : accept != null && accept.contains(SheetFiles.CSV) && !accept.contains(MediaType.APPLICATION_JSON) ? "csv"
        : "json";
    String file = "monitoring-sop-" + sheet.year() + "-" + sheet.kecamatanName().toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-");
    return switch (wanted) {
      case "csv" -> Response.ok(SheetFiles.bytes(SheetFiles.csv(sheet)), SheetFiles.CSV + "; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
      case "xlsx" -> Response.ok(SheetFiles.xlsx(sheet), SheetFiles.XLSX)
          .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
      case "json" -> Response.ok(sheet, MediaType.APPLICATION_JSON).build();
      default -> throw ProblemException.invalid("format", FieldErrorCode.NOT_ONE_OF, Map.of("allowed", "csv, xlsx"));
    };
  }
}
