package id.alurkinerja.monitoring;

import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.sla.SlaStatus;
import id.alurkinerja.sla.SlaWork;
import id.alurkinerja.submissions.SubmissionState;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SOP monitoring sheet and the dashboard. */
public final class MonitoringDtos {

  private MonitoringDtos() {}

  @Schema(name = "SopRefusal", description = "A refusal, return or withdrawal recorded at a step, with its reason")
  public record Refusal(@Schema(required = true) Instant at, String byName, String capacity,
      @Schema(required = true, description = "The transition, e.g. RETURN_TO_STAF") String outcome,
      @Schema(required = true) String reason, @Schema(description = "The unit concerned") String unitName) {}

  @Schema(name = "StepMonitoring", description = "One step of the SOP against its mutu baku, from the real timestamps")
  public record StepRow(
      @Schema(required = true) int number,
      @Schema(required = true) String title,
      @Schema(required = true) String lane,
      @Schema(required = true, description = "The mutu baku as the SOP words it", examples = "2 hari") String mutuBaku,
      @Schema(required = true, description = "NOT_STARTED, the worst open state, or KEPT / NOT_KEPT once done")
      SlaStatus status,
      @Schema(required = true, description = "Pieces of work measured (rounds, and units where per bagian)") int tasks,
      @Schema(required = true, description = "Rounds: 1, plus one per return") int rounds,
      @Schema(required = true, description = "Office minutes the mutu baku allowed, all pieces together")
      long budgetMinutes,
      @Schema(required = true, description = "Office minutes actually taken so far") long elapsedMinutes,
      @Schema(description = "Whether every piece kept its mutu baku; null while work is open or not begun")
      Boolean kept,
      Instant startedAt,
      @Schema(description = "When its last piece was done, once all are") Instant finishedAt,
      @Schema(description = "Due time of the open piece that falls due first") Instant dueAt,
      @Schema(required = true) List<Refusal> refusals) {}

  @Schema(name = "UnitMonitoring", description = "A unit's own data against the letter's tenggat")
  public record UnitRow(
      @Schema(required = true) long unitId,
      @Schema(required = true) String unitName,
      @Schema(required = true) SubmissionState state,
      @Schema(description = "Tenggat as a due time (closing time of the letter's date)") Instant dueAt,
      @Schema(description = "When the unit last handed its data in") Instant handedInAt,
      @Schema(required = true) SlaStatus status,
      @Schema(required = true, description = "Working days with office time left before the tenggat") int workingDaysLeft) {}

  @Schema(name = "SopMonitoring", description = "The SOP monitoring sheet of a cycle (PermenPAN-RB 35/2012 style)")
  public record SheetView(
      @Schema(required = true) long cycleId,
      @Schema(required = true) int year,
      @Schema(required = true) String title,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String kecamatanName,
      @Schema(required = true) String timeZone,
      @Schema(required = true) long sopVersionId,
      @Schema(required = true) int sopVersion,
      @Schema(required = true) CycleStatus status,
      @Schema(required = true, description = "The step with work still open; 0 outside the SOP") int currentStep,
      @Schema(required = true) Instant generatedAt,
      @Schema(required = true) List<StepRow> steps,
      @Schema(required = true) List<UnitRow> units) {}

  @Schema(name = "OpenTaskSla", description = "Open work at risk or overdue")
  public record OpenTask(@Schema(required = true) long stepTaskId, @Schema(required = true) long cycleId,
      @Schema(required = true) int year, @Schema(required = true) int step, @Schema(required = true) String stepTitle,
      @Schema(required = true) SlaWork work, Long unitId, String unitName, @Schema(required = true) SlaStatus status,
      @Schema(required = true) Instant dueAt, @Schema(required = true) int usedPercent,
      @Schema(required = true, description = "Where the SPA shows it") String link) {}

  @Schema(name = "StepTime", description = "Average working time of a step against its mutu baku")
  public record StepTime(@Schema(required = true) int step, @Schema(required = true) String title,
      @Schema(required = true) String mutuBaku, @Schema(required = true) long averageBudgetMinutes,
      @Schema(required = true) long averageElapsedMinutes, @Schema(required = true) int samples,
      @Schema(required = true) int kept) {}

  @Schema(name = "SasaranCapaian", description = "Capaian of a sasaran in the cycle's latest recap, with its band")
  public record SasaranCapaian(@Schema(required = true) String code, @Schema(required = true) String name,
      BigDecimal capaian, String band) {}

  @Schema(name = "CycleSummary", description = "A cycle on the dashboard")
  public record CycleSummary(@Schema(required = true) long cycleId, @Schema(required = true) int year,
      @Schema(required = true) String title, @Schema(required = true) CycleStatus status,
      @Schema(required = true) int step, @Schema(required = true) String stepTitle) {}

  @Schema(name = "KecamatanDashboard", description = "One kecamatan on the dashboard")
  public record KecamatanBoard(
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String kecamatanName,
      @Schema(required = true) String timeZone,
      @Schema(required = true) List<CycleSummary> cycles,
      @Schema(description = "The cycle the rest is about: the newest in progress, else the newest") Long cycleId,
      @Schema(required = true) List<OpenTask> overdue,
      @Schema(required = true) List<OpenTask> atRisk,
      @Schema(required = true, description = "The units' data in that cycle") List<UnitRow> units,
      @Schema(required = true, description = "Working time per step against mutu baku, over all its cycles")
      List<StepTime> stepTimes,
      @Schema(required = true) List<SasaranCapaian> capaian) {}

  @Schema(name = "Dashboard", description = "Cycles by step, late work, units' progress and working time per step")
  public record Board(@Schema(required = true) Instant generatedAt,
      @Schema(required = true) List<KecamatanBoard> kecamatan) {}
}
