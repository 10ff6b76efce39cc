package id.alurkinerja.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/** A subbag or seksi of a kecamatan. Units are deactivated, never deleted: history refers to them. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public String code;
  public String name;

  @Enumerated(EnumType.STRING)
  public UnitKind kind;

  /** Whether the unit reports its own data kinerja (receives the form, submits data). */
  public boolean reporting;

  public boolean active;

  @Column(name = "sort_order")
  public int sortOrder;

  @Version
  public long version;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "updated_at")
  public Instant updatedAt;

  public static List<OrgUnit> ofKecamatan(Long kecamatanId) {
    return list("kecamatanId = ?1 order by sortOrder, name", kecamatanId);
  }
}
