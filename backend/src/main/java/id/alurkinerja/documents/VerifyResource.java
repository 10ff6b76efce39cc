package id.alurkinerja.documents;

import id.alurkinerja.documents.DocumentDtos.HashCheck;
import id.alurkinerja.documents.DocumentDtos.HashResult;
import id.alurkinerja.documents.DocumentDtos.Verification;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public verification of an issued document, for scripts (the page for people is
 * {@code /verify/{code}}): no login; it shows what the document prints and compares a hash or a file.
 */
@Path("/v1/verify/{code}")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
@SecurityRequirementsSet
public class VerifyResource {

  @Inject DocumentService documents;

  @GET
  @Operation(operationId = "verifyDocument", summary = "What the document with this code says (public)",
      description = "Case, dashes and the look-alikes O/I/L in the code are forgiven.")
  @APIResponse(responseCode = "200", description = "The issued document",
      content = @Content(schema = @Schema(implementation = Verification.class)))
  public Verification get(@PathParam("code") String code) {
    return documents.verification(code);
  }

  @POST
  @Path("/hash")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "checkDocumentHash", summary = "Compare a SHA-256 with the issued file's (public)",
      description = "The SHA-256 of the file you hold, as 64 lowercase hex digits (e.g. from sha256sum).")
  @APIResponse(responseCode = "200", description = "Whether it matches",
      content = @Content(schema = @Schema(implementation = HashResult.class)))
  public HashResult hash(@PathParam("code") String code, @Valid @NotNull HashCheck check) {
    return documents.check(code, check.sha256());
  }

  @POST
  @Path("/file")
  @Consumes(DocumentResource.PDF)
  @Operation(operationId = "checkDocumentFile", summary = "Compare a PDF with the issued file (public)",
      description = "The file is hashed and forgotten; nothing is stored.")
  @RequestBody(required = true, content = @Content(mediaType = DocumentResource.PDF,
      schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "200", description = "Whether it matches",
      content = @Content(schema = @Schema(implementation = HashResult.class)))
  public HashResult file(@PathParam("code") String code, byte[] pdf) {
    return documents.check(code, Issuance.sha256(pdf == null ? new byte[0] : pdf));
  }
}
