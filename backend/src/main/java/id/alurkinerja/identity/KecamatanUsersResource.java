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

@Path("/v1/kecamatan/{kecamatanId}/users")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "users")
public class KecamatanUsersResource {

  @Inject UserService users;
  @Inject Locations locations;

  @GET
  @Operation(operationId = "listUsers", summary = "Users of a kecamatan",
      description = "Cursor-paginated by id: pass nextCursor as cursor for the next page.")
  @Extension(name = "x-required-verb", value = "user.read")
  @APIResponse(responseCode = "200", description = "A page of users",
      content = @Content(schema = @Schema(implementation = UserPage.class)))
  public UserPage list(@PathParam("kecamatanId") long kecamatanId,
      @Parameter(description = "Page size, 1-200") @QueryParam("limit") @DefaultValue("50") int limit,
      @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
    return users.list(kecamatanId, limit, cursor);
  }

  @POST
  @Operation(operationId = "createUser", summary = "Add a user to a kecamatan",
      description = "NIP is validated for PNS and PPPK and must be absent for non-ASN staff; "
          + "STAF, KASUBBAG and KASI need a unit.")
  @Extension(name = "x-required-verb", value = "user.manage")
  @APIResponse(responseCode = "201", description = "The new user",
      content = @Content(schema = @Schema(implementation = UserView.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@PathParam("kecamatanId") long kecamatanId,
      @Valid @NotNull UserCreateRequest request) {
    UserView user = users.create(kecamatanId, request);
    return Response.created(locations.of("v1/users/" + user.id()))
        .tag(ETags.tag(user.version())).entity(user).build();
  }
}
