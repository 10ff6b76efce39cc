package id.alurkinerja.sop;

import id.alurkinerja.access.Role;
import id.alurkinerja.sop.SopStep.Duration;
import id.alurkinerja.sop.SopStep.Symbol;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the SOP endpoints. */
public final class SopDtos {

  private SopDtos() {}

  @Schema(name = "SopDuration", description = "A mutu baku's time: working days or office minutes, per bagian "
      + "(multiplied by the units addressed) where it says so")
  public record DurationView(
      @Schema(required = true, examples = "30") @NotNull @Min(1) @Max(10000) Integer amount,
      @Schema(required = true) @NotNull Duration.Unit unit,
      @Schema(required = true) @NotNull Boolean perUnit) {
    static DurationView of(Duration d) {
      return new DurationView(d.amount(), d.unit(), d.perUnit());
    }

    Duration duration() {
      return new Duration(amount, unit, perUnit);
    }
  }

  @Schema(name = "SopStep", description = "One step of the SOP (uraian prosedur)")
  public record StepView(
      @Schema(required = true, description = "1-11") int number,
      @Schema(required = true) String title,
      @Schema(required = true, description = "The pelaksana lane, e.g. Kasubbag dan Kasi") String lane,
      @Schema(required = true, description = "The role whose verbs do the step") Role actorRole,
      @Schema(required = true, description = "Persyaratan/kelengkapan") String requirement,
      @Schema(required = true, description = "Mutu baku: the time the step may take", examples = "10 hari")
      String time,
      @Schema(required = true) DurationView duration,
      @Schema(required = true) String output,
      @Schema(required = true, description = "How the flowchart draws it") Symbol symbol,
      @Schema(description = "The answer that branches, e.g. Tidak") String decision,
      @Schema(description = "Where that answer sends the work back to") Integer refusalStep,
      @Schema(description = "Keterangan") String notes) {
    static StepView of(Sop.Step s) {
      return new StepView(s.number(), s.title(), s.lane(), s.actorRole(), s.requirement(), s.time(),
          DurationView.of(s.duration()), s.output(), s.symbol(), s.decision(), s.refusalStep(), s.notes());
    }
  }

  @Schema(name = "SopView", description = "A version of the kecamatan's SOP Pengumpulan Data Kinerja")
  public record SopView(
      @Schema(required = true) long versionId,
      @Schema(required = true, description = "1 for the SOP as seeded; each revision adds one") int version,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String title,
      @Schema(required = true) LocalDate effectiveFrom,
      @Schema(description = "What the revision changed") String note,
      @Schema(required = true, description = "The pelaksana lanes, in the SOP table's column order")
      List<String> lanes,
      @Schema(required = true) List<StepView> steps,
      @Schema(required = true, description = "What the units themselves do during step 7") String unitWork,
      @Schema(required = true, description = "How a finished cycle reads") String finished,
      @Schema(required = true, description = "How a first-year cycle with an imported format reads") String outside) {
    static SopView of(Sop sop) {
      return new SopView(sop.versionId(), sop.version(), sop.kecamatanId(), sop.title(), sop.effectiveFrom(),
          sop.note(), sop.lanes(), sop.steps().stream().map(StepView::of).toList(), SopStep.UNIT_WORK,
          SopStep.FINISHED, SopStep.OUTSIDE);
    }
  }

  @Schema(name = "SopVersionSummary")
  public record VersionSummary(@Schema(required = true) long versionId, @Schema(required = true) int version,
      @Schema(required = true) String title, @Schema(required = true) LocalDate effectiveFrom, String note,
      @Schema(required = true) Instant createdAt) {}

  @Schema(name = "SopStepText", description = "A step's words and mutu baku in a revision; who acts and the "
      + "transitions stay as the code has them")
  public record StepText(
      @Schema(required = true) @NotNull @Min(1) @Max(11) Integer number,
      @Schema(required = true) @NotBlank @Size(max = 300) String title,
      @Schema(required = true) @NotBlank @Size(max = 80) String lane,
      @Schema(required = true) @NotBlank @Size(max = 500) String requirement,
      @Schema(required = true, examples = "2 hari") @NotBlank @Size(max = 80) String time,
      @Schema(required = true) @Valid @NotNull DurationView duration,
      @Schema(required = true) @NotBlank @Size(max = 500) String output,
      @Size(max = 500) String notes) {}

  @Schema(name = "SopRevision", description = "A new version of the SOP; cycles already running keep theirs")
  public record Revision(
      @Schema(required = true) @NotBlank @Size(max = 200) String title,
      @Schema(required = true) @NotNull LocalDate effectiveFrom,
      @Schema(description = "What changes, e.g. the Perbup it follows") @Size(max = 2000) String note,
      @Schema(required = true) @NotNull @Size(min = 11, max = 11) List<@Valid @NotNull StepText> steps) {}
}
