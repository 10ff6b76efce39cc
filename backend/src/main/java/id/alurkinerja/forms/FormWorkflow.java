package id.alurkinerja.forms;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalDecision;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.approvals.Approvals;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.letters.LetterNumber;
import id.alurkinerja.letters.LetterRegister;
import id.alurkinerja.forms.FormDtos.ApprovalOutcome;
import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.forms.FormDtos.CorrectionDecision;
import id.alurkinerja.forms.FormDtos.CorrectionOutcome;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormDtos.NoteInput;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.workflow.Transitions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * SOP steps 1-6 on a form. Each transition locks the form row, checks the verb, the state and (for
 * approvals) the hash of the version the official saw, then moves the state and writes the audit
 * entry in the same transaction. Two officials acting at once: the second waits for the lock, then
 * finds the state changed and gets 409.
 */
@ApplicationScoped
public class FormWorkflow {

  /** Why standing parafs were voided, as the approval list shows it. */
  private static final java.util.Map<FormTransition, String> VOID_REASONS = java.util.Map.of(
      FormTransition.RETURN_TO_STAF, "format dikembalikan Kasubbag kepada Staf",
      FormTransition.REFUSE_PARAF, "paraf ditolak Sekretaris Kecamatan",
      FormTransition.REFUSE_SIGNATURE, "Camat tidak menandatangani",
      FormTransition.WITHDRAW, "format ditarik kembali oleh Staf untuk diubah");

  @Inject FormService forms;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Approvals approvals;
  @Inject LetterRegister letters;
  @Inject id.alurkinerja.submissions.SubmissionService submissions;
  @Inject Clock clock;

