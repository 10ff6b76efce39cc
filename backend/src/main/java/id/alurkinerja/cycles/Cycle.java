package id.alurkinerja.cycles;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One run of the SOP for a kecamatan and a year, e.g. "Data Kinerja 2026". */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public int year;
  public String title;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static Cycle of(long kecamatanId, int year) {
    return find("kecamatanId = ?1 and year = ?2", kecamatanId, year).firstResult();
  }
}
