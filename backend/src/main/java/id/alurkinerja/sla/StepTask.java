package id.alurkinerja.sla;

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
import java.util.List;

/**
 * One piece of a step's work on its SLA clock: opened when the work arrives, closed by the transition
 * that ends it, its due time fixed from the step's mutu baku and the kecamatan's calendar.
 */
@Entity
@Table(name = "step_task")
public class StepTask extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "kecamatan_id")
  public Long kecamatanId;

  @Column(name = "cycle_id")
  public Long cycleId;

  public int step;

  @Enumerated(EnumType.STRING)
  public SlaWork work;

  @Enumerated(EnumType.STRING)
  @Column(name = "document_kind")
  public SlaDocument documentKind;

  @Column(name = "document_id")
  public Long documentId;

  @Column(name = "unit_id")
  public Long unitId;

  public int round;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "due_at")
  public Instant dueAt;

  @Column(name = "at_risk_at")
  public Instant atRiskAt;

  /** Office minutes from start to due time. */
  @Column(name = "budget_minutes")
  public int budgetMinutes;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** Office minutes from start to finish, fixed when it finishes. */
  @Column(name = "elapsed_minutes")
  public Integer elapsedMinutes;

  @Column(name = "finished_by")
  public Long finishedBy;

  @Column(name = "finished_by_name")
  public String finishedByName;

  @Column(name = "finished_capacity")
  public String finishedCapacity;

  /** The transition that ended it. */
  public String outcome;

  /** Whether it ended by a refusal, return or withdrawal (the reason says why). */
  public boolean refused;

  public String reason;

  @Column(name = "at_risk_notified_at")
  public Instant atRiskNotifiedAt;

  @Column(name = "overdue_notified_at")
  public Instant overdueNotifiedAt;

  public boolean open() {
    return finishedAt == null;
  }

  /** The work it is, whatever the round: at most one of these is open at a time. */
  public String key() {
    return key(work, documentId);
  }

  static String key(SlaWork work, long documentId) {
    return work + "/" + work.document() + "/" + documentId;
  }

  public static List<StepTask> openOfCycle(long cycleId) {
    return list("cycleId = ?1 and finishedAt is null", cycleId);
  }

  public static List<StepTask> ofCycle(long cycleId) {
    return list("cycleId = ?1 order by step, startedAt, id", cycleId);
  }

  /** Open work in these kecamatan, for the inbox. */
  public static List<StepTask> openIn(List<Long> kecamatanIds) {
    return list("kecamatanId in ?1 and finishedAt is null", kecamatanIds);
  }
}
