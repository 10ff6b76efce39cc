package id.alurkinerja.recaps;

import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import id.alurkinerja.recaps.RecapDtos.CorrectionRequest;
import id.alurkinerja.recaps.RecapDtos.EntryRequest;
import id.alurkinerja.recaps.RecapDtos.HistoryEntry;
import id.alurkinerja.recaps.RecapDtos.RalatRequest;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.ValidationRequest;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.TimelineEntry;
import id.alurkinerja.workflow.Timelines;
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

@Path("/v1/recaps/{recapId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "recaps")
public class RecapResource {

  @Inject RecapService recaps;
  @Inject Locations locations;
  @Inject RecapViews views;
  @Inject RecapDocuments documents;
  @Inject DocumentMachine machine;
  @Inject Timelines timelines;

  @GET
  @Operation(operationId = "getRecap", summary = "The consolidated table",
      description = "Sasaran → indicator → unit values with aggregates and capaian, units' entry "
          + "times, approvals and the transitions the user may make. Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "The recap",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  public Response get(@PathParam("recapId") long recapId) {
    return withTag(machine.read(documents, recapId));
  }

  @POST
  @Path("/entries")
  @Operation(operationId = "enterRecapUnit", summary = "Step 8: enter one unit's verified data",
      description = "Copies the unit's verified values (or records it as not submitted) and the time "
          + "of entry, which the SOP times per unit.")
  @Extension(name = "x-required-verb", value = "recap.edit")
  @APIResponse(responseCode = "200", description = "The recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response enter(@PathParam("recapId") long recapId, @Valid @NotNull EntryRequest request) {
    return withTag(recaps.enter(recapId, request.unitId()));
  }

  @PUT
  @Path("/values")
  @Operation(operationId = "correctRecapValues", summary = "Step 8: correct data-entry mistakes",
      description = "Each correction needs a reason, kept in the value history. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "recap.edit")
  @APIResponse(responseCode = "200", description = "The recap",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response correct(@PathParam("recapId") long recapId, @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull CorrectionRequest request) {
    return withTag(recaps.correct(recapId, ifMatch, request.corrections()));
  }

  @GET
  @Path("/history")
  @Operation(operationId = "getRecapValueHistory", summary = "Who entered or changed each value, and why",
      description = "Across the recap and the recaps it corrects (ralat); optionally one indicator.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "The history",
      content = @Content(schema = @Schema(implementation = HistoryEntry.class, type = SchemaType.ARRAY)))
  public List<HistoryEntry> history(@PathParam("recapId") long recapId,
      @Parameter(description = "Only this indicator") @QueryParam("indicatorCode") String indicatorCode) {
    return views.history(recapId, indicatorCode);
  }

  @POST
  @Path("/validation-requests")
  @Operation(operationId = "requestRecapValidation", summary = "Step 8 → 9: hand the recap to the Kasubbag",
      description = "Every reporting unit must be entered (422 lists the missing ones).")
  @Extension(name = "x-required-verb", value = "recap.edit")
  @APIResponse(responseCode = "200", description = "The recap, now AWAITING_VALIDATION",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response requestValidation(@PathParam("recapId") long recapId) {
    return withTag(recaps.requestValidation(recapId));
  }

  @POST
  @Path("/validations")
  @Operation(operationId = "validateRecap", summary = "Step 9: validate, or return to the Staf",
      description = "Bound to the hash of the version shown; RETURN needs a reason.")
  @Extension(name = "x-required-verb", value = "recap.validate")
  @APIResponse(responseCode = "200", description = "The recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response validate(@PathParam("recapId") long recapId, @Valid @NotNull ValidationRequest request) {
    return withTag(recaps.validate(recapId, request));
  }

  @POST
  @Path("/parafs")
  @Operation(operationId = "parafRecap", summary = "Step 10: the Sekcam's paraf, or its refusal",
      description = "Bound to the hash of the version shown; a refusal goes back to the Staf (step 8).")
  @Extension(name = "x-required-verb", value = "recap.paraf")
  @APIResponse(responseCode = "200", description = "The recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response paraf(@PathParam("recapId") long recapId, @Valid @NotNull ApprovalRequest request) {
    return withTag(recaps.paraf(recapId, request));
  }

  @POST
  @Path("/signatures")
  @Operation(operationId = "signRecap", summary = "Step 11: the Camat signs the data kinerja",
      description = "Bound to the hash of the version shown. The signed recap is final and read-only; "
          + "a refusal goes back to the Staf (step 8).")
  @Extension(name = "x-required-verb", value = "recap.sign")
  @APIResponse(responseCode = "200", description = "The recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response sign(@PathParam("recapId") long recapId, @Valid @NotNull ApprovalRequest request) {
    return withTag(recaps.sign(recapId, request));
  }

  @POST
  @Path("/ralat")
  @Operation(operationId = "startRecapRalat", summary = "Correct a signed recap (ralat)",
      description = "A new recap with the same data goes through steps 8-11; when it is signed the "
          + "old one is kept, marked SUPERSEDED.")
  @Extension(name = "x-required-verb", value = "recap.edit")
  @APIResponse(responseCode = "201", description = "The ralat recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response ralat(@PathParam("recapId") long recapId, @Valid @NotNull RalatRequest request) {
    RecapView ralat = views.view(recaps.ralat(recapId, request.reason()));
    return ETags.created(locations.of("v1/recaps/" + ralat.id()), ralat, ralat.version());
  }

  @GET
  @Path("/timeline")
  @Operation(operationId = "getRecapTimeline", summary = "Who did what to the recap, when, why",
      description = "Entries, corrections, validation, paraf, signature and ralat, oldest first.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "The timeline",
      content = @Content(schema = @Schema(implementation = TimelineEntry.class, type = SchemaType.ARRAY)))
  public List<TimelineEntry> timeline(@PathParam("recapId") long recapId) {
    machine.read(documents, recapId);
    return timelines.of(documents.kind(), recapId);
  }

  private Response withTag(Recap recap) {
    RecapView view = views.view(recap);
    return ETags.ok(view, view.version());
  }
}
