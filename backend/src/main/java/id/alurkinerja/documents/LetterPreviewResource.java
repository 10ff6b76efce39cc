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

/** The letter as it will be issued, for the officials who approve it. */
@Path("/v1/forms/{formId}/letter-preview")
@Authenticated
@Tag(name = "documents")
public class LetterPreviewResource {

  @Inject DocumentService documents;

  @GET
  @Produces(DocumentResource.PDF)
  @Operation(operationId = "previewFormLetter", summary = "The letter as it will be issued (PDF)",
      description = "Printed from the form's current version, the one a paraf or signature is given to: kop "
          + "surat, addressees, body, signature block and the format as lampiran, with the letter number and "
          + "date left blank until the clerk numbers it. Not an issued document: it has no verification code.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "A4 PDF",
      content = @Content(mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response preview(@PathParam("formId") long formId) {
    return DocumentResource.pdf(documents.preview(formId), "inline");
  }
}
