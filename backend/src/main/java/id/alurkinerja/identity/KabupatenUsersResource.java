package id.alurkinerja.identity;

import id.alurkinerja.identity.UserDtos.UserCreateRequest;
import id.alurkinerja.identity.UserDtos.UserPage;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/kabupaten/{kabupatenId}/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
/** The kabupaten's own users: KABUPATEN officers and kabupaten ADMINs, who hold no kecamatan. */
public class KabupatenUsersResource {

  @Inject UserService users;
  @Inject Locations locations;

  @GET
  @Operation(operationId = "listKabupatenUsers", summary = "The kabupaten's own users",
      description = "Its KABUPATEN officers and ADMINs (not the kecamatan's users, nor service accounts). "
          + "Cursor-paginated by id: pass nextCursor as cursor for the next page.")
  @Extension(name = "x-required-verb", value = "user.read")
  @APIResponse(responseCode = "200", description = "A page of users",
      content = @Content(schema = @Schema(implementation = UserPage.class)))
  public UserPage list(@PathParam("kabupatenId") long kabupatenId,
      @Parameter(description = "Page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return users.listKabupaten(kabupatenId, limit, cursor);
  }

  @POST
  @Operation(operationId = "createKabupatenUser", summary = "Add a KABUPATEN officer or a kabupaten ADMIN",
      description = "Roles KABUPATEN (reads every kecamatan of the kabupaten) and ADMIN (creates kecamatan, "
          + "their first ADMIN, and service accounts); no unit. NIP as for any user.")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "201", description = "The new user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@PathParam("kabupatenId") long kabupatenId,
      @Valid @NotNull UserCreateRequest request) {
    UserView user = users.createAtKabupaten(kabupatenId, request);
    return Response.created(locations.of("v1/users/" + user.id()))
        .tag(ETags.tag(user.version())).entity(user).build();
  }
}
