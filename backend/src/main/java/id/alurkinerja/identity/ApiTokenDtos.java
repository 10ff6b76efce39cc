package id.alurkinerja.identity;

import id.alurkinerja.access.Verb;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the personal API token endpoints. */
public final class ApiTokenDtos {

  private ApiTokenDtos() {}

  @Schema(name = "ApiTokenCreateRequest")
  public record ApiTokenCreateRequest(
      @Schema(required = true, examples = "rekap malam") @NotBlank @Size(max = 100) String name,
      @Schema(required = true, description = "Days the token works, 1-365") @NotNull @Min(1) @Max(365) Integer validDays,
      @Schema(description = "The verbs it may use, at most your own; absent: all of yours")
      @Size(max = 40) Set<Verb> verbs) {}

  @Schema(name = "ApiTokenView")
  public record ApiTokenView(
      @Schema(required = true) long id,
      @Schema(required = true) String name,
      @Schema(description = "Absent: every verb of its owner") List<Verb> verbs,
      @Schema(required = true) Instant expiresAt,
      Instant revokedAt,
      @Schema(required = true) boolean active,
      @Schema(required = true) Instant createdAt) {

    static ApiTokenView of(ApiToken t, Instant now) {
      return new ApiTokenView(t.id, t.name, t.verbs == null ? null : List.copyOf(t.verbSet()), t.expiresAt,
          t.revokedAt, t.usableAt(now), t.createdAt);
    }
  }

  @Schema(name = "ApiTokenCreated", description = "Shown once: the token is not stored and cannot be read again")
  public record ApiTokenCreated(
      @Schema(required = true) ApiTokenView info,
      @Schema(required = true, description = "Send as Authorization: Bearer <token>") String token) {}
}
