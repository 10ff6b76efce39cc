package id.alurkinerja.forms;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.FormDtos.ApprovalOutcome;
import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.forms.FormDtos.CorrectionDecision;
import id.alurkinerja.forms.FormDtos.CorrectionOutcome;
import id.alurkinerja.forms.FormDtos.FormSource;
import id.alurkinerja.forms.FormDtos.NoteInput;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.workflow.Act;
import id.alurkinerja.workflow.Change;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.Effect;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/**
 * SOP steps 1-4 on the form: created (empty, cloned from last year's signed form, or imported in
 * the first year), saved into new versions while the Staf or the Kasubbag has it, corrected, given
 * paraf and signature or refused — every change through the document machine.
 */
@ApplicationScoped
public class FormService {

  private static final EnumSet<FormState> SIGNED_STATES = EnumSet.of(FormState.SIGNED,
      FormState.NUMBERED, FormState.DISTRIBUTING, FormState.DISTRIBUTED);

  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject Access access;
  @Inject ObjectMapper mapper;
  @Inject Clock clock;
  @Inject Validator validator;

  /** Step 1 begins: the cycle's form, empty or cloned from last year's signed (or imported) form. */
  @Transactional
  public Form create(long cycleId, FormSource source) {
    Cycle cycle = cycleForNewForm(cycleId);
    Form form = newForm(cycle, source == FormSource.PREVIOUS_YEAR ? FormOrigin.CLONED : FormOrigin.EMPTY);
    return machine.start(forms, form, Act.<Form, FormTransition>of(FormTransition.CREATE).effect(change -> {
      FormContent content = FormContent.empty(cycle.year);
      if (source == FormSource.PREVIOUS_YEAR) {
        Form previous = previousYearForm(cycle);
        content = forNewYear(forms.content(previous), cycle.year, previous.state != FormState.IMPORTED);
        change.document().clonedFromFormId = previous.id;
      }
      firstVersion(change, content);
    }));
  }

  /** A first-year kecamatan brings last year's format from a CSV file: read-only, not signed here. */
  @Transactional
  public Form importCsv(long cycleId, String csv) {
    Cycle cycle = cycleForNewForm(cycleId);
    return imported(cycle, () -> CsvFormImporter.parse(csv, cycle.year, OrgUnit.ofKecamatan(cycle.kecamatanId), validator),
        Act.of(FormTransition.IMPORT));
  }

  /** The same from the first sheet of an XLSX workbook. */
  @Transactional
  public Form importXlsx(long cycleId, byte[] xlsx) {
    Cycle cycle = cycleForNewForm(cycleId);
    return imported(cycle, () -> CsvFormImporter.parseRows(XlsxRows.firstSheet(xlsx), cycle.year,
        OrgUnit.ofKecamatan(cycle.kecamatanId), validator), Act.of(FormTransition.IMPORT));
  }

  /** The import as done at start-up by {@code staf} (the demo's 2025 form). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Form importCsv(Cycle cycle, String csv, CurrentUser staf) {
    return imported(cycle, () -> CsvFormImporter.parse(csv, cycle.year, OrgUnit.ofKecamatan(cycle.kecamatanId), validator),
        Act.<Form, FormTransition>of(FormTransition.IMPORT).by(staf, null));
  }

  private Form imported(Cycle cycle, Supplier<FormContent> parse, Act<Form, FormTransition> act) {
    return machine.start(forms, newForm(cycle, FormOrigin.IMPORTED), act.effect(change -> {
      FormContent content = parse.get();
      FormContentRules.checkSave(content, cycle.kecamatanId);
      firstVersion(change, content);
    }));
  }

  /** Steps 1-2: the Staf (in DRAFT) or the Kasubbag (IN_CORRECTION) saves; unchanged content is no version. */
  @Transactional
  public Form saveContent(long formId, String ifMatch, FormContent content) {
    return machine.act(forms, formId, Act.<Form, FormTransition>of(FormTransition.EDIT, FormTransition.CORRECT)
        .ifMatch(ifMatch).effect(change -> {
          FormContentRules.checkSave(content, change.document().kecamatanId);
          if (!saveVersion(change.document(), content, change.actor().id())) {
            change.nothingChanged();
          }
        }));
  }

  /** Step 1 done: the Staf sends format and letter to the Kasubbag (complete, or 422). */
  @Transactional
  public Form requestCorrection(long formId, String note) {
    return machine.act(forms, formId, Act.<Form, FormTransition>of(FormTransition.SUBMIT_FOR_CORRECTION)
        .reason(note).effect(change -> FormContentRules.checkComplete(forms.content(change.document()))));
  }

  /** Step 2: the Kasubbag forwards the (corrected) drafts to the Sekcam, or returns them with notes. */
  @Transactional
  public Form correct(long formId, CorrectionDecision decision) {
    FormTransition t = decision.decision() == CorrectionOutcome.FORWARD
        ? FormTransition.FORWARD_TO_SEKCAM : FormTransition.RETURN_TO_STAF;
    return machine.act(forms, formId, Act.<Form, FormTransition>of(t).reason(decision.reason())
        .effect(notes(decision.notes())));
  }

