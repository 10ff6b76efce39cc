package id.alurkinerja.audit;

import id.alurkinerja.audit.AuditDtos.Verification;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Recomputes a kecamatan's audit chain and says whether it holds, and where it first does not. */
@Path("/v1/kecamatan/{kecamatanId}/audit/verification")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class KecamatanAuditVerificationResource {

  static final String HOW = "Seals what is still unsealed, then recomputes every entry's hash from its fields and "
      + "each link to the entry before, from the first entry to the chain's head. status INTACT, or BROKEN with "
      + "the first break: CONTENT_CHANGED (a field was changed), LINK_BROKEN (an entry does not follow the one "
      + "before) or ENTRY_MISSING (a place in the chain has no entry).";

  @Inject AuditTrail trail;

  @GET
  @Operation(operationId = "verifyKecamatanAudit", summary = "Verify a kecamatan's audit chain", description = HOW)
  @Extension(name = "x-required-verb", value = "audit.read")
  @APIResponse(responseCode = "200", description = "The verification",
      content = @Content(schema = @Schema(implementation = Verification.class)))
  public Verification verify(@PathParam("kecamatanId") long kecamatanId) {
    return trail.verifyKecamatan(kecamatanId);
  }
}
