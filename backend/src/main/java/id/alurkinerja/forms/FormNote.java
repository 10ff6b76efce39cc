package id.alurkinerja.forms;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A correction or refusal note for the Staf, about the whole form or one indicator. */
@Entity
@Table(name = "form_note")
public class FormNote extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "form_id")
  public Long formId;

  @Column(name = "form_version")
  public int formVersion;

  @Column(name = "indicator_code")
  public String indicatorCode;

  public String text;

  @Column(name = "author_user_id")
  public Long authorUserId;

  @Column(name = "author_capacity")
  public String authorCapacity;

  @Column(name = "created_at")
  public Instant createdAt;

  public static List<FormNote> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }
}
