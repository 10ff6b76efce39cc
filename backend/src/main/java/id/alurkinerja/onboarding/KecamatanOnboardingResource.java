package id.alurkinerja.onboarding;

import id.alurkinerja.onboarding.OnboardingDtos.KecamatanCreateRequest;
import id.alurkinerja.onboarding.OnboardingDtos.KecamatanCreated;
import id.alurkinerja.platform.web.Idempotency;
import id.alurkinerja.platform.web.Locations;
import id.alurkinerja.access.Access;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/kecamatan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class KecamatanOnboardingResource {

  @Inject KecamatanOnboarding onboarding;
  @Inject Idempotency idempotency;
  @Inject Access access;
  @Inject Locations locations;

  @POST
  @Operation(operationId = "createKecamatan", summary = "Open a kecamatan in a kabupaten",
      description = "Creates the kecamatan, version 1 of its SOP from the template, and its first ADMIN, "
          + "who logs in and adds the units, the unit pengelola and the officials. For a kabupaten ADMIN. "
          + "Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "kecamatan.manage")
  @APIResponse(responseCode = "201", description = "The kecamatan and its first ADMIN",
      content = @Content(schema = @Schema(implementation = KecamatanCreated.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull KecamatanCreateRequest request) {
    return idempotency.run(access.user().id(), key, request, () -> {
      KecamatanCreated made = onboarding.create(request);
      return Response.created(locations.of("v1/kecamatan/" + made.kecamatan().id())).entity(made).build();
    });
  }
}
