package id.alurkinerja.letters;

import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormDtos.NumberingRequest;
import id.alurkinerja.forms.FormViews;
import id.alurkinerja.platform.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Step 5 over HTTP: the form's letter gets its number. */
@Path("/v1/forms/{formId}/letter-number")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class FormLetterResource {

  @Inject FormNumbering numbering;
  @Inject FormViews views;

  @POST
  @Operation(operationId = "numberFormLetter", summary = "Step 5: give the signed letter its number",
      description = "From the kecamatan's outgoing-letter register (unique, gap-free, never reused); "
          + "the letter date is today. Number and date are recorded against the signed hash and are "
          + "not part of the signed content.")
  @Extension(name = "x-required-verb", value = "letter.number")
  @APIResponse(responseCode = "200", description = "The form, now NUMBERED",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response number(@PathParam("formId") long formId, @Valid NumberingRequest request) {
    FormView view = views.view(numbering.number(formId, request == null ? null : request.classification()));
    return ETags.ok(view, view.version());
  }
}