  /** Step 3: the Sekcam's paraf on the exact version shown, or its refusal. */
  @Transactional
  public Form paraf(long formId, ApprovalRequest request) {
    return decide(formId, request, FormTransition.PARAF, FormTransition.REFUSE_PARAF);
  }

  /** Step 4: the Camat signs the exact version shown, or says "Tidak". */
  @Transactional
  public Form sign(long formId, ApprovalRequest request) {
    return decide(formId, request, FormTransition.SIGN, FormTransition.REFUSE_SIGNATURE);
  }

  /** The Staf takes the form back from the officials' desks; standing parafs are voided. */
  @Transactional
  public Form withdraw(long formId, String reason) {
    return machine.act(forms, formId, Act.<Form, FormTransition>of(FormTransition.WITHDRAW).reason(reason));
  }

  private Form decide(long formId, ApprovalRequest request, FormTransition approve, FormTransition refuse) {
    FormTransition t = request.decision() == ApprovalOutcome.REFUSE ? refuse : approve;
    return machine.act(forms, formId, Act.<Form, FormTransition>of(t).reason(request.reason())
        .shown(request.contentSha256()).effect(notes(request.notes())));
  }

  /** Notes for the Staf, general or per indicator, attached to the version they were written on. */
  private Effect<Form> notes(List<NoteInput> notes) {
    return change -> {
      if (notes == null || notes.isEmpty()) {
        return;
      }
      Form form = change.document();
      for (NoteInput input : notes) {
        FormNote note = new FormNote();
        note.formId = form.id;
        note.formVersion = form.currentVersion;
        note.indicatorCode = input.indicatorCode();
        note.text = input.text().trim();
        note.authorUserId = change.actor().id();
        note.authorCapacity = change.grant().capacity();
        note.createdAt = change.at();
        note.persist();
      }
      change.details().notes(notes.size());
    };
  }

  private Cycle cycleForNewForm(long cycleId) {
    Cycle cycle = Cycle.findById(cycleId);
    if (cycle == null) {
      throw ProblemException.notFound("Cycle " + cycleId);
    }
    access.canOrReject(forms.readVerb(), FormDocuments.targetOf(cycle.kecamatanId), "Cycle " + cycleId);
    Form existing = Form.ofCycle(cycleId);
    if (existing != null) {
      throw ProblemException.conflict("Cycle " + cycle.year + " already has its form")
          .context(new ProblemContexts.Conflict(existing.id, null));
    }
    return cycle;
  }

  private static Form newForm(Cycle cycle, FormOrigin origin) {
    Form form = new Form();
    form.cycleId = cycle.id;
    form.kecamatanId = cycle.kecamatanId;
    form.origin = origin;
    form.round = 1;
    return form;
  }

  private void firstVersion(Change<Form> change, FormContent content) {
    saveVersion(change.document(), content, change.actor().id());
    change.details().origin(change.document().origin);
  }

  /** Stores {@code content} as the next version; false (and nothing stored) when it equals the current one. */
  private boolean saveVersion(Form form, FormContent content, long userId) {
    String canonical = CanonicalJson.write(mapper, content);
    String sha = CanonicalJson.sha256(canonical);
    FormVersion current = form.currentVersion == 0 ? null : forms.current(form);
    if (current != null && current.contentSha256.equals(sha)) {
      return false;
    }
    FormVersion v = new FormVersion();
    v.formId = form.id;
    v.number = form.currentVersion + 1;
    v.content = canonical;
    v.contentSha256 = sha;
    v.createdBy = userId;
    v.stateAtSave = form.state;
    v.createdAt = clock.instant();
    v.persist();
    form.currentVersion = v.number;
    return true;
  }

  private Form previousYearForm(Cycle cycle) {
    Cycle previous = Cycle.of(cycle.kecamatanId, cycle.year - 1);
    Form form = previous == null ? null : Form.ofCycle(previous.id);
    if (form == null || !(SIGNED_STATES.contains(form.state) || form.state == FormState.IMPORTED)) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "There is no signed form of "
          + (cycle.year - 1) + " to clone; start empty or import last year's format");
    }
    return form;
  }

  /** Last year's content for this year: the letter's year moved on, its deadline cleared. */
  private static FormContent forNewYear(FormContent last, int year, boolean keepLetterText) {
    FormContent.Letter letter = last.letter();
    String perihal = letter.perihal().replace(String.valueOf(year - 1), String.valueOf(year));
    // an imported form's letter is only a placeholder: the Staf writes this year's letter
    String body = keepLetterText ? letter.body().replace(String.valueOf(year - 1), String.valueOf(year)) : "";
    return new FormContent(new FormContent.Letter(perihal, body, null, letter.addresseeUnitIds()),
        last.sasaran());
  }
}
