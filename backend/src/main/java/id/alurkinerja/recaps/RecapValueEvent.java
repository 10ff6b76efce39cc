package id.alurkinerja.recaps;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A value entered into the recap from a unit's submission, or corrected by the Staf with a reason. */
@Entity
@Table(name = "recap_value_event")
public class RecapValueEvent extends PanacheEntityBase {

  @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "RecapValueEventKind")
  public enum Kind { ENTERED, CORRECTED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "recap_id")
  public Long recapId;

  @Column(name = "recap_version")
  public int recapVersion;

  @Column(name = "unit_id")
  public Long unitId;

  @Column(name = "indicator_code")
  public String indicatorCode;

  @Enumerated(EnumType.STRING)
  public Kind kind;

  @Column(name = "old_value")
  public BigDecimal oldValue;

  @Column(name = "new_value")
  public BigDecimal newValue;

  @Column(name = "old_text")
  public String oldText;

  @Column(name = "new_text")
  public String newText;

  public String reason;

  @Column(name = "actor_user_id")
  public Long actorUserId;

  @Column(name = "actor_name")
  public String actorName;

  public Instant at;
}
