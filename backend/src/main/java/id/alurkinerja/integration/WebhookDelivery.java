package id.alurkinerja.integration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change to send to one webhook, and how sending it went. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

  /** PENDING until the receiver answered 2xx (DELIVERED) or every attempt failed (FAILED). */
  public enum Status { PENDING, DELIVERED, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "subscription_id")
  public Long subscriptionId;

  @Column(name = "audit_event_id")
  public Long auditEventId;

  @Column(name = "feed_seq")
  public long feedSeq;

  @Enumerated(EnumType.STRING)
  public Status status;

  public int attempts;

  @Column(name = "next_attempt_at")
  public Instant nextAttemptAt;

  @Column(name = "last_status")
  public Integer lastStatus;

  @Column(name = "last_error")
  public String lastError;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;
}
