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
import java.time.Instant;
import java.util.List;

/** The verifier's note on a returned round: which indicator, what is wrong, and why. */
@Entity
@Table(name = "submission_note")
public class SubmissionNote extends PanacheEntityBase {

  /** Why a value was returned. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "VerificationReasonCode")
  public enum ReasonCode { INCOMPLETE, INCONSISTENT, MISSING_EVIDENCE, OTHER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id")
  public Long submissionId;

  public int round;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "reason_code")
  public ReasonCode reasonCode;

  public String text;

  @Column(name = "author_user_id")
  public Long authorUserId;

  @Column(name = "author_capacity")
  public String authorCapacity;

  @Column(name = "created_at")
  public Instant createdAt;

  public static List<SubmissionNote> ofSubmission(long submissionId) {
    return list("submissionId = ?1 order by id", submissionId);
  }
}
