package id.alurkinerja.submissions;

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
import java.util.List;

/** One reporting unit's data for a form: realisasi per indicator, remarks, rounds of verification. */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
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

  /** How many times the unit has submitted. */
  public int round;

  @Column(name = "returned_count")
  public int returnedCount;

  public String remarks;

  @Column(name = "not_submitted_reason")
  public String notSubmittedReason;

  @Column(name = "state_changed_at")
  public Instant stateChangedAt;

  @Version
  public long version;

  public static List<Submission> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }
}
