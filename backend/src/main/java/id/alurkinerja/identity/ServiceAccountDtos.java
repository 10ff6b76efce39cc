package id.alurkinerja.identity;

import id.alurkinerja.access.ApiScope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the service-account endpoints. */
public final class ServiceAccountDtos {

  private ServiceAccountDtos() {}

  @Schema(name = "ServiceAccountCreateRequest")
  public record ServiceAccountCreateRequest(
      @Schema(required = true, examples = "e-SAKIP Bappeda") @NotBlank @Size(max = 160) String name,
      @Schema(required = true, description = "What its tokens may read") @NotEmpty Set<ApiScope> scopes,
      @Schema(description = "Days the secret works (1-730, default 365)") @Min(1) @Max(730) Integer secretValidDays) {}

  @Schema(name = "SecretRotationRequest")
  public record SecretRotationRequest(
      @Schema(description = "Days the new secret works (1-730, default 365)") @Min(1) @Max(730) Integer secretValidDays,
      @Schema(description = "Hours the previous secret keeps working, so the system can be switched over "
          + "(0-168, default 0: it stops at once)") @Min(0) @Max(168) Integer previousValidHours) {}

  @Schema(name = "ServiceAccountView")
  public record ServiceAccountView(
      @Schema(required = true) long id,
      @Schema(required = true, description = "The client_id of POST /api/v1/auth/token") String clientId,
      @Schema(required = true) String name,
      @Schema(required = true) long kabupatenId,
      @Schema(required = true) Set<ApiScope> scopes,
      @Schema(required = true) Instant secretExpiresAt,
      @Schema(description = "Until when the secret before the last rotation still works") Instant previousSecretExpiresAt,
      Instant revokedAt,
      @Schema(required = true, description = "Not revoked (its secret may still have expired)") boolean active,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) long version) {

    static ServiceAccountView of(ServiceClient c) {
      return new ServiceAccountView(c.id, c.clientId, c.name, c.kabupatenId, c.scopeSet(), c.secretExpiresAt,
          c.previousSecretExpiresAt, c.revokedAt, c.revokedAt == null, c.createdAt, c.version);
    }
  }

  @Schema(name = "ServiceAccountCredentials", description = "Shown once: the secret is not stored and cannot be read again")
  public record ServiceAccountCredentials(
      @Schema(required = true) ServiceAccountView account,
      @Schema(required = true) String clientId,
      @Schema(required = true, description = "Keep it in the system's secret store; it is shown only now") String clientSecret) {}

  @Schema(name = "ServiceAccountPage")
  public record ServiceAccountPage(@Schema(required = true) List<ServiceAccountView> items,
      @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {}
}
