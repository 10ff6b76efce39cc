package id.alurkinerja.monitoring;

import id.alurkinerja.monitoring.MonitoringDtos.Board;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dashboard of the kecamatan one oversees. */
@Path("/v1/dashboard")
@Authenticated
@Tag(name = "monitoring")
public class DashboardResource {

  @Inject Monitoring monitoring;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getDashboard", summary = "The dashboard of the kecamatan one oversees",
      description = "For the Sekcam, Camat and pengelola their kecamatan; for KABUPATEN every kecamatan of the "
          + "kabupaten (or the one named): cycles by step, overdue and at-risk work, the units' progress against the "
          + "tenggat, average working time per step against mutu baku, capaian per sasaran.")
  @Extension(name = "x-required-verb", value = "sla.read")
  @APIResponse(responseCode = "200", description = "The dashboard",
      content = @Content(schema = @Schema(implementation = Board.class)))
  public Board dashboard(@Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId) {
    return monitoring.board(kecamatanId);
  }
}
