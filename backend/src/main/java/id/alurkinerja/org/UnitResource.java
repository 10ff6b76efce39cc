package id.alurkinerja.org;

import id.alurkinerja.access.Verb;
import id.alurkinerja.org.OrgDtos.UnitRequest;
import id.alurkinerja.org.OrgDtos.UnitView;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class UnitResource {

  @Inject OrgService org;

  @GET
  @Path("/{unitId}")
  @Operation(operationId = "getUnit", summary = "One unit", description = "Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "unit.read")
  @APIResponse(responseCode = "200", description = "The unit",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  public Response get(@PathParam("unitId") long unitId) {
    UnitView unit = org.view(org.unit(unitId, Verb.UNIT_READ));
    return Response.ok(unit).tag(ETags.tag(unit.version())).build();
  }

  @PUT
  @Path("/{unitId}")
  @Operation(operationId = "updateUnit", summary = "Change a unit",
      description = "Requires If-Match with the ETag from getUnit. Units are deactivated "
          + "(active=false), never deleted.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The changed unit",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(@PathParam("unitId") long unitId, @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UnitRequest request) {
    UnitView unit = org.updateUnit(unitId, ifMatch, request);
    return Response.ok(unit).tag(ETags.tag(unit.version())).build();
  }
}
