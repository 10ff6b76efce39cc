package id.alurkinerja.submissions;

import id.alurkinerja.workflow.DocumentEntity;
import id.alurkinerja.workflow.Stateful;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One reporting unit's data for a form: realisasi per indicator, remarks, rounds of verification. */
@Entity
@Table(name = "submission")
public class Submission extends DocumentEntity implements Stateful<SubmissionState> {
  @Column(name = "form_id")
  public Long formId;

  @Column(name = "unit_id")
  public Long unitId;

  @Enumerated(EnumType.STRING)
  public SubmissionState state;

  @Column(name = "returned_count")
  public int returnedCount;

  public String remarks;

  @Column(name = "not_submitted_reason")
  public String notSubmittedReason;

  public static List<Submission> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }

  public static Submission of(long formId, long unitId) {
    return find("formId = ?1 and unitId = ?2", formId, unitId).firstResult();
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
}
