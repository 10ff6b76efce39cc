package id.alurkinerja.recaps;

import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import id.alurkinerja.recaps.RecapDtos.RecapView;
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

/** Steps 8-11 seen from the form: its recap and ralat versions. */
@Path("/v1/forms/{formId}/recaps")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "forms")
public class FormRecapResource {

  @Inject RecapService recaps;
  @Inject Locations locations;
  @Inject RecapViews views;

  @GET
  @Operation(operationId = "listFormRecaps", summary = "The recap of a form, and its ralat versions",
      description = "Oldest first; a superseded recap names the ralat that replaced it.")
  @Extension(name = "x-required-verb", value = "recap.read")
  @APIResponse(responseCode = "200", description = "The recaps",
      content = @Content(schema = @Schema(implementation = RecapView.class, type = SchemaType.ARRAY)))
  public List<RecapView> ofForm(@PathParam("formId") long formId) {
    return views.ofForm(formId);
  }

  @POST
  @Operation(operationId = "createRecap", summary = "Step 8 begins: the kecamatan recap",
      description = "By the Staf of the unit pengelola, once the form has been sent to the units. "
          + "Units are then entered one by one as their data is verified.")
  @Extension(name = "x-required-verb", value = "recap.edit")
  @APIResponse(responseCode = "201", description = "The recap",
      content = @Content(schema = @Schema(implementation = RecapView.class)))
  @APIResponse(responseCode = "409", ref = "InvalidState")
  public Response create(@PathParam("formId") long formId) {
    RecapView recap = views.view(recaps.create(formId));
    return ETags.created(locations.of("v1/recaps/" + recap.id()), recap, recap.version());
  }
}
