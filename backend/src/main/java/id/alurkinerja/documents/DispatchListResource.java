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

/** The courier's dispatch list of a numbered letter. */
@Path("/v1/forms/{formId}/dispatch-list")
@Authenticated
@Tag(name = "documents")
public class DispatchListResource {

  @Inject DocumentService documents;

  @GET
  @Produces(DocumentResource.PDF)
  @Operation(operationId = "printDispatchList", summary = "The buku ekspedisi of the numbered letter (PDF)",
      description = "One row per addressed unit for the courier: when it was sent, the electronic receipt "
          + "where the unit's head confirmed it, and a box for the receiver's name, date and signature on paper. "
          + "Printed on demand with the receipts so far; 409 before the letter is numbered.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "A4 PDF",
      content = @Content(mediaType = DocumentResource.PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response print(@PathParam("formId") long formId) {
    return DocumentResource.pdf(documents.dispatchList(formId), "inline");
  }
}
