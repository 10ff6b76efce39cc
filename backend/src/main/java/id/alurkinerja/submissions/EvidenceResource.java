package id.alurkinerja.submissions;

import id.alurkinerja.attachments.AttachmentStore;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/attachments/{attachmentId}")
@Authenticated
@Tag(name = "submissions")
/** Evidence files of submissions, read and removed by their id. */
public class EvidenceResource {

  @Inject SubmissionService submissions;

  @GET
  @Produces(MediaType.WILDCARD)
  @Operation(operationId = "downloadAttachment", summary = "Download an evidence file",
      description = "As stored, with the media type detected from its content.")
  @Extension(name = "x-required-verb", value = "submission.read")
  @APIResponse(responseCode = "200", description = "The file",
      content = @Content(mediaType = "application/octet-stream",
          schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("attachmentId") long id) {
    AttachmentStore.Download d = submissions.download(id);
    String name = URLEncoder.encode(d.attachment().filename, StandardCharsets.UTF_8).replace("+", "%20");
    return Response.ok(d.bytes(), d.attachment().mediaType)
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("X-Content-SHA256", d.attachment().sha256)
        .build();
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(operationId = "deleteAttachment", summary = "Remove an evidence file",
      description = "While the unit may still change its data; the file stays in the archive, "
          + "marked deleted, and earlier rounds keep its hash.")
  @Extension(name = "x-required-verb", value = "submission.edit")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response delete(@PathParam("attachmentId") long id) {
    submissions.detach(id);
    return Response.noContent().build();
  }
}
