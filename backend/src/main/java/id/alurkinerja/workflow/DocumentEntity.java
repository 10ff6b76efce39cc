package id.alurkinerja.workflow;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * The columns every document of the SOP has beside its state: where it lives, its round, when it
 * reached its state, and its version (the ETag). Only the document machine moves them.
 */
@MappedSuperclass
public abstract class DocumentEntity extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  /** A pass through the steps (forms, recaps) or a submittal (submissions). */
  public int round;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  /** The ETag: moves with every change of the document or of anything it owns or shows. */
  public long version;

  public Long documentId() {
    return id;
  }

  public long kecamatanId() {
    return kecamatanId;
  }

  public long version() {
    return version;
  }

  public void version(long next) {
    version = next;
  }

  public void nextRound() {
    round++;
  }
}
