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

/** What the unit sent in one round (canonical JSON of its values) and the Sekcam's decision. */
@Entity
@Table(name = "submission_round")
public class SubmissionRound extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id")
  public Long submissionId;

  public int round;
  public String content;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Column(name = "submitted_by")
  public Long submittedBy;

  @Column(name = "submitted_capacity")
  public String submittedCapacity;

  @Column(name = "submitted_at")
  public Instant submittedAt;

  /** VERIFIED or RETURNED, once the Sekcam decided. */
  @Enumerated(EnumType.STRING)
  public SubmissionState decision;

  @Column(name = "decided_by")
  public Long decidedBy;

  @Column(name = "decided_capacity")
  public String decidedCapacity;

  @Column(name = "decided_at")
  public Instant decidedAt;

  public String reason;

  public static List<SubmissionRound> ofSubmission(long submissionId) {
    return list("submissionId = ?1 order by round", submissionId);
  }

  public static SubmissionRound of(long submissionId, int round) {
    return find("submissionId = ?1 and round = ?2", submissionId, round).firstResult();
  }
}
