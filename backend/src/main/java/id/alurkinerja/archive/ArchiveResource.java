package id.alurkinerja.archive;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cycle's archive bundle (step 11: the signed data kinerja is archived). */
@Path("/v1/cycles/{cycleId}/archive")
@Authenticated
@Tag(name = "documents")
public class ArchiveResource {

  static final String ZIP = "application/zip";

  @Inject ArchiveBundle bundles;
  @Inject ArchiveWriter writer;

  @GET
  @Produces(ZIP)
  @Operation(operationId = "downloadCycleArchive", summary = "The cycle's archive bundle (ZIP)",
      description = "Every issued PDF byte for byte (letter, copies per unit, signed recap) with their verification "
          + "codes, the form and the recaps as JSON, CSV and XLSX, the SOP monitoring sheet, the audit entries of "
          + "the cycle's documents with their chain hashes, and manifest.json with the size and SHA-256 of every "
          + "file (SHA256SUMS checks with `sha256sum -c`). Streamed as it is written: no Content-Length. "
          + "Available at any step; BACA-SAYA.txt and the manifest say the cycle's status when it was made.")
  @Extension(name = "x-required-verb", value = "archive.read")
  @APIResponse(responseCode = "200", description = "ZIP archive",
      content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response download(@PathParam("cycleId") long cycleId) {
    ArchiveBundle.Plan plan = bundles.plan(cycleId);
    StreamingOutput body = out -> writer.write(plan, out);
    return Response.ok(body, ZIP)
        .header("Content-Disposition", "attachment; filename=\"" + plan.fileName() + "\"").build();
  }
}
