package id.alurkinerja.tasks;

import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.recaps.RecapState;
import id.alurkinerja.recaps.RecapTransition;
import id.alurkinerja.sla.SlaView;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionTransition;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaskView", description = "Something waiting for the current user")
public record TaskView(
    @Schema(required = true) TaskKind kind,
    @Schema(required = true, description = "The form of the cycle") long formId,
    @Schema(description = "For a receipt to confirm (step 6): the dispatch") Long dispatchId,
    @Schema(description = "For unit data (step 7): the submission") Long submissionId,
    @Schema(description = "For the kecamatan recap (steps 8-11): the recap, once created") Long recapId,
    @Schema(description = "The unit concerned, for DISPATCH and SUBMISSION tasks") Long unitId,
    @Schema(description = "Its name, e.g. Seksi Pemerintahan") String unitName,
    @Schema(required = true) long cycleId,
    @Schema(required = true) int year,
    @Schema(required = true) long kecamatanId,
    @Schema(required = true) String kecamatanName,
    @Schema(required = true, description = "SOP step, 1-11") int step,
    @Schema(required = true, examples = "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data")
    String stepTitle,
    @Schema(required = true, description = "The state of the document the task is about",
        oneOf = {FormState.class, SubmissionState.class, RecapState.class, Dispatch.State.class})
    Enum<?> state,
    @Schema(required = true, description = "What the user can do", type = SchemaType.ARRAY,
        implementation = TaskView.Transition.class)
    List<Enum<?>> transitions,
    @Schema(required = true) Instant waitingSince,
    @Schema(required = true, description = "Minutes since it reached this step") long waitingMinutes,
    @Schema(description = "Its due time and how much of the mutu baku is used; absent for work whose clock "
        + "started before SLAs were kept") SlaView sla) {

  /** A transition of the document a task is about (its kind says which table). */
  @Schema(name = "TaskTransition", oneOf = {FormTransition.class, SubmissionTransition.class, RecapTransition.class})
  public interface Transition {}
}
