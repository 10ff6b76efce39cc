package id.alurkinerja.org;

import id.alurkinerja.access.Verb;
import id.alurkinerja.org.OrgDtos.KecamatanView;
import id.alurkinerja.org.OrgDtos.PengelolaRequest;
import id.alurkinerja.org.OrgDtos.UnitRequest;
import id.alurkinerja.org.OrgDtos.UnitView;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/v1/kecamatan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "organisation")
public class KecamatanResource {

  @Inject OrgService org;
  @Inject Locations locations;

  @GET
  @Operation(operationId = "listKecamatan", summary = "Kecamatan visible to the current user",
      description = "Own kecamatan for kecamatan officials; every kecamatan of the kabupaten for "
          + "kabupaten-level users.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The kecamatan",
      content = @Content(schema = @Schema(implementation = KecamatanView.class, type = SchemaType.ARRAY)))
  public List<KecamatanView> list() {
    return org.visibleKecamatan();
  }

  @GET
  @Path("/{kecamatanId}")
  @Operation(operationId = "getKecamatan", summary = "One kecamatan",
      description = "With the verbs the current user holds on it. Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The kecamatan",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = KecamatanView.class)))
  public Response get(@PathParam("kecamatanId") long kecamatanId) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    return Response.ok(org.view(k)).tag(ETags.tag(k.version)).build();
  }

  @PUT
  @Path("/{kecamatanId}/pengelola")
  @Operation(operationId = "setPengelolaUnit", summary = "Name the unit pengelola data kinerja",
      description = "Its Staf then does SOP steps 1 and 8 and its Kasubbag steps 2, 5 and 9. "
          + "Requires If-Match with the kecamatan's ETag.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The kecamatan",
      content = @Content(schema = @Schema(implementation = KecamatanView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response setPengelola(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch, @Valid @NotNull PengelolaRequest request) {
    KecamatanView view = org.setPengelola(kecamatanId, ifMatch, request.unitId());
    return Response.ok(view).tag(ETags.tag(Kecamatan.<Kecamatan>findById(kecamatanId).version)).build();
  }

  @GET
  @Path("/{kecamatanId}/units")
  @Operation(operationId = "listUnits", summary = "Units (subbag and seksi) of a kecamatan",
      description = "All units, active and deactivated, in display order.")
  @Extension(name = "x-required-verb", value = "unit.read")
  @APIResponse(responseCode = "200", description = "The units",
      content = @Content(schema = @Schema(implementation = UnitView.class, type = SchemaType.ARRAY)))
  public List<UnitView> units(@PathParam("kecamatanId") long kecamatanId) {
    return org.units(kecamatanId);
  }

  @POST
  @Path("/{kecamatanId}/units")
  @Operation(operationId = "createUnit", summary = "Add a unit to a kecamatan",
      description = "Codes and names are unique within the kecamatan.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "201", description = "The new unit",
      content = @Content(schema = @Schema(implementation = UnitView.class)))
  public Response createUnit(@PathParam("kecamatanId") long kecamatanId,
      @Valid @NotNull UnitRequest request) {
    UnitView unit = org.createUnit(kecamatanId, request);
    return Response.created(locations.of("v1/units/" + unit.id()))
        .tag(ETags.tag(unit.version())).entity(unit).build();
  }

  @GET
  @Path("/{kecamatanId}/kinerja-settings")
  @Operation(operationId = "getKinerjaSettings", summary = "How the kecamatan computes capaian",
      description = "The formula for lower-is-better indicators and the cap on a sasaran's capaian.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The settings; the ETag is the kecamatan's version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrgDtos.KinerjaSettings.class)))
  public Response kinerjaSettings(@PathParam("kecamatanId") long kecamatanId) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    return ETags.ok(org.kinerjaSettings(kecamatanId), k.version);
  }

  @PUT
  @Path("/{kecamatanId}/kinerja-settings")
  @Operation(operationId = "setKinerjaSettings", summary = "Choose how the kecamatan computes capaian",
      description = "Lower-is-better: RATIO (target/realisasi×100, the default) or DIFFERENCE "
          + "((2×target−realisasi)/target×100); the cap defaults to 120 %. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The settings",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = OrgDtos.KinerjaSettings.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response setKinerjaSettings(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull OrgDtos.KinerjaSettings settings) {
    OrgDtos.KinerjaSettings changed = org.setKinerjaSettings(kecamatanId, ifMatch, settings);
    return ETags.ok(changed, Kecamatan.<Kecamatan>findById(kecamatanId).version);
  }
}
