package id.alurkinerja.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A kecamatan's kop surat: its address and contact lines, logo, place of writing and tembusan. */
@Entity
@Table(name = "letterhead")
public class Letterhead extends PanacheEntityBase {

  @Id
  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public String address;
  public String contact;
  public String place;
  public String tembusan;

  @Basic(fetch = FetchType.LAZY)
  public byte[] logo;

  @Column(name = "logo_type")
  public String logoType;

  /** Moved by every change (1 for a new kop surat; a kecamatan without one reads as version 0). */
  public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  /** The tembusan addressees, one per line, blanks dropped. */
  public List<String> tembusanLines() {
    return tembusan == null ? List.of() : Arrays.stream(tembusan.split("\\R")).map(String::trim)
        .filter(line -> !line.isEmpty()).toList();
  }
}
