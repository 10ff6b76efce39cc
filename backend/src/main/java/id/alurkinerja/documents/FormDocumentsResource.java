package id.alurkinerja.documents;

import id.alurkinerja.documents.DocumentDtos.IssuedDocumentView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The documents issued for a form. */
@Path("/v1/forms/{formId}/documents")
@Authenticated
@Tag(name = "documents")
public class FormDocumentsResource {

  @Inject DocumentService documents;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listFormDocuments", summary = "The documents issued for a form",
      description = "The numbered letter and one copy per addressed unit, issued when the letter was numbered "
          + "(step 5); empty before that.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = IssuedDocumentView.class)))
  public List<IssuedDocumentView> ofForm(@PathParam("formId") long formId) {
    return documents.ofForm(formId);
  }
}
