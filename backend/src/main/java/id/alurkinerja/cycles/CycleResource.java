package id.alurkinerja.cycles;

import id.alurkinerja.access.Access;
import id.alurkinerja.cycles.CycleDtos.CycleCreateRequest;
import id.alurkinerja.cycles.CycleDtos.CycleView;
import id.alurkinerja.platform.web.Idempotency;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/cycles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class CycleResource {

  @Inject CycleService cycles;
  @Inject Locations locations;
  @Inject Idempotency idempotency;
  @Inject Access access;

  @GET
  @Operation(operationId = "listCycles", summary = "Cycles the user may read, newest year first",
      description = "Optionally of one kecamatan.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The cycles",
      content = @Content(schema = @Schema(implementation = CycleView.class, type = SchemaType.ARRAY)))
  public List<CycleView> list(@Parameter(description = "Only this kecamatan") @QueryParam("kecamatanId") Long kecamatanId) {
    return cycles.list(kecamatanId);
  }

  @POST
  @Operation(operationId = "createCycle", summary = "Start a kecamatan's cycle for a year",
      description = "One per kecamatan and year. Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "201", description = "The new cycle",
      content = @Content(schema = @Schema(implementation = CycleView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull CycleCreateRequest request) {
    return idempotency.run(access.user().id(), key, request, () -> {
      CycleView cycle = cycles.create(request);
      return Response.created(locations.of("v1/cycles/" + cycle.id())).entity(cycle).build();
    });
  }

  @GET
  @Path("/{cycleId}")
  @Operation(operationId = "getCycle", summary = "One cycle", description = "With its status, the step it is at, its form and recaps.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The cycle",
      content = @Content(schema = @Schema(implementation = CycleView.class)))
  public CycleView get(@PathParam("cycleId") long cycleId) {
    return cycles.get(cycleId);
  }
}
