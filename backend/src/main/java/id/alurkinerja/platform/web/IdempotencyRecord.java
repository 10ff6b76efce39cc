package id.alurkinerja.platform.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a POST that carried an Idempotency-Key, kept for replays. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Column(name = "idem_key")
  public String key;

  @Column(name = "request_sha256")
  public String requestSha256;

  public int status;
  public String location;
  public String body;

  @Column(name = "created_at")
  public Instant createdAt;
}
