package id.alurkinerja.identity;

import id.alurkinerja.access.ApiScope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Set;

/**
 * The OAuth 2.0 client credentials of a kabupaten system's service account ({@link AppUser} of kind
 * SERVICE with the KABUPATEN role). The secret is kept only as its SHA-256; after a rotation the
 * previous secret may keep working until {@link #previousSecretExpiresAt}.
 */
@Entity
@Table(name = "service_client")
public class ServiceClient extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  @Column(name = "client_id")
  public String clientId;

  public String name;

  /** Space-separated scope codes, as in a token's scope claim. */
  public String scopes;

  @Column(name = "secret_hash")
  public String secretHash;

  @Column(name = "secret_expires_at")
  public Instant secretExpiresAt;

  @Column(name = "previous_secret_hash")
  public String previousSecretHash;

  @Column(name = "previous_secret_expires_at")
  public Instant previousSecretExpiresAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "created_by")
  public Long createdBy;

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public Set<ApiScope> scopeSet() {
    return ApiScope.parse(scopes);
  }

  /** Whether {@code secret} is this client's current secret, or its previous one still in its grace period. */
  public boolean accepts(String secret, Instant now) {
    byte[] given = TokenService.sha256(secret).getBytes(StandardCharsets.US_ASCII);
    boolean current = MessageDigest.isEqual(given, secretHash.getBytes(StandardCharsets.US_ASCII))
        && secretExpiresAt.isAfter(now);
    boolean previous = previousSecretHash != null && previousSecretExpiresAt != null
        && MessageDigest.isEqual(given, previousSecretHash.getBytes(StandardCharsets.US_ASCII))
        && previousSecretExpiresAt.isAfter(now);
    return current || previous;
  }

  public static ServiceClient byClientId(String clientId) {
    return find("clientId", clientId).firstResult();
  }
}
