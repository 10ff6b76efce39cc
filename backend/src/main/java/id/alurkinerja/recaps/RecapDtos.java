package id.alurkinerja.recaps;

import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.ApprovalView;
import id.alurkinerja.kinerja.Aggregation;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Polarity;
import id.alurkinerja.submissions.SubmissionState;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the recap endpoints (steps 8-11). */
public final class RecapDtos {

  private RecapDtos() {}

  @Schema(name = "RecapUnit", description = "A unit's place in the recap")
  public record UnitView(@Schema(required = true) long unitId, @Schema(required = true) String unitName,
      @Schema(required = true, description = "State of its submission")
      SubmissionState submissionState,
      @Schema(description = "When its data was entered into the recap (step 8)") Instant enteredAt,
      @Schema(required = true) EntryStatus status) {}

  /** Whether a unit's data is in the recap, and how. */
  @Schema(name = "RecapEntryStatus")
  public enum EntryStatus { NOT_ENTERED, VERIFIED, NOT_SUBMITTED }

  @Schema(name = "RecapUnitValue")
  public record UnitValue(@Schema(required = true) long unitId, @Schema(required = true) String unitName,
      BigDecimal value, String text, String remark,
      @Schema(required = true, description = "The unit did not report (tidak menyampaikan)") boolean notSubmitted,
      @Schema(required = true, description = "Corrected by the Staf after entry") boolean corrected) {}

  @Schema(name = "RecapIndicator")
  public record IndicatorView(@Schema(required = true) String code, @Schema(required = true) String name,
      @Schema(required = true) String satuan, @Schema(required = true) DataType dataType,
      @Schema(required = true) Polarity polarity, @Schema(required = true) Aggregation aggregation,
      BigDecimal target, String targetText,
      @Schema(required = true) List<UnitValue> units,
      @Schema(description = "The units' values combined as the indicator says") BigDecimal aggregate,
      BigDecimal capaian, String capaianNote, String band) {}

  @Schema(name = "RecapSasaran")
  public record SasaranView(@Schema(required = true) String code, @Schema(required = true) String name,
      @Schema(required = true) List<IndicatorView> indicators,
      @Schema(description = "Average of its indicators' capaian, each capped at the kecamatan's maximum (120 % by default)") BigDecimal capaian,
      String band) {}

  @Schema(name = "RecapView")
  public record RecapView(
      @Schema(required = true) long id,
      @Schema(required = true) long formId,
      @Schema(required = true) int year,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) RecapState state,
      @Schema(required = true, description = "SOP step, 8-11") int step,
      @Schema(required = true) String stepTitle,
      @Schema(required = true) int round,
      @Schema(required = true) int versionNumber,
      @Schema(required = true, description = "Send it back when validating, giving paraf or signing")
      String contentSha256,
      @Schema(required = true) List<UnitView> units,
      @Schema(required = true) List<SasaranView> sasaran,
      @Schema(required = true, description = "Validation, paraf and signature, and their refusals")
      List<ApprovalView> approvals,
      @Schema(description = "The signed recap this ralat corrects") Long ralatOf,
      String ralatReason,
      @Schema(description = "The ralat that replaced this recap") Long supersededBy,
      @Schema(required = true) Instant stateChangedAt,
      @Schema(required = true) List<Verb> verbs,
      @Schema(required = true) List<RecapTransition> transitions,
      @Schema(required = true, description = "Whether the current user may enter units and correct values now")
      boolean editable,
      @Schema(required = true, description = "Concurrency version, also the ETag") long version) {}

  @Schema(name = "RecapEntryRequest", description = "Step 8: enter one unit's verified data")
  public record EntryRequest(@Schema(required = true) @NotNull Long unitId) {}

  @Schema(name = "RecapCorrection")
  public record Correction(
      @Schema(required = true) @NotBlank @Size(max = 32) String indicatorCode,
      @Schema(required = true) @NotNull Long unitId,
      @Digits(integer = 14, fraction = 4) BigDecimal value,
      @Size(max = 2000) String text,
      @Schema(required = true, description = "Why the entered value is corrected") @NotBlank @Size(max = 2000)
      String reason) {}

  @Schema(name = "RecapCorrectionRequest", description = "Step 8: correct data-entry mistakes, each with a reason")
  public record CorrectionRequest(@Schema(required = true) @NotNull @Size(min = 1, max = 200)
      List<@NotNull @Valid Correction> corrections) {}

  public enum ValidationOutcome { VALIDATE, RETURN }

  @Schema(name = "RecapValidationRequest", description = "Step 9: validate, or return to the Staf")
  public record ValidationRequest(@Schema(required = true) @NotNull ValidationOutcome decision,
      @Schema(required = true, description = "contentSha256 of the version validated")
      @NotNull @jakarta.validation.constraints.Pattern(regexp = "[0-9a-f]{64}") String contentSha256,
      @Schema(description = "Required when returning") @Size(max = 2000) String reason) {}

  @Schema(name = "RalatRequest", description = "Correct a signed recap: a new version through steps 9-11")
  public record RalatRequest(@Schema(required = true) @NotBlank @Size(max = 2000) String reason) {}

  @Schema(name = "RecapValueHistory", description = "Who entered or changed a value, and why")
  public record HistoryEntry(@Schema(required = true) String indicatorCode, @Schema(required = true) long unitId,
      @Schema(required = true) RecapValueEvent.Kind kind, BigDecimal oldValue, BigDecimal newValue,
      String oldText, String newText, String reason, @Schema(required = true) String actorName,
      @Schema(required = true) Instant at, @Schema(required = true) int recapVersion) {}
}
