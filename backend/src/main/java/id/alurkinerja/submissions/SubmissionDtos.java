package id.alurkinerja.submissions;

import id.alurkinerja.access.Verb;
import id.alurkinerja.attachments.AttachmentView;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Polarity;
import id.alurkinerja.platform.problem.FieldErrorCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the submission endpoints (step 7). */
public final class SubmissionDtos {

  private SubmissionDtos() {}

  @Schema(name = "SubmissionSummary", description = "One unit's submission in the Sekcam's grid")
  public record SubmissionSummary(
      @Schema(required = true) long id,
      @Schema(required = true) long unitId,
      @Schema(required = true) String unitName,
      @Schema(required = true) SubmissionState state,
      @Schema(required = true, description = "Times submitted") int round,
      @Schema(required = true, description = "Times returned by the Sekcam") int returnedCount,
      @Schema(required = true) int indicators,
      @Schema(required = true, description = "Indicators with a value") int filled,
      @Schema(required = true) Instant stateChangedAt,
      @Schema(required = true, description = "The submission's version: its ETag is this number in quotes, "
          + "to send as If-Match when verifying from the grid") long version) {}

  @Schema(name = "SubmissionIndicator", description = "An indicator the unit reports, with its value")
  public record IndicatorValue(
      @Schema(required = true) String sasaranCode,
      @Schema(required = true) String sasaranName,
      @Schema(required = true) String code,
      @Schema(required = true) String name,
      @Schema(required = true) String satuan,
      @Schema(required = true) DataType dataType,
      @Schema(required = true) Polarity polarity,
      BigDecimal target,
      String targetText,
      String guidance,
      @Schema(required = true) boolean evidenceRequired,
      @Schema(description = "Realisasi, for numeric and yesno indicators") BigDecimal value,
      @Schema(description = "Realisasi in words, for text indicators") String text,
      String remark,
      @Schema(description = "Capaian in percent; absent when it cannot be computed") BigDecimal capaian,
      @Schema(description = "Why capaian is absent, e.g. belum diisi, target nol") String capaianNote,
      @Schema(description = "sangat tinggi, tinggi, sedang, rendah, sangat rendah") String band,
      @Schema(required = true, description = "The verifier's notes on the latest returned round")
      List<NoteView> notes) {}

  @Schema(name = "SubmissionNoteView")
  public record NoteView(@Schema(required = true) int round, String indicatorCode,
      @Schema(required = true) SubmissionNote.ReasonCode reasonCode, @Schema(required = true) String text,
      @Schema(required = true) String authorCapacity, @Schema(required = true) Instant createdAt) {}

  @Schema(name = "MissingItem", description = "What must be filled before the unit can submit")
  public record MissingItem(@Schema(required = true) String indicatorCode,
      @Schema(required = true, description = "VALUE_MISSING or EVIDENCE_MISSING") FieldErrorCode code) {}

  @Schema(name = "SubmissionView")
  public record SubmissionView(
      @Schema(required = true) long id,
      @Schema(required = true) long formId,
      @Schema(required = true) int year,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) long unitId,
      @Schema(required = true) String unitName,
      @Schema(required = true) SubmissionState state,
      @Schema(required = true, description = "SOP step: 7") int step,
      @Schema(required = true, description = "What this step is, for the unit or the Sekcam") String stepTitle,
      @Schema(required = true) int round,
      @Schema(required = true) int returnedCount,
      String remarks,
      String notSubmittedReason,
      @Schema(required = true) Instant stateChangedAt,
      @Schema(required = true, description = "Whether the unit confirmed receipt of the letter") boolean received,
      @Schema(required = true) List<IndicatorValue> indicators,
      @Schema(required = true, description = "General notes of the latest returned round") List<NoteView> notes,
      @Schema(required = true, description = "Evidence files") List<AttachmentView> attachments,
      @Schema(required = true, description = "What the API accepts as evidence") EvidenceLimits evidenceLimits,
      @Schema(required = true, description = "Checked by the system before a human looks") List<MissingItem> missing,
      @Schema(required = true) List<Verb> verbs,
      @Schema(required = true) List<SubmissionTransition> transitions,
      @Schema(required = true, description = "Whether the current user may save values and evidence now")
      boolean editable,
      @Schema(required = true, description = "Concurrency version, also the ETag") long version) {}

  @Schema(name = "EvidenceLimits", description = "Evidence the API accepts, and how much of it is used")
  public record EvidenceLimits(
      @Schema(required = true, description = "Largest file, in bytes") long maxFileBytes,
      @Schema(required = true, description = "All evidence of one submission together, in bytes") long maxTotalBytes,
      @Schema(required = true, description = "Stored for this submission, in bytes; deleted files count, they stay archived")
      long usedBytes,
      @Schema(required = true, description = "Media types accepted, recognised by content")
      List<String> mediaTypes) {}

  @Schema(name = "ValueInput")
  public record ValueInput(
      @Schema(required = true) @NotBlank @Size(max = 32) String indicatorCode,
      @Schema(description = "Realisasi for numeric and yesno (0/1) indicators")
      @Digits(integer = 14, fraction = 4) BigDecimal value,
      @Schema(description = "Realisasi for text indicators") @Size(max = 2000) String text,
      @Size(max = 2000) String remark) {}

  @Schema(name = "SubmissionSaveRequest", description = "A draft save; the values given replace those stored")
  public record SubmissionSaveRequest(
      @Size(max = 4000) String remarks,
      @Schema(required = true) @NotNull @Size(max = 500) List<@NotNull @Valid ValueInput> values) {}

  public enum VerificationOutcome { VERIFY, RETURN }

  @Schema(name = "VerificationNoteInput")
  public record VerificationNoteInput(
      @Schema(description = "The indicator concerned; absent for a general note") @Size(max = 32) String indicatorCode,
      @Schema(required = true) @NotNull SubmissionNote.ReasonCode reasonCode,
      @Schema(required = true) @NotBlank @Size(max = 2000) String text) {}

  @Schema(name = "VerificationRequest", description = "Step 7: accept the unit's data, or return it")
  public record VerificationRequest(
      @Schema(required = true) @NotNull VerificationOutcome decision,
      @Schema(description = "Required when returning") @Size(max = 2000) String reason,
      @Size(max = 200) List<@NotNull @Valid VerificationNoteInput> notes) {}

  @Schema(name = "NonSubmissionRequest", description = "The unit never reported (tidak menyampaikan)")
  public record NonSubmissionRequest(@Schema(required = true) @NotBlank @Size(max = 2000) String reason) {}

  @Schema(name = "SubmissionRoundView", description = "What the unit sent in one round, and the decision")
  public record RoundView(
      @Schema(required = true) int round,
      @Schema(required = true) Instant submittedAt,
      @Schema(required = true) String submittedCapacity,
      @Schema(required = true) String contentSha256,
      @Schema(description = "VERIFIED or RETURNED, once the Sekcam decided") SubmissionState decision,
      Instant decidedAt,
      String decidedCapacity,
      String reason,
      @Schema(required = true) List<RoundValue> values,
      @Schema(required = true, description = "Indicators whose value differs from the previous round")
      List<String> changedFromPrevious,
      @Schema(required = true) List<NoteView> notes) {}

  @Schema(name = "SubmissionRoundValue")
  public record RoundValue(@Schema(required = true) String indicatorCode, BigDecimal value, String text,
      String remark) {}
}
