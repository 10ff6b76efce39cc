package id.alurkinerja.documents;

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

/**
 * A PDF the SOP issued: stored once, never changed, with its SHA-256, the content version it was
 * printed from and the short code its QR leads to. The file is in {@link IssuedFile}.
 */
@Entity
@Table(name = "issued_document")
public class IssuedDocument extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "cycle_id")
  public Long cycleId;

  @Enumerated(EnumType.STRING)
  public IssuedKind kind;

  /** The document kind it was printed from, e.g. "form". */
  @Column(name = "source_type")
  public String sourceType;

  @Column(name = "source_id")
  public Long sourceId;

  @Column(name = "source_version")
  public int sourceVersion;

  /** The hash of the content version that was approved and printed. */
  @Column(name = "source_sha256")
  public String sourceSha256;

  @Column(name = "addressee_unit_id")
  public Long addresseeUnitId;

  @Column(name = "copy_key")
  public long copyKey;

  public String code;

  /** SHA-256 of the PDF file as issued (after any PAdES signature). */
  public String sha256;

  @Column(name = "size_bytes")
  public int sizeBytes;

  public int pages;

  @Enumerated(EnumType.STRING)
  public PdfSignature signature;

  /** {@link IssuedFacts} as JSON: what the document says, no more. */
  public String facts;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  public static List<IssuedDocument> ofSource(String sourceType, long sourceId) {
    return list("sourceType = ?1 and sourceId = ?2 order by id", sourceType, sourceId);
  }

  public static IssuedDocument byCode(String code) {
    return find("code", code).firstResult();
  }
}
