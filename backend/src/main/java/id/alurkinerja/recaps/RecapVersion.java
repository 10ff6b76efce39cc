package id.alurkinerja.recaps;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a recap's content (canonical JSON) with its SHA-256. Never changed. */
@Entity
@Table(name = "recap_version")
public class RecapVersion extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "recap_id")
  public Long recapId;

  public int number;
  public String content;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  public static RecapVersion of(long recapId, int number) {
    return find("recapId = ?1 and number = ?2", recapId, number).firstResult();
  }
}
