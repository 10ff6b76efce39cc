package id.alurkinerja.letters;

import id.alurkinerja.access.Access;
import id.alurkinerja.letters.LetterDtos.LetterReservationRequest;
import id.alurkinerja.letters.LetterDtos.LetterSettings;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Idempotency;
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

/** The kecamatan's outgoing-letter register and its numbering settings. */
@Path("/v1/kecamatan/{kecamatanId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "letters")
public class LetterResource {

  @Inject LetterService letters;
  @Inject Idempotency idempotency;
  @Inject Access access;

  @GET
  @Path("/letter-numbers")
  @Operation(operationId = "listLetterNumbers", summary = "The outgoing-letter register of a year",
      description = "Every number given, in order; default the current year.")
  @Extension(name = "x-required-verb", value = "letter.number | audit.read")
  @APIResponse(responseCode = "200", description = "The register",
      content = @Content(schema = @Schema(implementation = LetterNumberView.class, type = SchemaType.ARRAY)))
  public List<LetterNumberView> list(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = "Year; default the current one") @QueryParam("year") Integer year) {
    return letters.list(kecamatanId, year);
  }

  @POST
  @Path("/letter-numbers")
  @Operation(operationId = "reserveLetterNumber", summary = "Reserve a number for a letter outside this SOP",
      description = "The register is shared with all the kecamatan's outgoing letters. Accepts Idempotency-Key.")
  @Extension(name = "x-required-verb", value = "letter.number")
  @APIResponse(responseCode = "201", description = "The number",
      content = @Content(schema = @Schema(implementation = LetterNumberView.class)))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response reserve(@PathParam("kecamatanId") long kecamatanId, @HeaderParam(Idempotency.HEADER) String key,
      @Valid @NotNull LetterReservationRequest request) {
    return idempotency.run(access.user().id(), key,
        java.util.Map.of("kecamatanId", kecamatanId, "request", request),
        () -> Response.status(Response.Status.CREATED)
            .entity(letters.reserve(kecamatanId, request.subject(), request.classification())).build());
  }

  @GET
  @Path("/letter-settings")
  @Operation(operationId = "getLetterSettings", summary = "How letter numbers read",
      description = "Pattern, default classification code and the first number of a new year.")
  @Extension(name = "x-required-verb", value = "kecamatan.read")
  @APIResponse(responseCode = "200", description = "The settings; the ETag is the kecamatan's version",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterSettings.class)))
  public Response settings(@PathParam("kecamatanId") long kecamatanId) {
    return ETags.ok(letters.settings(kecamatanId), letters.version(kecamatanId));
  }

  @PUT
  @Path("/letter-settings")
  @Operation(operationId = "setLetterSettings", summary = "Change how letter numbers read",
      description = "Placeholders {classification}, {seq}, {kecamatan}, {year}; {seq} is required. "
          + "Numbers already given keep their text. Requires If-Match with the settings' ETag.")
  @Extension(name = "x-required-verb", value = "unit.manage")
  @APIResponse(responseCode = "200", description = "The settings",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = LetterSettings.class)))
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response setSettings(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull LetterSettings settings) {
    LetterSettings changed = letters.change(kecamatanId, ifMatch, settings);
    return ETags.ok(changed, letters.version(kecamatanId));
  }
}
