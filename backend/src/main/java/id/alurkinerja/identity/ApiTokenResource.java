package id.alurkinerja.identity;

import id.alurkinerja.identity.ApiTokenDtos.ApiTokenCreateRequest;
import id.alurkinerja.identity.ApiTokenDtos.ApiTokenCreated;
import id.alurkinerja.identity.ApiTokenDtos.ApiTokenView;
import id.alurkinerja.platform.web.Locations;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The current person's API tokens for their own scripts. */
@Path("/v1/me/api-tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class ApiTokenResource {

  @Inject ApiTokenService tokens;
  @Inject Locations locations;

  @GET
  @Operation(operationId = "listMyApiTokens", summary = "My API tokens",
      description = "Newest first, revoked and expired ones included; the tokens themselves are never shown again.")
  @APIResponse(responseCode = "200", description = "The tokens",
      content = @Content(schema = @Schema(implementation = ApiTokenView.class, type = SchemaType.ARRAY)))
  public List<ApiTokenView> list() {
    return tokens.mine();
  }

  @POST
  @Operation(operationId = "createMyApiToken", summary = "Make an API token for a script",
      description = "Answers the token once. It acts as you with at most the verbs you hold (or the ones "
          + "listed) until it expires or you revoke it; deactivating you stops it too. Only a person "
          + "logged in makes one: 403 with another API token or a service account's token.")
  @APIResponse(responseCode = "201", description = "The token, shown once",
      content = @Content(schema = @Schema(implementation = ApiTokenCreated.class)))
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response create(@Valid @NotNull ApiTokenCreateRequest request) {
    ApiTokenCreated made = tokens.create(request);
    return Response.created(locations.of("v1/me/api-tokens/" + made.info().id()))
        .cacheControl(ServiceAccountResource.noStore()).entity(made).build();
  }

  @DELETE
  @Path("/{tokenId}")
  @Operation(operationId = "revokeMyApiToken", summary = "Revoke one of my API tokens",
      description = "It is refused from the next request on. Revoking twice answers the same.")
  @APIResponse(responseCode = "204", description = "Revoked")
  public Response revoke(@PathParam("tokenId") long tokenId) {
    tokens.revoke(tokenId);
    return Response.noContent().build();
  }
}
