package id.alurkinerja.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One append-only audit entry. Never updated or deleted: the ORM treats it as immutable, and its place
 * in the hash chain ({@code chainSeq}, {@code prevHash}, {@code hash}) is set once, from NULL, by
 * {@link AuditSealer} after the entry's transaction committed (docs/decisions/012).
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "occurred_at")
  public Instant occurredAt;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "actor_user_id")
  public Long actorUserId;

  @Column(name = "actor_name")
  public String actorName;

  /** The post the actor acted in, e.g. "Sekretaris Kecamatan Bulu" or "Plh. Camat Bulu". */
  public String capacity;

  /** Set only when the actor acted as Plt./Plh.: the same text as capacity. */
  @Column(name = "acting_for")
  public String actingFor;

  public String action;

  @Column(name = "object_type")
  public String objectType;

  @Column(name = "object_id")
  public Long objectId;

  @Column(name = "from_state")
  public String fromState;

  @Column(name = "to_state")
  public String toState;

  public String reason;

  /** Free text of entries written before details were typed (read-only history). */
  public String detail;

  /** The entry's facts as a JSON object of {@link AuditDetails}. */
  public String details;

  /** The chain the entry belongs to: {@code kecamatan:<id>}, {@code kabupaten:<id>} or {@code global}. */
  @Column(name = "chain_key")
  public String chainKey;

  /** Its place in the chain, from 1; null until sealed. */
  @Column(name = "chain_seq", insertable = false, updatable = false)
  public Long chainSeq;

  /** Its number in its kabupaten's changes feed, from 1; null until sealed (set by the sealer only). */
  @Column(name = "feed_seq", insertable = false, updatable = false)
  public Long feedSeq;

  /** The hash of the entry before it in the chain; null for the first entry and until sealed. */
  @Column(name = "prev_hash", insertable = false, updatable = false)
  public String prevHash;

  /** SHA-256 (hex) of the entry's canonical text ({@link AuditHash}); null until sealed. */
  @Column(name = "hash", insertable = false, updatable = false)
  public String hash;
}
