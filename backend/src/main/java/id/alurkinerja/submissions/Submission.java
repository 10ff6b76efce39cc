package id.alurkinerja.submissions;

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
import java.util.List;

/** One reporting unit's data for a form: realisasi per indicator, remarks, rounds of verification. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase implements Stateful<SubmissionState> {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "form_id")
  public Long formId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "unit_id")
  public Long unitId;

  @Enumerated(EnumType.STRING)
  public SubmissionState state;

  /** How many times the unit has submitted (its submittals are numbered rounds). */
  public int round;

  @Column(name = "returned_count")
  public int returnedCount;

  public String remarks;

  @Column(name = "not_submitted_reason")
  public String notSubmittedReason;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  /** The ETag: moves with every change of the submission, its values and its evidence. */
  public long version;

  public static List<Submission> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }

  public static Submission of(long formId, long unitId) {
    return find("formId = ?1 and unitId = ?2", formId, unitId).firstResult();
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
  public SubmissionState state() {
    return state;
  }

  @Override
  public void enter(SubmissionState next, Instant at) {
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

  /** A new submittal. */
  @Override
  public void nextRound() {
    round++;
  }
}
