package id.alurkinerja.letters;

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

/** One entry of the outgoing-letter register: a number given once, never reused. */
@Entity
@Table(name = "letter_number")
public class LetterNumber extends PanacheEntityBase {

  /** The form's notification letter, or a letter outside this SOP reserved by hand. */
  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "LetterKind")
  public enum Kind { FORM_LETTER, MANUAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public int year;
  public int seq;
  public String number;

  @Column(name = "letter_date")
  public LocalDate letterDate;

  public String classification;
  public String subject;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Column(name = "form_id")
  public Long formId;

  /** The signed version's hash the number was given to; the number is not part of what was signed. */
  @Column(name = "signed_sha256")
  public String signedSha256;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  public static LetterNumber ofForm(long formId) {
    return find("formId", formId).firstResult();
  }
}
