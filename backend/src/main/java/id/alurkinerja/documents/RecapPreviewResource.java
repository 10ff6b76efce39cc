package id.alurkinerja.documents;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The recap as it will be issued, for the officials who validate, initial and sign it. */
@Path("/v1/recaps/{recapId}/preview")
@Authenticated
@Tag(name = "documents")
public class RecapPreviewResource {

  @Inject DocumentService documents;

  @GET
  @Produces(DocumentResource.PDF)
  @Operation(operationId = "previewRecap", summary = "The recap as it will be issued (PDF)",
      description = "Printed from the recap's current version, the one validation, paraf and signature are given "
          + "to: sasaran, indicators, target, realisasi and capaian per unit and sasaran, the kecamatan's overall "
          + "capaian, the marks given so far and the signature block; the date is left blank until it is signed. "
          + "Not an issued document: it has no verification code.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "A4 PDF",
      content = @Content(mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response preview(@PathParam("recapId") long recapId) {
    return DocumentResource.pdf(documents.recapPreview(recapId), "inline");
  }
}
