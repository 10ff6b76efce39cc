package id.alurkinerja.identity;

import id.alurkinerja.access.Verb;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * A personal API token of an official's script: named, with an expiry, revocable. The token is a
 * signed JWT shown once; only its id ({@code jti}) is kept here and looked up on every request.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "token_id")
  public String tokenId;

  @Column(name = "user_id")
  public Long userId;

  public String name;

  /** Comma-separated verb codes the token may use; null for every verb of the user. */
  public String verbs;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  /** The verbs this token may use (the owner's positions still decide where). */
  public Set<Verb> verbSet() {
    if (verbs == null) {
      return EnumSet.allOf(Verb.class);
    }
    Set<Verb> set = EnumSet.noneOf(Verb.class);
    Arrays.stream(verbs.split(",")).forEach(code -> Arrays.stream(Verb.values())
        .filter(v -> v.code().equals(code)).forEach(set::add));
    return set;
  }

  public boolean usableAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
