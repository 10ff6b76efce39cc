package id.alurkinerja.identity;

import id.alurkinerja.identity.AuthDtos.ClientTokenResponse;
import id.alurkinerja.identity.AuthDtos.LoginRequest;
import id.alurkinerja.identity.AuthDtos.RefreshRequest;
import id.alurkinerja.identity.AuthDtos.TokenResponse;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ClientAddress;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/auth")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
@SecurityRequirementsSet
public class AuthResource {

  @Inject AuthService auth;
  @Inject ClientAddress clients;
  @Inject ServiceAccountService clientTokens;

  @POST
  @Path("/login")
  @Operation(operationId = "login", summary = "Log in with username (or NIP) and password",
      description = "Returns a 15-minute access token and a refresh token. Repeated failures for "
          + "an account or from an address answer 429 with Retry-After; the answer never reveals "
          + "whether the account exists.")
  @APIResponse(responseCode = "200", description = "Logged in",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", ref = "InvalidCredentials")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  public TokenResponse login(@Valid @NotNull LoginRequest request, @Context HttpServerRequest http) {
    return auth.login(request.username(), request.password(), clients.of(http));
  }

  @POST
  @Path("/refresh")
  @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for new tokens",
      description = "The refresh token is rotated: the one sent stops working. Sending a used one "
          + "again revokes every token of that login.")
  @APIResponse(responseCode = "200", description = "New tokens",
      content = @Content(schema = @Schema(implementation = TokenResponse.class)))
  @APIResponse(responseCode = "401", ref = "InvalidRefreshToken")
  public TokenResponse refresh(@Valid @NotNull RefreshRequest request) {
    return auth.refresh(request.refreshToken());
  }

  @POST
  @Path("/token")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Operation(operationId = "issueClientToken", summary = "OAuth 2.0 client credentials: a token for a service account",
      description = "RFC 6749 4.4. Send grant_type=client_credentials with client_id and client_secret "
          + "in the form, or the client's id and secret as HTTP Basic (RFC 6749 2.3.1). scope may "
          + "narrow the account's scopes. The token lives as long as a person's access token; ask "
          + "for a new one when it expires (there is no refresh token). Errors are problem+json: "
          + "401 invalid-client for a wrong, expired or revoked credential.")
  @SecurityRequirementsSet
  @APIResponse(responseCode = "200", description = "The access token",
      content = @Content(schema = @Schema(implementation = ClientTokenResponse.class)))
  @APIResponse(responseCode = "401", ref = "InvalidClient")
  public Response token(
      @Parameter(description = "HTTP Basic with client_id and client_secret, instead of the form fields")
      @HeaderParam("Authorization") String authorization,
      @FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
      @FormParam("client_secret") String clientSecret, @FormParam("scope") String scope) {
    if (!"client_credentials".equals(grantType)) {
      throw ProblemException.invalid("grant_type", FieldErrorCode.GRANT_TYPE);
    }
    ClientCredentials credentials = ClientCredentials.of(authorization, clientId, clientSecret);
    ClientTokenResponse token = clientTokens.token(credentials.id(), credentials.secret(), scope);
    return Response.ok(token).cacheControl(ServiceAccountResource.noStore()).header("Pragma", "no-cache").build();
  }

  @POST
  @Path("/logout")
  @Operation(operationId = "logout", summary = "End a login",
      description = "Revokes the refresh token and its family. Answers 204 even for an unknown token.")
  @APIResponse(responseCode = "204", description = "Logged out")
  public Response logout(@Valid @NotNull RefreshRequest request) {
    auth.logout(request.refreshToken());
    return Response.noContent().build();
  }
}
