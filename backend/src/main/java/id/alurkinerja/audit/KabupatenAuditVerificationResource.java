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

/** The chain of a kabupaten's own entries (e.g. its days off), verified like a kecamatan's. */
@Path("/v1/kabupaten/{kabupatenId}/audit/verification")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit")
public class KabupatenAuditVerificationResource {

  @Inject AuditTrail trail;

  @GET
  @Operation(operationId = "verifyKabupatenAudit", summary = "Verify the audit chain of a kabupaten's own entries",
      description = KecamatanAuditVerificationResource.HOW + " Readable by kabupaten-level users.")
  @Extension(name = "x-required-verb", value = "audit.read")
  @APIResponse(responseCode = "200", description = "The verification",
      content = @Content(schema = @Schema(implementation = Verification.class)))
  public Verification verify(@PathParam("kabupatenId") long kabupatenId) {
    return trail.verifyKabupaten(kabupatenId);
  }
}
