package id.alurkinerja.forms;

import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.forms.FormDtos.CorrectionDecision;
import id.alurkinerja.forms.FormDtos.CorrectionRequest;
import id.alurkinerja.forms.FormDtos.FormVersionSummary;
import id.alurkinerja.forms.FormDtos.FormVersionView;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormDtos.WithdrawalRequest;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.TimelineEntry;
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

/** SOP steps 1-4 on a form over HTTP: read it, save it, and its transitions. */
@Path("/v1/forms/{formId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class FormResource {

  @Inject FormService forms;
  @Inject FormViews views;
  @Inject FormHistory history;
  @Inject FormDocuments documents;
  @Inject DocumentMachine machine;

  @GET
  @Operation(operationId = "getForm", summary = "A form with its current version",
      description = "Content, hash, approvals, notes, the verbs held and the transitions the user "
          + "may make now. Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The form",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = FormView.class)))
  public Response get(@PathParam("formId") long formId) {
    return withTag(machine.read(documents, formId));
  }

  @PUT
  @Path("/content")
  @Operation(operationId = "saveFormContent", summary = "Save the format and letter as a new version",
      description = "In DRAFT by the Staf of the unit pengelola, in IN_CORRECTION by its Kasubbag. "
          + "Requires If-Match. Saving unchanged content makes no new version.")
  @Extension(name = "x-required-verb", value = "form.create | form.correct")
  @APIResponse(responseCode = "200", description = "The form",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response saveContent(@PathParam("formId") long formId, @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull FormContent content) {
    return withTag(forms.saveContent(formId, ifMatch, content));
  }

  @GET
  @Path("/versions")
  @Operation(operationId = "listFormVersions", summary = "Every saved version",
      description = "Oldest first, with hash, author and the state it was saved in.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The versions",
      content = @Content(schema = @Schema(implementation = FormVersionSummary.class, type = SchemaType.ARRAY)))
  public List<FormVersionSummary> versions(@PathParam("formId") long formId) {
    return history.versions(formId);
  }

  @GET
  @Path("/versions/{number}")
  @Operation(operationId = "getFormVersion", summary = "One old version",
      description = "Its content and the exact canonical JSON that its SHA-256 covers.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The version",
      content = @Content(schema = @Schema(implementation = FormVersionView.class)))
  public FormVersionView version(@PathParam("formId") long formId, @PathParam("number") int number) {
    return history.version(formId, number);
  }

  @GET
  @Path("/diff")
  @Operation(operationId = "getFormDiff", summary = "What changed",
      description = "Between versions 'from' and 'to' (default: the current one) — e.g. the "
          + "Kasubbag's corrections — or, without 'from', from last year's form it was cloned from.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The differences",
      content = @Content(schema = @Schema(implementation = FormDiff.class)))
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public FormDiff diff(@PathParam("formId") long formId,
      @Parameter(description = "Older version number") @QueryParam("from") Integer from,
      @Parameter(description = "Newer version number") @QueryParam("to") Integer to) {
    return history.diff(formId, from, to);
  }

  @GET
  @Path("/timeline")
  @Operation(operationId = "getFormTimeline", summary = "Who did what, when, and why",
      description = "Every transition and edit of the form from the audit trail, oldest first.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The timeline",
      content = @Content(schema = @Schema(implementation = TimelineEntry.class, type = SchemaType.ARRAY)))
  public List<TimelineEntry> timeline(@PathParam("formId") long formId) {
    return history.timeline(formId);
  }

  @POST
  @Path("/correction-requests")
  @Operation(operationId = "requestFormCorrection", summary = "Step 1 → 2: send the drafts to the Kasubbag",
      description = "The form must be complete: letter text, deadline, addressees, indicators whose "
          + "reporting units are addressed (422 lists what is missing).")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "200", description = "The form, now IN_CORRECTION",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response requestCorrection(@PathParam("formId") long formId, @Valid CorrectionRequest request) {
    return withTag(forms.requestCorrection(formId, request == null ? null : request.note()));
  }

  @POST
  @Path("/corrections")
  @Operation(operationId = "decideFormCorrection", summary = "Step 2: forward to the Sekcam, or return",
      description = "Corrections are made by saving content while IN_CORRECTION; then FORWARD. "
          + "RETURN sends the form back to the Staf with a reason and notes per indicator.")
  @Extension(name = "x-required-verb", value = "form.correct")
  @APIResponse(responseCode = "200", description = "The form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response correct(@PathParam("formId") long formId, @Valid @NotNull CorrectionDecision decision) {
    return withTag(forms.correct(formId, decision));
  }

  @POST
  @Path("/parafs")
  @Operation(operationId = "parafForm", summary = "Step 3: the Sekcam's paraf, or its refusal",
      description = "contentSha256 must be the hash of the version shown; a different current hash "
          + "answers 409. A refusal needs a reason and returns the form to the Staf.")
  @Extension(name = "x-required-verb", value = "form.paraf")
  @APIResponse(responseCode = "200", description = "The form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response paraf(@PathParam("formId") long formId, @Valid @NotNull ApprovalRequest request) {
    return withTag(forms.paraf(formId, request));
  }

  @POST
  @Path("/signatures")
  @Operation(operationId = "signForm", summary = "Step 4: the Camat signs, or says \"Tidak\"",
      description = "contentSha256 must be the hash of the version shown. \"Tidak\" (REFUSE) needs a "
          + "reason and sends the form back to step 1, keeping the whole history.")
  @Extension(name = "x-required-verb", value = "form.sign")
  @APIResponse(responseCode = "200", description = "The form",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response sign(@PathParam("formId") long formId, @Valid @NotNull ApprovalRequest request) {
    return withTag(forms.sign(formId, request));
  }

  @POST
  @Path("/withdrawals")
  @Operation(operationId = "withdrawForm", summary = "Take the form back to DRAFT to change it",
      description = "From the Sekcam's or the Camat's desk; voids its parafs (kept in history).")
  @Extension(name = "x-required-verb", value = "form.create")
  @APIResponse(responseCode = "200", description = "The form, now DRAFT",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response withdraw(@PathParam("formId") long formId, @Valid @NotNull WithdrawalRequest request) {
    return withTag(forms.withdraw(formId, request.reason()));
  }

  private Response withTag(Form form) {
    FormView view = views.view(form);
    return ETags.ok(view, view.version());
  }
}
