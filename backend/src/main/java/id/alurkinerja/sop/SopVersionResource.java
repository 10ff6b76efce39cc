package id.alurkinerja.sop;

import id.alurkinerja.access.Verb;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import id.alurkinerja.sop.SopDtos.Revision;
import id.alurkinerja.sop.SopDtos.SopView;
import id.alurkinerja.sop.SopDtos.VersionSummary;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A kecamatan's SOP versions: listed, and revised by its ADMIN into a new one. */
@Path("/v1/kecamatan/{kecamatanId}/sop-versions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sop")
public class SopVersionResource {

  @Inject SopBook book;
  @Inject OrgService org;
  @Inject SopRevisions revisions;
  @Inject Locations locations;

  @GET
  @Operation(operationId = "listSopVersions", summary = "The kecamatan's SOP versions, newest first",
      description = "Each revision made by the ADMIN, with its note and since when it applies.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The versions",
      content = @Content(schema = @Schema(implementation = VersionSummary.class, type = SchemaType.ARRAY)))
  public List<VersionSummary> versions(@PathParam("kecamatanId") long kecamatanId) {
    org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    book.current(kecamatanId);
    return SopVersion.<SopVersion>list("kecamatanId = ?1 order by version desc", kecamatanId).stream()
        .map(v -> new VersionSummary(v.id, v.version, v.title, v.effectiveFrom, v.note, v.createdAt)).toList();
  }

  @POST
  @Operation(operationId = "reviseSop", summary = "Revise the SOP: a new version",
      description = "New words, lanes, mutu baku and outputs for the eleven steps (who acts and the transitions "
          + "stay as the code has them). Cycles started from now on run on it; running cycles keep theirs. "
          + "Requires If-Match with the current version's ETag.")
  @Extension(name = "x-required-verb", value = "sop.manage")
  @APIResponse(responseCode = "201", description = "The new version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SopView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response revise(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull Revision revision) {
    Sop made = revisions.revise(kecamatanId, ifMatch, revision);
    return Response.created(locations.of("v1/sop/versions/" + made.versionId())).tag(ETags.tag(made.version()))
        .entity(SopView.of(made)).build();
  }
}
