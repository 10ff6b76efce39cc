package id.alurkinerja.distribution;

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

/** The signed form and letter sent to one unit, replacing the courier's book; receipt confirmed. */
@Entity
@Table(name = "dispatch")
public class Dispatch extends PanacheEntityBase {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DispatchState")
  public enum State { SENT, RECEIVED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "form_id")
  public Long formId;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "unit_id")
  public Long unitId;

  @Enumerated(EnumType.STRING)
  public State state;

  @Column(name = "sent_at")
  public Instant sentAt;

  @Column(name = "sent_by")
  public Long sentBy;

  @Column(name = "received_at")
  public Instant receivedAt;

  @Column(name = "received_by")
  public Long receivedBy;

  @Column(name = "received_by_name")
  public String receivedByName;

  @Column(name = "received_capacity")
  public String receivedCapacity;

  @Version
  public long version;

  public static List<Dispatch> ofForm(long formId) {
    return list("formId = ?1 order by id", formId);
  }
}
