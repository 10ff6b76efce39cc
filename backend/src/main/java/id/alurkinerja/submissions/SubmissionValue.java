package id.alurkinerja.submissions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The realisasi a unit entered for one indicator. */
@Entity
@Table(name = "submission_value")
public class SubmissionValue extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id")
  public Long submissionId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Column(name = "value_number")
  public BigDecimal valueNumber;

  @Column(name = "value_text")
  public String valueText;

  public String remark;

  @Column(name = "updated_by")
  public Long updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static List<SubmissionValue> ofSubmission(long submissionId) {
    return list("submissionId = ?1 order by id", submissionId);
  }
}
