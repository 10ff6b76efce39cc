package id.alurkinerja.integration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A kabupaten system's webhook: where to send which changes, signed with its secret. {@code lastSeq}
 * is how far the dispatcher has walked the kabupaten's changes feed for it.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  /** Who registered it: its deliveries carry what this user (or service account) may read. */
  @Column(name = "owner_user_id")
  public Long ownerUserId;

  public String url;

  /** The HMAC-SHA256 key of its signatures; kept to sign, shown once. */
  public String secret;

  /** Comma-separated change types; null for all. */
  @Column(name = "event_types")
  public String eventTypes;

  @Column(name = "last_seq")
  public long lastSeq;

  @Column(name = "consecutive_failures")
  public int consecutiveFailures;

  @Column(name = "disabled_at")
  public Instant disabledAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public List<String> types() {
    return eventTypes == null ? null : Arrays.asList(eventTypes.split(","));
  }

  public boolean wants(String type) {
    return eventTypes == null || types().contains(type);
  }

  public boolean active() {
    return disabledAt == null && deletedAt == null;
  }
}