  /** Step 1 done: the Staf sends format and letter to the Kasubbag. */
  @Transactional
  public FormView requestCorrection(long formId, String note) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    Grant grant = allow(form, FormTransition.SUBMIT_FOR_CORRECTION);
    FormContentRules.checkComplete(forms.contentOf(FormVersion.of(form.id, form.currentVersion)));
    move(form, FormTransition.SUBMIT_FOR_CORRECTION, grant, note, List.of());
    return forms.view(form);
  }

  /** Step 2: the Kasubbag forwards the (corrected) drafts to the Sekcam, or returns them. */
  @Transactional
  public FormView correct(long formId, CorrectionDecision decision) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    FormTransition t = decision.decision() == CorrectionOutcome.FORWARD
        ? FormTransition.FORWARD_TO_SEKCAM : FormTransition.RETURN_TO_STAF;
    Grant grant = allow(form, t);
    move(form, t, grant, decision.reason(), decision.notes());
    return forms.view(form);
  }

  /** Step 3: the Sekcam's paraf on the exact version shown, or its refusal. */
  @Transactional
  public FormView paraf(long formId, ApprovalRequest request) {
    return approve(formId, request, ApprovalKind.PARAF, FormTransition.PARAF, FormTransition.REFUSE_PARAF);
  }

  /** Step 4: the Camat signs the exact version shown, or says "Tidak". */
  @Transactional
  public FormView sign(long formId, ApprovalRequest request) {
    return approve(formId, request, ApprovalKind.SIGNATURE, FormTransition.SIGN,
        FormTransition.REFUSE_SIGNATURE);
  }

  /** The Staf takes the form back from the officials' desks; standing parafs are voided. */
  @Transactional
  public FormView withdraw(long formId, String reason) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    Grant grant = allow(form, FormTransition.WITHDRAW);
    move(form, FormTransition.WITHDRAW, grant, reason, List.of());
    return forms.view(form);
  }

  /** Step 5: the clerk numbers the signed letter; number and date are not part of what was signed. */
  @Transactional
  public FormView number(long formId, String classification) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    Grant grant = allow(form, FormTransition.NUMBER);
    FormVersion signed = FormVersion.of(form.id, form.currentVersion);
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    String subject = forms.contentOf(signed).letter().perihal();
    LetterNumber n = letters.take(k, classification, subject, LetterNumber.Kind.FORM_LETTER, form.id,
        signed.contentSha256, access.user().id());
    move(form, FormTransition.NUMBER, grant, null, List.of(), " number=" + n.number + " date=" + n.letterDate);
    return forms.view(form);
  }

  /** Steps 5-6: duplicated and ready to send; one dispatch per addressed unit. */
  @Transactional
  public FormView dispatch(long formId) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    Grant grant = allow(form, FormTransition.DISPATCH);
    List<Long> units = forms.contentOf(FormVersion.of(form.id, form.currentVersion)).letter().addresseeUnitIds();
    for (Long unitId : units) {
      Dispatch d = new Dispatch();
      d.formId = form.id;
      d.kecamatanId = form.kecamatanId;
      d.unitId = unitId;
      d.state = Dispatch.State.SENT;
      d.sentAt = clock.instant();
      d.sentBy = access.user().id();
      d.persist();
    }
    submissions.createFor(form, forms.contentOf(FormVersion.of(form.id, form.currentVersion)));
    move(form, FormTransition.DISPATCH, grant, null, List.of(), " dispatches=" + units.size());
    return forms.view(form);
  }

  /** Called with the form locked when a unit confirms receipt: the last one ends step 6. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void completeDistributionIfAllReceived(Form form, Grant grant) {
    if (form.state == FormState.DISTRIBUTING
        && Dispatch.count("formId = ?1 and state = ?2", form.id, Dispatch.State.SENT) == 0) {
      move(form, FormTransition.COMPLETE_DISTRIBUTION, grant, null, List.of(), "");
    }
  }

  private FormView approve(long formId, ApprovalRequest request, ApprovalKind kind,
      FormTransition approve, FormTransition refuse) {
    Form form = forms.form(formId, Verb.FORM_READ, true);
    boolean refusing = request.decision() == ApprovalOutcome.REFUSE;
    FormTransition t = refusing ? refuse : approve;
    Grant grant = allow(form, t);
    FormVersion current = FormVersion.of(form.id, form.currentVersion);
    Transitions.requireShownVersion("form", current.number, current.contentSha256, request.contentSha256());
    Transitions.requireReason(t.needsReason(), request.reason());
    approvals.record(FormService.DOCUMENT, form.id, current.number, current.contentSha256, kind,
        refusing ? ApprovalDecision.REFUSED : ApprovalDecision.APPROVED, access.user().user(), grant,
        Positions.capacity(grant), request.reason());
    move(form, t, grant, request.reason(), request.notes());
    return forms.view(form);
  }

  private Grant allow(Form form, FormTransition t) {
    Grant grant = access.canOrReject(t.verb(), FormService.targetOf(form), "Form " + form.id);
    if (!t.leavesFrom(form.state)) {
      throw invalidState(form, t.name(), access);
    }
    return grant;
  }

  private void move(Form form, FormTransition t, Grant grant, String reason, List<NoteInput> notes) {
    move(form, t, grant, reason, notes, "");
  }

  private void move(Form form, FormTransition t, Grant grant, String reason, List<NoteInput> notes,
      String detail) {
    Transitions.requireReason(t.needsReason(), reason);
    FormState from = form.state;
    FormVersion current = FormVersion.of(form.id, form.currentVersion);
    String capacity = Positions.capacity(grant);
    if (notes != null) {
      for (NoteInput input : notes) {
        FormNote note = new FormNote();
        note.formId = form.id;
        note.formVersion = current.number;
        note.indicatorCode = input.indicatorCode();
        note.text = input.text().trim();
        note.authorUserId = access.user().id();
        note.authorCapacity = capacity;
        note.createdAt = clock.instant();
        note.persist();
      }
    }
    form.state = t.to();
    form.stateChangedAt = clock.instant();
    if (t.to() == FormState.DRAFT) {
      form.round++;
      Approval.voidAll(FormService.DOCUMENT, form.id, "Dibatalkan karena " + VOID_REASONS.get(t), clock.instant());
    }
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("form." + t.name().toLowerCase(java.util.Locale.ROOT), FormService.DOCUMENT,
                form.id, k.kabupatenId, k.id)
            .transition(from, t.to())
            .reason(Transitions.blankToNull(reason))
            .detail("version=" + current.number + " sha256=" + current.contentSha256
                + (notes == null || notes.isEmpty() ? "" : " notes=" + notes.size()) + detail));
    Form.getEntityManager().flush();
  }

  /** 409 naming the current state and what may happen from it. */
  static ProblemException invalidState(Form form, String attempted, Access access) {
    Target target = FormService.targetOf(form);
    return Transitions.invalidState("form", form.state, attempted, FormTransition.from(form.state),
        FormTransition.from(form.state).stream().filter(t -> access.can(t.verb(), target)).toList());
  }
}
