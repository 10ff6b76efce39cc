package id.alurkinerja.identity;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/acting-assignments/{assignmentId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class ActingAssignmentResource {

  @Inject UserService users;

  @DELETE
  @Operation(operationId = "revokeActingAssignment", summary = "End a Plt./Plh. assignment now",
      description = "The assignment is kept, marked revoked, for the history of what was signed.")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("assignmentId") long assignmentId) {
    users.revokeActing(assignmentId);
    return Response.noContent().build();
  }
}
