package id.alurkinerja.calendar;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A kecamatan's office week: the standing one (no dates) or an override for a date range. */
@Entity
@Table(name = "office_schedule")
public class OfficeSchedule extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  public String name;

  @Column(name = "valid_from")
  public LocalDate validFrom;

  @Column(name = "valid_to")
  public LocalDate validTo;

  @Column(name = "created_by")
  public Long createdBy;

  @Column(name = "created_at", insertable = false, updatable = false)
  public Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "office_day", joinColumns = @JoinColumn(name = "schedule_id"))
  @OrderBy("weekday")
  public List<OfficeDay> days = new ArrayList<>();

  public boolean standing() {
    return validFrom == null;
  }

  public WeekHours week() {
    Map<DayOfWeek, DayHours> week = new EnumMap<>(DayOfWeek.class);
    for (OfficeDay d : days) {
      week.put(DayOfWeek.of(d.weekday), d.hours());
    }
    return new WeekHours(week);
  }

  public static List<OfficeSchedule> of(long kecamatanId) {
    return list("kecamatanId = ?1 order by validFrom nulls first, id", kecamatanId);
  }
}
