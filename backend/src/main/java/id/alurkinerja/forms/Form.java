package id.alurkinerja.forms;

import id.alurkinerja.workflow.Stateful;
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
import java.time.LocalDate;

/**
 * The format data kinerja of a cycle with its notification letter; its content lives in versions.
 * Its state and version move only through the document machine.
 */
@Entity
@Table(name = "form")
public class Form extends PanacheEntityBase implements Stateful<FormState> {
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

  /** Number of the current (latest) content version. */
  @Column(name = "current_version")
  public int currentVersion;

  /** Which pass through steps 1-4 this is: each return to the Staf starts a new round. */
  public int round;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  /** The letter's number from the register (step 5); not part of what was signed. */
  @Column(name = "letter_number")
  public String letterNumber;

  @Column(name = "letter_date")
  public LocalDate letterDate;

  /** Units the signed letter was sent to (step 6) and how many of them confirmed receipt. */
  @Column(name = "units_addressed")
  public int unitsAddressed;

  @Column(name = "units_received")
  public int unitsReceived;

  /** The ETag: moves with every change of the form or of anything it owns. */
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static Form ofCycle(long cycleId) {
    return find("cycleId", cycleId).firstResult();
  }

  @Override
  public Long documentId() {
    return id;
  }

  @Override
  public long kecamatanId() {
    return kecamatanId;
  }

  @Override
  public FormState state() {
    return state;
  }

  @Override
  public void enter(FormState next, Instant at) {
    state = next;
    stateChangedAt = at;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public void version(long next) {
    version = next;
  }

  @Override
  public void nextRound() {
    round++;
  }
}
