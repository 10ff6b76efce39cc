package id.alurkinerja.notifications;

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

/** An in-app message to one person; at most one per person, task and kind. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "step_task_id")
  public Long stepTaskId;

  @Enumerated(EnumType.STRING)
  public NotificationKind kind;

  public String title;
  public String body;
  public String link;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "read_at")
  public Instant readAt;

  @Column(name = "emailed_at")
  public Instant emailedAt;
}
