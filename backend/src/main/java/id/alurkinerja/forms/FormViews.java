package id.alurkinerja.forms;

import id.alurkinerja.access.Access;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalView;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.forms.FormDtos.DistributionSummary;
import id.alurkinerja.forms.FormDtos.FormLetterNumber;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormDtos.NoteView;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Builds what the API shows of a form, for the user asking. */
@ApplicationScoped
public class FormViews {

  @Inject FormDocuments forms;
  @Inject DocumentMachine machine;
  @Inject Access access;
  @Inject CycleService cycles;

  public FormView view(Form form) {
    Cycle cycle = Cycle.findById(form.cycleId);
    FormVersion current = forms.current(form);
    int step = stepOf(form, cycle);
    boolean finished = cycle.status == CycleStatus.FINISHED && form.state.step() == 6;
    return new FormView(form.id, form.cycleId, form.kecamatanId, cycle.year, form.state, step,
        cycles.sopOf(cycle).titleOf(step, finished), form.origin, form.clonedFromFormId, current.number,
        current.contentSha256, forms.content(current), form.round, form.stateChangedAt,
        Approval.of(forms.kind().code(), form.id).stream().map(ApprovalView::of).toList(), notes(form.id),
        access.verbsOn(forms.targetOf(form)), machine.offered(forms, form),
        machine.allows(forms, form, FormTransition.EDIT) || machine.allows(forms, form, FormTransition.CORRECT),
        form.letterNumber == null ? null : new FormLetterNumber(form.letterNumber, form.letterDate),
        form.unitsAddressed == 0 ? null : new DistributionSummary(form.unitsAddressed, form.unitsReceived),
        form.version);
  }

  /** The form's own step until it is sent out; after that the step the cycle is at. */
  static int stepOf(Form form, Cycle cycle) {
    return form.state.step() < 6 ? form.state.step() : Math.max(6, cycle.step);
  }

  public List<NoteView> notes(long formId) {
    return FormNote.ofForm(formId).stream().map(n -> new NoteView(n.id, n.formVersion, n.indicatorCode,
        n.text, n.authorCapacity, n.createdAt)).toList();
  }
}
