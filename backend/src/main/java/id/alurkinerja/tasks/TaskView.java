package id.alurkinerja.tasks;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskView", description = "Something waiting for the current user")
public record TaskView(
    @Schema(required = true) TaskKind kind,
    @Schema(required = true, description = "The form") long objectId,
    @Schema(description = "For a receipt to confirm (step 6): the dispatch") Long dispatchId,
    @Schema(description = "For unit data (step 7): the submission") Long submissionId,
    @Schema(description = "For the kecamatan recap (steps 8-11): the recap") Long recapId,
    @Schema(description = "The unit concerned, for DISPATCH and SUBMISSION tasks") Long unitId,
    @Schema(description = "Its name, e.g. Seksi Pemerintahan") String unitName,
    @Schema(required = true) long cycleId,
    @Schema(required = true) int year,
    @Schema(required = true) long kecamatanId,
    @Schema(required = true) String kecamatanName,
    @Schema(required = true, description = "SOP step, 1-11") int step,
    @Schema(required = true, examples = "Memberi paraf pada format data kinerja dan surat pemberitahuan")
    String stepTitle,
    @Schema(required = true) String state,
    @Schema(required = true, description = "What the user can do") List<String> transitions,
    @Schema(required = true) Instant waitingSince,
    @Schema(required = true, description = "Minutes since it reached this step") long waitingMinutes) {}
