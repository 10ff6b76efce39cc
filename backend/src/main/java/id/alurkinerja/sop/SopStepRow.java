package id.alurkinerja.sop;

import id.alurkinerja.access.Role;
import id.alurkinerja.sop.SopStep.Duration;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;

/** One step of one SOP version, as the kecamatan's SOP text has it. */
@Entity
@Table(name = "sop_step")
@IdClass(SopStepRow.Key.class)
public class SopStepRow extends PanacheEntityBase {

  /** The row's key: version and step number. */
  public record Key(Long sopVersionId, int number) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }

  @Id
  @Column(name = "sop_version_id")
  public Long sopVersionId;

  @Id
  public int number;

  public String title;
  public String lane;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_role")
  public Role actorRole;

  public String requirement;

  @Column(name = "time_text")
  public String timeText;

  @Column(name = "duration_amount")
  public int durationAmount;

  @Enumerated(EnumType.STRING)
  @Column(name = "duration_unit")
  public Duration.Unit durationUnit;

  @Column(name = "per_unit")
  public boolean perUnit;

  public String output;

  @Enumerated(EnumType.STRING)
  public SopStep.Symbol symbol;

  public String decision;

  @Column(name = "refusal_step")
  public Integer refusalStep;

  public String notes;

  public static List<SopStepRow> of(long sopVersionId) {
    return list("sopVersionId = ?1 order by number", sopVersionId);
  }
}
