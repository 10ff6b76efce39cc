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

/** The documents issued for a recap. */
@Path("/v1/recaps/{recapId}/documents")
@Authenticated
@Tag(name = "documents")
public class RecapDocumentsResource {

  @Inject DocumentService documents;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "listRecapDocuments", summary = "The documents issued for a recap",
      description = "The signed data kinerja, issued when the Camat signed it (step 11); empty before that.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "Oldest first", content = @Content(
      schema = @Schema(type = SchemaType.ARRAY, implementation = IssuedDocumentView.class)))
  public List<IssuedDocumentView> ofRecap(@PathParam("recapId") long recapId) {
    return documents.ofRecap(recapId);
  }
}
