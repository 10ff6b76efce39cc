package id.alurkinerja.sop;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Verb;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.KecamatanScope;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.sop.SopDtos.SopView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

/** The SOP the product runs, as data: versions per kecamatan, their steps, lanes, mutu baku and outputs. */
@Path("/v1/sop")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sop")
public class SopResource {

  @Inject SopBook book;
  @Inject OrgService org;
  @Inject Access access;

  @GET
  @Operation(operationId = "getSop", summary = "The kecamatan's current SOP",
      description = "The one source of the step titles the API and the SPA show, with each step's lane, "
          + "mutu baku and output. The own kecamatan's unless kecamatanId names another one in sight. The ETag "
          + "is the version number.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The SOP",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SopView.class)))
  public Response sop(@Parameter(description = "Required for kabupaten-level users") @QueryParam("kecamatanId")
      Long kecamatanId) {
    Kecamatan k = kecamatanOf(kecamatanId);
    Sop sop = book.current(k.id);
    return ETags.ok(SopView.of(sop), sop.version());
  }

  @GET
  @Path("/versions/{versionId}")
  @Operation(operationId = "getSopVersion", summary = "One version of a kecamatan's SOP",
      description = "Cycles keep the version they started with (CycleView.sopVersionId).")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The SOP version",
      content = @Content(schema = @Schema(implementation = SopView.class)))
  public SopView version(@PathParam("versionId") long versionId) {
    SopVersion v = SopVersion.findById(versionId);
    if (v == null) {
      throw ProblemException.notFound("SOP version " + versionId);
    }
    org.kecamatan(v.kecamatanId, Verb.KECAMATAN_READ);
    return SopView.of(book.version(versionId));
  }

  private Kecamatan kecamatanOf(Long kecamatanId) {
    if (kecamatanId != null) {
      return org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    }
    List<Long> workplaces = KecamatanScope.workplacesOf(access.user());
    if (workplaces.isEmpty()) {
      throw ProblemException.invalid("kecamatanId", FieldErrorCode.REQUIRED);
    }
    return org.kecamatan(workplaces.get(0), Verb.KECAMATAN_READ);
  }
}
