package id.alurkinerja.distribution;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

@Path("/v1/dispatches")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "distribution")
public class DispatchResource {

  @Inject DistributionService distribution;

  @GET
  @Operation(operationId = "listMyDispatches", summary = "Forms sent to my unit",
      description = "Only dispatches addressed to the units the user belongs to, newest first.")
  @APIResponse(responseCode = "200", description = "The dispatches",
      content = @Content(schema = @Schema(implementation = DispatchView.class, type = SchemaType.ARRAY)))
  public List<DispatchView> mine() {
    return distribution.mine();
  }

  @POST
  @Path("/{dispatchId}/receipts")
  @Operation(operationId = "confirmReceipt", summary = "Step 6: my unit received the form",
      description = "By the head of the receiving unit (Kasi or Kasubbag), recorded with name, "
          + "capacity and time. The last receipt makes the form DISTRIBUTED.")
  @Extension(name = "x-required-verb", value = "dispatch.receive")
  @APIResponse(responseCode = "200", description = "The dispatch, now RECEIVED",
      content = @Content(schema = @Schema(implementation = DispatchView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public DispatchView receive(@PathParam("dispatchId") long dispatchId) {
    return distribution.receive(dispatchId);
  }
}
