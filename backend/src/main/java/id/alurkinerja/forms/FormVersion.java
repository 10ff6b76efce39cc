package id.alurkinerja.forms;

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

/** One saved version of a form's content (canonical JSON) with its SHA-256. Never changed. */
@Entity
@Table(name = "form_version")
public class FormVersion extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "form_id")
  public Long formId;

  public int number;
  public String content;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Column(name = "created_by")
  public Long createdBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "state_at_save")
  public FormState stateAtSave;

  @Column(name = "created_at")
  public Instant createdAt;

  public static FormVersion of(long formId, int number) {
    return find("formId = ?1 and number = ?2", formId, number).firstResult();
  }

  public static List<FormVersion> ofForm(long formId) {
    return list("formId = ?1 order by number", formId);
  }
}
