package id.alurkinerja.forms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The format data kinerja of a cycle with its notification letter; its content lives in versions. */
@Entity
@Table(name = "form")
public class Form extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "cycle_id")
  public Long cycleId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Enumerated(EnumType.STRING)
  public FormState state;

  @Enumerated(EnumType.STRING)
  public FormOrigin origin;

  @Column(name = "cloned_from_form_id")
  public Long clonedFromFormId;

  /** Number of the current (latest) version. */
  @Column(name = "current_version")
  public int currentVersion;

  /** Which pass through steps 1-4 this is: each return to the Staf starts a new round. */
  public int round;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static Form ofCycle(long cycleId) {
    return find("cycleId", cycleId).firstResult();
  }
}
