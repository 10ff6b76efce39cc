package id.alurkinerja.recaps;

import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleService.Progress;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionTransition;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.EnumSet;

/**
 * Keeps each cycle's place in the SOP: the earliest step with work still open, worked out from its
 * form, its units' submissions and its recap whenever one of them moves. Observes last, after the
 * observers that create or move other documents.
 */
@ApplicationScoped
public class CycleProgressTracker {

  @Inject CycleService cycles;
  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;

  void track(@Observes(during = TransactionPhase.IN_PROGRESS) @Priority(Interceptor.Priority.LIBRARY_AFTER + 900)
      DocumentTransitioned event) {
    // a submission's creation is part of the dispatch, whose own event comes after its submissions'
    if (!event.movedState() || event.is(SubmissionTransition.CREATE)) {
      return;
    }
    Form form = Form.findById(formOf(event));
    boolean moved = cycles.record(form.cycleId, () -> progressOf(form));
    boolean formsOwnMove = event.kind() == DocumentKind.FORM && event.documentId() == form.id;
    if (moved && !formsOwnMove && form.state.step() == 6) {
      machine.touch(forms, form.id); // a form sent out shows the step its cycle is at
    }
  }

  private static long formOf(DocumentTransitioned event) {
    return switch (event.kind()) {
      case FORM -> event.documentId();
      case SUBMISSION -> Submission.<Submission>findById(event.documentId()).formId;
      case RECAP -> Recap.<Recap>findById(event.documentId()).formId;
    };
  }

  /** Where a cycle with this form stands. */
  static Progress progressOf(Form form) {
    if (form.state == FormState.IMPORTED) {
      return new Progress(CycleStatus.IMPORTED, 0, form.id, null, null);
    }
    Recap recap = Recap.find("formId = ?1 and state <> ?2 order by id desc", form.id, RecapState.SUPERSEDED)
        .firstResult();
    Recap signed = Recap.find("formId = ?1 and state = ?2 order by id desc", form.id, RecapState.SIGNED)
        .firstResult();
    Long recapId = recap == null ? null : recap.id;
    Long signedId = signed == null ? null : signed.id;
    if (recap != null && recap.state == RecapState.SIGNED) {
      return new Progress(CycleStatus.FINISHED, 11, form.id, recapId, signedId);
    }
    if (recap != null && recap.state != RecapState.DRAFT) {
      return new Progress(CycleStatus.IN_PROGRESS, recap.state.step(), form.id, recapId, signedId);
    }
    if (form.state.step() < 6) {
      return new Progress(CycleStatus.IN_PROGRESS, form.state.step(), form.id, recapId, signedId);
    }
    long pending = Submission.count("formId = ?1 and state not in ?2", form.id,
        EnumSet.of(SubmissionState.VERIFIED, SubmissionState.NOT_SUBMITTED));
    int step = pending == 0 ? 8 : form.state == FormState.DISTRIBUTING ? 6 : 7;
    return new Progress(CycleStatus.IN_PROGRESS, step, form.id, recapId, signedId);
  }
}
