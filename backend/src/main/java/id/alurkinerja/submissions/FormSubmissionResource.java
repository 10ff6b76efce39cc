package id.alurkinerja.submissions;

import id.alurkinerja.submissions.SubmissionDtos.SubmissionSummary;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Step 7 seen from the form: every unit's submission. */
@Path("/v1/forms/{formId}/submissions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class FormSubmissionResource {

  @Inject SubmissionViews views;

  @GET
  @Operation(operationId = "listFormSubmissions", summary = "Step 7: every unit's submission",
      description = "The grid of units with their state (not started, draft, submitted, returned n "
          + "times, verified, not submitted). Unit members see only their own unit.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The submissions",
      content = @Content(schema = @Schema(implementation = SubmissionSummary.class, type = SchemaType.ARRAY)))
  public List<SubmissionSummary> submissions(@PathParam("formId") long formId) {
    return views.ofForm(formId);
  }
}
