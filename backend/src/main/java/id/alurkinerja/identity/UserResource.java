package id.alurkinerja.identity;

import id.alurkinerja.access.Verb;
import id.alurkinerja.identity.AuthDtos.PasswordResetRequest;
import id.alurkinerja.identity.UserDtos.ActingAssignmentRequest;
import id.alurkinerja.identity.UserDtos.ActingAssignmentView;
import id.alurkinerja.identity.UserDtos.UserUpdateRequest;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.platform.web.ETags;
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

@Path("/v1/users/{userId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class UserResource {

  @Inject UserService users;

  @GET
  @Operation(operationId = "getUser", summary = "One user", description = "Its version is the ETag.")
  @Extension(name = "x-required-verb", value = "user.read")
  @APIResponse(responseCode = "200", description = "The user",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = UserView.class)))
  public Response get(@PathParam("userId") long userId) {
    UserView user = UserView.of(users.user(userId, Verb.USER_READ));
    return Response.ok(user).tag(ETags.tag(user.version())).build();
  }

  @PUT
  @Operation(operationId = "updateUser", summary = "Change a user's profile, unit, roles or status",
      description = "Requires If-Match with the ETag from getUser. Deactivating a user ends their "
          + "sessions at once.")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "200", description = "The changed user",
      headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "412", ref = "PreconditionFailed")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  @APIResponse(responseCode = "428", ref = "PreconditionRequired")
  public Response update(@PathParam("userId") long userId, @Parameter(description = ETags.IF_MATCH, required = true) @HeaderParam("If-Match") String ifMatch,
      @Valid @NotNull UserUpdateRequest request) {
    UserView user = users.update(userId, ifMatch, request);
    return Response.ok(user).tag(ETags.tag(user.version())).build();
  }

  @PUT
  @Path("/password")
  @Operation(operationId = "resetUserPassword", summary = "Set a new password for a user",
      description = "Ends the user's sessions; they log in with the new password.")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "204", description = "Password set")
  public Response resetPassword(@PathParam("userId") long userId,
      @Valid @NotNull PasswordResetRequest request) {
    users.resetPassword(userId, request.newPassword());
    return Response.noContent().build();
  }

  @GET
  @Path("/acting-assignments")
  @Operation(operationId = "listActingAssignments", summary = "A user's Plt./Plh. assignments",
      description = "Past, current and future, newest first; revoked ones included.")
  @Extension(name = "x-required-verb", value = "user.read")
  @APIResponse(responseCode = "200", description = "The assignments",
      content = @Content(schema = @Schema(implementation = ActingAssignmentView.class, type = SchemaType.ARRAY)))
  public List<ActingAssignmentView> acting(@PathParam("userId") long userId) {
    return users.actingAssignments(userId);
  }

  @POST
  @Path("/acting-assignments")
  @Operation(operationId = "createActingAssignment", summary = "Appoint a user Plt. or Plh.",
      description = "The user holds the position (role, and unit for unit roles) in their kecamatan "
          + "from startsOn to endsOn; documents then show e.g. \"Plt. Camat Bulu\".")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "201", description = "The assignment",
      content = @Content(schema = @Schema(implementation = ActingAssignmentView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "Unprocessable")
  public Response assign(@PathParam("userId") long userId,
      @Valid @NotNull ActingAssignmentRequest request) {
    ActingAssignmentView view = users.assignActing(userId, request);
    return Response.status(Response.Status.CREATED).entity(view).build();
  }
}
