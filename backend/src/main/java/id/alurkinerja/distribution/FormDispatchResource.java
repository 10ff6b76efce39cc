package id.alurkinerja.distribution;

import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormViews;
import id.alurkinerja.platform.web.ETags;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Steps 5-6 on a form over HTTP: send it out, and the dispatch list with receipts. */
@Path("/v1/forms/{formId}/dispatches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class FormDispatchResource {

  @Inject DistributionService distribution;
  @Inject FormViews views;

  @POST
  @Operation(operationId = "dispatchForm", summary = "Steps 5-6: duplicated and sent to every unit",
      description = "Creates one dispatch per addressed unit; each unit's head then confirms receipt.")
  @Extension(name = "x-required-verb", value = "form.distribute")
  @APIResponse(responseCode = "200", description = "The form, now DISTRIBUTING",
      content = @Content(schema = @Schema(implementation = FormView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response dispatch(@PathParam("formId") long formId) {
    FormView view = views.view(distribution.dispatch(formId));
    return ETags.ok(view, view.version());
  }

  @GET
  @Operation(operationId = "listFormDispatches", summary = "The dispatch list with receipts",
      description = "Who received the form and who has not. Units other than the distributors and "
          + "overseers see only their own dispatch.")
  @Extension(name = "x-required-verb", value = "form.read")
  @APIResponse(responseCode = "200", description = "The dispatches",
      content = @Content(schema = @Schema(implementation = DispatchView.class, type = SchemaType.ARRAY)))
  public List<DispatchView> dispatches(@PathParam("formId") long formId) {
    return distribution.ofForm(formId);
  }
}
