package id.alurkinerja.identity;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One refresh token of a login's family; only its SHA-256 is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "family_id")
  public String familyId;

  @Column(name = "user_id")
  public Long userId;

  @Column(name = "token_hash")
  public String tokenHash;

  @Column(name = "issued_at")
  public Instant issuedAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "used_at")
  public Instant usedAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_reason")
  public String revokedReason;

  /** Revokes every token of a family that is not revoked yet; returns how many. */
  public static int revokeFamily(String familyId, String reason, Instant at) {
    return update("revokedAt = ?1, revokedReason = ?2 where familyId = ?3 and revokedAt is null",
        at, reason, familyId);
  }

  public static int revokeAllOf(Long userId, String reason, Instant at) {
    return update("revokedAt = ?1, revokedReason = ?2 where userId = ?3 and revokedAt is null",
        at, reason, userId);
  }
}
