package id.alurkinerja.sop;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One version of a kecamatan's SOP; immutable once made (a revision is a new version). */
@Entity
@Table(name = "sop_version")
public class SopVersion extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public int version;
  public String title;

  @Column(name = "effective_from")
  public LocalDate effectiveFrom;

  public String note;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static SopVersion latest(long kecamatanId) {
    return find("kecamatanId = ?1 order by version desc", kecamatanId).firstResult();
  }
}
