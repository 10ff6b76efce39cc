package id.alurkinerja.org;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A kabupaten/kota: the tenant above kecamatan; its KABUPATEN officers read across them. */
@Entity
@Table(name = "kabupaten")
public class Kabupaten extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String code;
  public String name;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  public static Kabupaten findByCode(String code) {
    return find("code", code).firstResult();
  }
}
