package id.alurkinerja.cycles;

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

  @Enumerated(EnumType.STRING)
  public CycleStatus status = CycleStatus.NOT_STARTED;

  /** The SOP step with work still open; 0 before the form exists or for an imported cycle. */
  public int step;

  @Column(name = "form_id")
  public Long formId;

  /** The recap being worked on or signed last (a ralat replaces it). */
  @Column(name = "recap_id")
  public Long recapId;

  /** The signed recap that stands, if any. */
  @Column(name = "signed_recap_id")
  public Long signedRecapId;

  @Column(name = "status_changed_at")
  public Instant statusChangedAt;

  /** The SOP version the cycle runs on (the kecamatan's current one when it started). */
  @Column(name = "sop_version_id")
  public Long sopVersionId;

  public static Cycle of(long kecamatanId, int year) {
    return find("kecamatanId = ?1 and year = ?2", kecamatanId, year).firstResult();
  }
}
