package id.alurkinerja.documents;

import id.alurkinerja.documents.DocumentDtos.LetterheadSettings;
import id.alurkinerja.documents.DocumentDtos.LetterheadView;
import id.alurkinerja.platform.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The kecamatan's kop surat over HTTP: its lines, tembusan and logo. */
@Path("/v1/kecamatan/{kecamatanId}/letterhead")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class LetterheadResource {

  @Inject LetterheadService letterheads;

  @GET
  @Operation(operationId = "getLetterhead", summary = "The kop surat documents print",
      description = "Government and office lines, address, contact, the place before the date, tembusan and whether it has a logo. A kecamatan without settings reads as version 0.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The kop surat; the ETag is its version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterheadView.class)))
  public Response get(@PathParam("kecamatanId") long kecamatanId) {
    return ok(letterheads.get(kecamatanId));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(operationId = "setLetterhead", summary = "Change the kop surat's lines and tembusan",
      description = "Documents issued from now on print it; those issued keep theirs. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The kop surat",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterheadView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response set(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull LetterheadSettings settings) {
    return ok(letterheads.change(kecamatanId, ifMatch, settings));
  }

  @GET
  @Path("/logo")
  @Produces({"image/png", "image/jpeg"})
  @Operation(operationId = "getLetterheadLogo", summary = "The kop surat's logo",
      description = "The image as uploaded; 404 when the kop surat has none.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "PNG or JPEG", content = {
      @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  public Response logo(@PathParam("kecamatanId") long kecamatanId) {
    Letterhead head = letterheads.logoOf(kecamatanId);
    return Response.ok(head.logo, head.logoType).build();
  }

  @PUT
  @Path("/logo")
  @Consumes({"image/png", "image/jpeg"})
  @Operation(operationId = "setLetterheadLogo", summary = "Upload the kop surat's logo (PNG or JPEG, ≤ 512 KB)",
      description = "Checked by content. Requires If-Match with the kop surat's ETag.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @RequestBody(required = true, content = {
      @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
      @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
  @APIResponse(responseCode = "200", description = "The kop surat",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterheadView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response setLogo(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      byte[] image) {
    return ok(letterheads.logo(kecamatanId, ifMatch, image));
  }

  @DELETE
  @Path("/logo")
  @Operation(operationId = "removeLetterheadLogo", summary = "Print the kop surat without a logo",
      description = "Documents issued from now on print no logo; those issued keep theirs. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The kop surat",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterheadView.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response removeLogo(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch) {
    return ok(letterheads.removeLogo(kecamatanId, ifMatch));
  }

  private static Response ok(LetterheadService.Read read) {
    return ETags.ok(read.view(), read.version());
  }
}
