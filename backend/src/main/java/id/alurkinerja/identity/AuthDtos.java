package id.alurkinerja.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the auth endpoints. */
public final class AuthDtos {

  private AuthDtos() {}

  @Schema(name = "LoginRequest")
  public record LoginRequest(
      @Schema(required = true, description = "Username or NIP", examples = "camat")
      @NotBlank @Size(max = 64) String username,
      @Schema(required = true, examples = "kinerja-demo") @NotBlank @Size(max = 128) String password) {}

  @Schema(name = "RefreshRequest")
  public record RefreshRequest(@Schema(required = true) @NotBlank @Size(max = 200) String refreshToken) {}

  @Schema(name = "TokenResponse")
  public record TokenResponse(
      @Schema(required = true, description = "RS256 JWT, valid for expiresIn seconds") String accessToken,
      @Schema(required = true, description = "Opaque; rotated on every refresh") String refreshToken,
      @Schema(required = true, enumeration = "Bearer") String tokenType,
      @Schema(required = true) long expiresIn,
      @Schema(required = true) long refreshExpiresIn) {}

  /** The token response of RFC 6749 5.1, with its standard (snake_case) member names. */
  @Schema(name = "ClientTokenResponse", description = "OAuth 2.0 access token response (RFC 6749 5.1)")
  public record ClientTokenResponse(
      @Schema(required = true, description = "RS256 JWT with the KABUPATEN role and the granted scopes")
      @JsonProperty("access_token") String accessToken,
      @Schema(required = true, enumeration = "Bearer") @JsonProperty("token_type") String tokenType,
      @Schema(required = true, description = "Seconds until the token expires; ask for a new one then")
      @JsonProperty("expires_in") long expiresIn,
      @Schema(required = true, description = "The granted scopes, space-separated", examples = "forms:read recaps:read")
      String scope) {}

  @Schema(name = "ChangePasswordRequest")
  public record ChangePasswordRequest(
      @Schema(required = true) @NotBlank @Size(max = 128) String currentPassword,
      @Schema(required = true, description = "At least 10 characters, not the username or NIP")
      @NotBlank @Size(max = 128) String newPassword) {}

  @Schema(name = "PasswordResetRequest")
  public record PasswordResetRequest(
      @Schema(required = true, description = "At least 10 characters, not the username or NIP")
      @NotBlank @Size(max = 128) String newPassword) {}
}
