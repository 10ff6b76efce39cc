package id.alurkinerja.org;

import id.alurkinerja.kinerja.LowerFormula;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A kecamatan: every record of the SOP belongs to exactly one. */
@Entity
@Table(name = "kecamatan")
public class Kecamatan extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  public String code;
  public String name;

  @Column(name = "time_zone")
  public String timeZone;

  /** The unit pengelola data kinerja: its Staf does steps 1 and 8, its Kasubbag steps 2, 5, 9. */
  @Column(name = "pengelola_unit_id")
  public Long pengelolaUnitId;

  /** How letter numbers read, e.g. {classification}/{seq}/Kec.{kecamatan}/{year}. */
  @Column(name = "letter_number_pattern")
  public String letterNumberPattern = "{classification}/{seq}/Kec.{kecamatan}/{year}";

  /** Default classification code (Permendagri 83/2022), e.g. 000.1.5. */
  @Column(name = "letter_classification")
  public String letterClassification = "000.1.5";

  /** First sequence number of a year's register. */
  @Column(name = "letter_sequence_start")
  public int letterSequenceStart = 1;

  /** Lower-is-better capaian: RATIO t/r×100, or DIFFERENCE (2t−r)/t×100. */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(name = "capaian_lower_formula")
  public LowerFormula capaianLowerFormula = LowerFormula.RATIO;

  /** The most a sasaran's capaian may count an indicator's capaian for (default 120 %). */
  @Column(name = "capaian_cap")
  public java.math.BigDecimal capaianCap = java.math.BigDecimal.valueOf(120);

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static Kecamatan findByCode(String code) {
    return find("code", code).firstResult();
  }

  public static List<Kecamatan> ofKabupaten(Long kabupatenId) {
    return list("kabupatenId = ?1 order by name", kabupatenId);
  }
}
