package id.alurkinerja.documents;

import id.alurkinerja.documents.DocumentDtos.IssuedDocumentView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One issued document and its file. */
@Path("/v1/documents/{id}")
@Authenticated
@Tag(name = "documents")
public class DocumentResource {

  static final String PDF = "application/pdf";

  @Inject DocumentService documents;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "getIssuedDocument", summary = "One issued document",
      description = "Its kind, the content version it was printed from, its verification code and page, and the SHA-256 of its file.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The document",
      content = @Content(schema = @Schema(implementation = IssuedDocumentView.class)))
  public IssuedDocumentView get(@PathParam("id") long id) {
    return documents.get(id);
  }

  @GET
  @Path("/pdf")
  @Produces(PDF)
  @Operation(operationId = "downloadIssuedDocument", summary = "The issued PDF, byte for byte as stored",
      description = "Its SHA-256 is the document's sha256 and what the public verification page checks.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "A4 PDF",
      content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response file(@PathParam("id") long id) {
    return pdf(documents.file(id), "attachment");
  }

  static Response pdf(DocumentService.Pdf pdf, String disposition) {
    return Response.ok(pdf.bytes(), PDF)
        .header("Content-Disposition", disposition + "; filename=\"" + pdf.fileName() + "\"").build();
  }
}
