package id.alurkinerja.forms;

import id.alurkinerja.workflow.DocumentEntity;
import id.alurkinerja.workflow.Stateful;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The format data kinerja of a cycle with its notification letter; its content lives in versions.
 * Its state and version move only through the document machine.
 */
@Entity
@Table(name = "form")
public class Form extends DocumentEntity implements Stateful<FormState> {
  @Column(name = "cycle_id")
  public Long cycleId;

  @Enumerated(EnumType.STRING)
  public FormState state;

  @Enumerated(EnumType.STRING)
  public FormOrigin origin;

  @Column(name = "cloned_from_form_id")
  public Long clonedFromFormId;

  /** Number of the current (latest) content version. */
  @Column(name = "current_version")
  public int currentVersion;

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

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static Form ofCycle(long cycleId) {
    return find("cycleId", cycleId).firstResult();
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
}
