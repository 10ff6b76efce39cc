package id.alurkinerja.submissions;

import id.alurkinerja.attachments.AttachmentView;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.submissions.SubmissionDtos.NonSubmissionRequest;
import id.alurkinerja.submissions.SubmissionDtos.RoundView;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionSaveRequest;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionView;
import id.alurkinerja.submissions.SubmissionDtos.VerificationRequest;
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

@Path("/v1/submissions/{submissionId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
public class SubmissionResource {

  @Inject SubmissionService submissions;
  @Inject SubmissionViews views;
  @Inject SubmissionDocuments documents;
  @Inject DocumentMachine machine;
  @Inject Timelines timelines;

  @GET
  @Operation(operationId = "getSubmission", summary = "A unit's submission",
      description = "Its indicators with targets, values, capaian and the verifier's notes, what is "
          + "still missing, and the transitions the user may make. Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "submission.read")
  @APIResponse(responseCode = "200", description = "The submission",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubmissionView.class)))
  public Response get(@PathParam("submissionId") long id) {
    return withTag(machine.read(documents, id));
  }

  @PUT
  @Operation(operationId = "saveSubmission", summary = "Save the unit's realisasi as a draft",
      description = "Any number of times while NOT_STARTED, DRAFT or RETURNED, after the unit "
          + "confirmed receipt of the letter. Values are typed as the form says. Requires If-Match.")
  @Extension(name = "x-required-verb", value = "submission.edit")
  @APIResponse(responseCode = "200", description = "The submission",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = SubmissionView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response save(@PathParam("submissionId") long id, @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull SubmissionSaveRequest request) {
    return withTag(submissions.save(id, ifMatch, request));
  }

  @POST
  @Path("/submittals")
  @Operation(operationId = "submitSubmission", summary = "The unit's head hands the data in",
      description = "Every indicator must have its realisasi (422 lists what is missing).")
  @Extension(name = "x-required-verb", value = "submission.submit")
  @APIResponse(responseCode = "200", description = "The submission, now SUBMITTED",
      content = @Content(schema = @Schema(implementation = SubmissionView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response submit(@PathParam("submissionId") long id) {
    return withTag(submissions.submit(id));
  }

  @POST
  @Path("/verifications")
  @Operation(operationId = "verifySubmission", summary = "Step 7: the Sekcam verifies, or returns with notes",
      description = "RETURN needs a reason; notes name the indicator, a reason code (INCOMPLETE, "
          + "INCONSISTENT, MISSING_EVIDENCE, OTHER) and what is wrong. With If-Match (the ETag read, e.g. "
          + "the grid's version) the decision is bound to that version: 412 when it changed since.")
  @Extension(name = "x-required-verb", value = "submission.verify")
  @APIResponse(responseCode = "200", description = "The submission",
      content = @Content(schema = @Schema(implementation = SubmissionView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  public Response verify(@PathParam("submissionId") long id,
      @Parameter(description = "Optional: the ETag of the version decided on") @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull VerificationRequest request) {
    return withTag(submissions.verify(id, ifMatch, request));
  }

  @POST
  @Path("/non-submissions")
  @Operation(operationId = "markSubmissionNotSubmitted", summary = "The unit never reported",
      description = "Tidak menyampaikan, with a reason, so the cycle can go on; the recap shows it as "
          + "such, never as zeros.")
  @Extension(name = "x-required-verb", value = "submission.verify")
  @APIResponse(responseCode = "200", description = "The submission, now NOT_SUBMITTED",
      content = @Content(schema = @Schema(implementation = SubmissionView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response notSubmitted(@PathParam("submissionId") long id, @Valid @NotNull NonSubmissionRequest request) {
    return withTag(submissions.markNotSubmitted(id, request.reason()));
  }

  @GET
  @Path("/rounds")
  @Operation(operationId = "listSubmissionRounds", summary = "Every round the unit submitted",
      description = "The values sent each time, which indicators changed from the round before, "
          + "and the verifier's decision and notes.")
  @Extension(name = "x-required-verb", value = "submission.read")
  @APIResponse(responseCode = "200", description = "The rounds",
      content = @Content(schema = @Schema(implementation = RoundView.class, type = SchemaType.ARRAY)))
  public List<RoundView> rounds(@PathParam("submissionId") long id) {
    return views.rounds(id);
  }

  @POST
  @Path("/attachments")
  @Consumes(MediaType.WILDCARD)
  @Operation(operationId = "uploadAttachment", summary = "Attach an evidence file",
      description = "Send the file itself as the body. PDF, PNG, JPEG, XLSX or CSV, recognised by "
          + "content (a forged type or name is refused with 415); at most 20 MB per file and 200 MB "
          + "per submission (413). Stored with its SHA-256.")
  @Extension(name = "x-required-verb", value = "submission.edit")
  @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(required = true,
      content = @Content(mediaType = "application/octet-stream",
          schema = @Schema(type = SchemaType.STRING, format = "binary")))
  @APIResponse(responseCode = "201", description = "The stored file",
      content = @Content(schema = @Schema(implementation = AttachmentView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response upload(@PathParam("submissionId") long id,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "File name to show")
      @jakarta.ws.rs.QueryParam("filename") String filename,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(description = "Indicator it supports")
      @jakarta.ws.rs.QueryParam("indicatorCode") String indicatorCode, byte[] body) {
    var view = submissions.attach(id, indicatorCode, filename, body);
    return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(view).build();
  }

  @GET
  @Path("/timeline")
  @Operation(operationId = "getSubmissionTimeline", summary = "Who did what to the unit's data, when, why",
      description = "Saves, submittals, returns, verification and evidence, oldest first.")
  @Extension(name = "x-required-verb", value = "submission.read")
  @APIResponse(responseCode = "200", description = "The timeline",
      content = @Content(schema = @Schema(implementation = TimelineEntry.class, type = SchemaType.ARRAY)))
  public List<TimelineEntry> timeline(@PathParam("submissionId") long id) {
    machine.read(documents, id);
    return timelines.of(documents.kind(), id);
  }

  private Response withTag(Submission s) {
    SubmissionView view = views.view(s);
    return ETags.ok(view, view.version());
  }
}
