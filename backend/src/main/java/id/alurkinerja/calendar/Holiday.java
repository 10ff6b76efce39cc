package id.alurkinerja.calendar;

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
import java.util.List;

/** A day the office is closed: national (no kabupaten, no kecamatan), a kabupaten's or a kecamatan's. */
@Entity
@Table(name = "holiday")
public class Holiday extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kabupaten_id")
  public Long kabupatenId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public LocalDate day;

  @Enumerated(EnumType.STRING)
  public HolidayKind kind;

  public String name;
  public String source;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public HolidayScope scope() {
    return kecamatanId != null ? HolidayScope.KECAMATAN : kabupatenId != null ? HolidayScope.KABUPATEN
        : HolidayScope.NATIONAL;
  }

  /** Every day off that applies to a kecamatan: national, its kabupaten's and its own. */
  public static List<Holiday> applyingTo(long kabupatenId, long kecamatanId) {
    return list("(kabupatenId is null and kecamatanId is null) or kabupatenId = ?1 or kecamatanId = ?2 "
        + "order by day", kabupatenId, kecamatanId);
  }
}
