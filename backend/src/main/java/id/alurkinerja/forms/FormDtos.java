package id.alurkinerja.forms;

import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.ApprovalView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the form endpoints. */
public final class FormDtos {

  private FormDtos() {}

  public enum FormSource { EMPTY, PREVIOUS_YEAR }

  @Schema(name = "FormCreateRequest")
  public record FormCreateRequest(
      @Schema(required = true, description = "EMPTY, or PREVIOUS_YEAR to clone last year's signed form")
      @NotNull FormSource source) {}

  @Schema(name = "FormView")
  public record FormView(
      @Schema(required = true) long id,
      @Schema(required = true) long cycleId,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) int year,
      @Schema(required = true) FormState state,
      @Schema(required = true, description = "SOP step the cycle is at while the form is its document: "
          + "the form's own step (1-6), then the step of the units' data and the recap; 0 for an imported form")
      int step,
      @Schema(required = true, examples = "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data")
      String stepTitle,
      @Schema(required = true) FormOrigin origin,
      Long clonedFromFormId,
      @Schema(required = true, description = "Number of the current version") int versionNumber,
      @Schema(required = true, description = "SHA-256 of the current version's canonical JSON; "
          + "send it back when giving paraf or signature") String contentSha256,
      @Schema(required = true) FormContent content,
      @Schema(required = true, description = "Pass through steps 1-4; each return starts a new one") int round,
      @Schema(required = true) Instant stateChangedAt,
      @Schema(required = true) List<ApprovalView> approvals,
      @Schema(required = true) List<NoteView> notes,
      @Schema(required = true, description = "Verbs the current user holds on this form") List<Verb> verbs,
      @Schema(required = true, description = "Transitions the current user may make now")
      List<FormTransition> transitions,
      @Schema(required = true, description = "Whether the current user may save its content now")
      boolean editable,
      @Schema(description = "The letter's number and date, once numbered (step 5)") FormLetterNumber letterNumber,
      @Schema(description = "Dispatches and receipts, once distributed (step 6)") DistributionSummary distribution,
      @Schema(required = true, description = "Concurrency version, also the ETag") long version) {}

  @Schema(name = "FormLetterNumber", description = "The number and date the signed letter was given (step 5)")
  public record FormLetterNumber(
      @Schema(required = true, examples = "000.1.5/017/Kec.Bulu/2026") String number,
      @Schema(required = true, description = "The day it was numbered") LocalDate letterDate) {}

  @Schema(name = "DistributionSummary")
  public record DistributionSummary(@Schema(required = true) int units, @Schema(required = true) int received) {}

  @Schema(name = "NumberingRequest", description = "Step 5: give the signed letter its number")
  public record NumberingRequest(
      @Schema(description = "Classification code; default the kecamatan's, e.g. 000.1.5")
      @Size(max = 40) String classification) {}

  @Schema(name = "FormVersionSummary")
  public record FormVersionSummary(@Schema(required = true) int number,
      @Schema(required = true) String contentSha256, @Schema(required = true) FormState stateAtSave,
      @Schema(required = true) long createdBy, @Schema(required = true) String createdByName,
      @Schema(required = true) Instant createdAt) {}

  @Schema(name = "FormVersionView")
  public record FormVersionView(@Schema(required = true) int number,
      @Schema(required = true) String contentSha256, @Schema(required = true) FormContent content,
      @Schema(required = true, description = "The exact canonical JSON that was hashed") String canonical) {}

  @Schema(name = "NoteInput")
  public record NoteInput(
      @Schema(description = "The indicator it concerns; absent for a general note")
      @Size(max = 32) String indicatorCode,
      @Schema(required = true) @NotBlank @Size(max = 2000) String text) {}

  @Schema(name = "NoteView")
  public record NoteView(@Schema(required = true) long id, @Schema(required = true) int formVersion,
      String indicatorCode, @Schema(required = true) String text,
      @Schema(required = true) String authorCapacity, @Schema(required = true) Instant createdAt) {}

  @Schema(name = "CorrectionRequest", description = "Step 1 done: the Staf sends the drafts for correction")
  public record CorrectionRequest(@Size(max = 2000) String note) {}

  public enum CorrectionOutcome { FORWARD, RETURN }

  @Schema(name = "CorrectionDecision", description = "Step 2: forward to the Sekcam, or return to the Staf")
  public record CorrectionDecision(
      @Schema(required = true) @NotNull CorrectionOutcome decision,
      @Schema(description = "Required when returning") @Size(max = 2000) String reason,
      @Size(max = 100) List<@NotNull @Valid NoteInput> notes) {}

  public enum ApprovalOutcome { APPROVE, REFUSE }

  @Schema(name = "ApprovalRequest", description = "Steps 3-4: paraf or signature, or their refusal")
  public record ApprovalRequest(
      @Schema(required = true, description = "APPROVE, or REFUSE (the Camat's \"Tidak\")")
      @NotNull ApprovalOutcome decision,
      @Schema(required = true, description = "contentSha256 of the version the official was shown")
      @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "SHA256") String contentSha256,
      @Schema(description = "Required when refusing") @Size(max = 2000) String reason,
      @Size(max = 100) List<@NotNull @Valid NoteInput> notes) {}

  @Schema(name = "WithdrawalRequest")
  public record WithdrawalRequest(@Schema(required = true) @NotBlank @Size(max = 2000) String reason) {}

}
