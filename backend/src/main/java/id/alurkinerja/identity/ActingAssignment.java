package id.alurkinerja.identity;

import id.alurkinerja.access.ActingKind;
import id.alurkinerja.access.Role;
import id.alurkinerja.org.Kecamatan;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Plt./Plh.: a user holds another position (a role at a kecamatan or unit) for a date range. */
@Entity
@Table(name = "acting_assignment")
public class ActingAssignment extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id")
  public Long userId;

  @Enumerated(EnumType.STRING)
  public ActingKind kind;

  @Enumerated(EnumType.STRING)
  public Role role;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "unit_id")
  public Long unitId;

  @Column(name = "starts_on")
  public LocalDate startsOn;

  @Column(name = "ends_on")
  public LocalDate endsOn;

  /** The decree or letter that appoints the acting official (nomor surat perintah). */
  public String basis;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "revoked_by")
  public Long revokedBy;

  public boolean activeOn(LocalDate day) {
    return revokedAt == null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }

  /** The user's assignments in force today, each by the calendar of its own kecamatan. */
  public static List<ActingAssignment> inForce(Long userId, Clock clock) {
    return ofUser(userId).stream().filter(a -> {
      Kecamatan where = Kecamatan.findById(a.kecamatanId);
      return a.activeOn(LocalDate.now(clock.withZone(ZoneId.of(where.timeZone))));
    }).toList();
  }

  public static List<ActingAssignment> ofUser(Long userId) {
    return list("userId = ?1 order by startsOn desc, id desc", userId);
  }
}
