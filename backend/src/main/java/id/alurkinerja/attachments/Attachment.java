package id.alurkinerja.attachments;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An evidence file (bukti dukung) of a submission, optionally for one indicator. */
@Entity
@Table(name = "attachment")
public class Attachment extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "submission_id")
  public Long submissionId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public String filename;

  @Column(name = "media_type")
  public String mediaType;

  @Column(name = "size_bytes")
  public long sizeBytes;

  public String sha256;

  @Column(name = "uploaded_by")
  public Long uploadedBy;

  @Column(name = "uploaded_at")
  public Instant uploadedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Column(name = "deleted_by")
  public Long deletedBy;

  public static List<Attachment> ofSubmission(long submissionId) {
    return list("submissionId = ?1 and deletedAt is null order by id", submissionId);
  }
}
