package id.alurkinerja.forms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalView;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.FormDtos.FormSource;
import id.alurkinerja.forms.FormDtos.FormVersionSummary;
import id.alurkinerja.forms.FormDtos.FormVersionView;
import id.alurkinerja.forms.FormDtos.FormView;
import id.alurkinerja.forms.FormDtos.NoteView;
import id.alurkinerja.audit.TimelineEntry;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/** Forms of a cycle: creating (empty or cloned), editing into new versions, reading their history. */
@ApplicationScoped
public class FormService {

  static final String DOCUMENT = "form";
  private static final EnumSet<FormState> SIGNED_STATES = EnumSet.of(FormState.SIGNED,
      FormState.NUMBERED, FormState.DISTRIBUTING, FormState.DISTRIBUTED);

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ObjectMapper mapper;

  public static Target targetOf(Form form) {
    return OrgService.targetOf(Kecamatan.<Kecamatan>findById(form.kecamatanId));
  }

  /** The form if the user may {@code verb} it; 404 when they cannot see it, 403 otherwise. */
  public Form form(long id, Verb verb, boolean lock) {
    Form form = lock ? Form.findById(id, LockModeType.PESSIMISTIC_WRITE) : Form.findById(id);
    if (form == null) {
      throw ProblemException.notFound("Form " + id);
    }
    access.canOrReject(verb, targetOf(form), "Form " + id);
    return form;
  }

  @Transactional
  public FormView create(long cycleId, FormSource source) {
    Cycle cycle = cycleForNewForm(cycleId);
    Grant grant = access.canOrReject(Verb.FORM_CREATE, targetOf(cycle), "Cycle " + cycleId);
    Form form;
    if (source == FormSource.PREVIOUS_YEAR) {
      Form previous = previousYearForm(cycle);
      FormContent content = forNewYear(contentOf(FormVersion.of(previous.id, previous.currentVersion)),
          cycle.year, previous.state != FormState.IMPORTED);
      form = start(cycle, FormOrigin.CLONED, FormState.DRAFT, content, access.user().id());
      form.clonedFromFormId = previous.id;
    } else {
      form = start(cycle, FormOrigin.EMPTY, FormState.DRAFT, FormContent.empty(cycle.year), access.user().id());
    }
    audited(form, grant, "form.created");
    return view(form);
  }

  /** A first-year kecamatan brings last year's format from a CSV file: read-only, not signed here. */
  @Transactional
  public FormView importCsv(long cycleId, String csv) {
    Cycle cycle = cycleForNewForm(cycleId);
    Grant grant = access.canOrReject(Verb.FORM_CREATE, targetOf(cycle), "Cycle " + cycleId);
    Form form = importCsv(cycle, csv, access.user().id());
    audited(form, grant, "form.imported");
    return view(form);
  }

  /** The same from the first sheet of an XLSX workbook. */
  @Transactional
  public FormView importXlsx(long cycleId, byte[] xlsx) {
    Cycle cycle = cycleForNewForm(cycleId);
    Grant grant = access.canOrReject(Verb.FORM_CREATE, targetOf(cycle), "Cycle " + cycleId);
    FormContent content = CsvFormImporter.parseRows(XlsxRows.firstSheet(xlsx), cycle.year,
        id.alurkinerja.org.OrgUnit.ofKecamatan(cycle.kecamatanId));
    Form form = imported(cycle, content, access.user().id());
    audited(form, grant, "form.imported");
    return view(form);
  }

  /** The import itself, also used to seed the demo's 2025 form. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Form importCsv(Cycle cycle, String csv, long userId) {
    return imported(cycle, CsvFormImporter.parse(csv, cycle.year,
        id.alurkinerja.org.OrgUnit.ofKecamatan(cycle.kecamatanId)), userId);
  }

  private Form imported(Cycle cycle, FormContent content, long userId) {
    FormContentRules.checkSave(content, cycle.kecamatanId);
    return start(cycle, FormOrigin.IMPORTED, FormState.IMPORTED, content, userId);
  }

  private Cycle cycleForNewForm(long cycleId) {
    Cycle cycle = Cycle.findById(cycleId);
    if (cycle == null) {
      throw ProblemException.notFound("Cycle " + cycleId);
    }
    access.canOrReject(Verb.FORM_READ, targetOf(cycle), "Cycle " + cycleId);
    Form existing = Form.ofCycle(cycleId);
    if (existing != null) {
      throw ProblemException.conflict("Cycle " + cycle.year + " already has its form")
          .with("formId", existing.id);
    }
    return cycle;
  }

  private Form start(Cycle cycle, FormOrigin origin, FormState state, FormContent content, long userId) {
    Form form = new Form();
    form.cycleId = cycle.id;
    form.kecamatanId = cycle.kecamatanId;
    form.state = state;
    form.origin = origin;
    form.round = 1;
    form.stateChangedAt = clock.instant();
    form.persist();
    saveVersion(form, content, userId);
    return form;
  }

  private void audited(Form form, Grant grant, String action) {
    FormVersion v = FormVersion.of(form.id, form.currentVersion);
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of(action, DOCUMENT, form.id, k.kabupatenId, k.id).transition(null, form.state)
            .detail("origin=" + form.origin + " version=" + v.number + " sha256=" + v.contentSha256));
  }

  private static Target targetOf(Cycle cycle) {
    return OrgService.targetOf(Kecamatan.<Kecamatan>findById(cycle.kecamatanId));
  }

  @Transactional
  public FormView saveContent(long formId, String ifMatch, FormContent content) {
    Form form = form(formId, Verb.FORM_READ, true);
    Verb verb = form.state == FormState.IN_CORRECTION ? Verb.FORM_CORRECT : Verb.FORM_CREATE;
    Grant grant = access.canOrReject(verb, targetOf(form), "Form " + formId);
    ETags.require(ifMatch, form.version);
    if (!form.state.editable()) {
      throw FormWorkflow.invalidState(form, "edit", access);
    }
    FormContentRules.checkSave(content, form.kecamatanId);
    FormVersion previous = FormVersion.of(form.id, form.currentVersion);
    FormVersion saved = saveVersion(form, content, access.user().id());
    if (saved.contentSha256.equals(previous.contentSha256)) {
      return view(form); // nothing changed: no new version
    }
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("form.edited", DOCUMENT, form.id, k.kabupatenId, k.id)
            .detail("version=" + saved.number + " sha256=" + saved.contentSha256));
    Form.getEntityManager().flush();
    return view(form);
  }

  /** Stores {@code content} as the next version unless it equals the current one. */
  FormVersion saveVersion(Form form, FormContent content, long userId) {
    String canonical = CanonicalJson.write(mapper, content);
    String sha = CanonicalJson.sha256(canonical);
    FormVersion current = form.currentVersion == 0 ? null : FormVersion.of(form.id, form.currentVersion);
    if (current != null && current.contentSha256.equals(sha)) {
      return current;
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
    return v;
  }

  public FormContent contentOf(FormVersion v) {
    try {
      return mapper.readValue(v.content, FormContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored form version " + v.id + " is unreadable", e);
    }
  }

  public FormView view(Form form) {
    Cycle cycle = Cycle.findById(form.cycleId);
    FormVersion current = FormVersion.of(form.id, form.currentVersion);
    Target target = targetOf(form);
    List<FormTransition> allowed = FormTransition.from(form.state).stream()
        .filter(t -> access.can(t.verb(), target)).toList();
    return new FormView(form.id, form.cycleId, form.kecamatanId, cycle.year, form.state,
        form.state.step(), form.origin, form.clonedFromFormId, current.number, current.contentSha256,
        contentOf(current), form.round, form.stateChangedAt,
        Approval.of(DOCUMENT, form.id).stream().map(ApprovalView::of).toList(),
        notes(form.id), access.verbsOn(target), allowed,
        java.util.Optional.ofNullable(id.alurkinerja.letters.LetterNumber.ofForm(form.id))
            .map(id.alurkinerja.letters.LetterNumberView::of).orElse(null),
        distribution(form), form.version);
  }

  private static FormDtos.DistributionSummary distribution(Form form) {
    List<id.alurkinerja.distribution.Dispatch> dispatches = id.alurkinerja.distribution.Dispatch.ofForm(form.id);
    if (dispatches.isEmpty()) {
      return null;
    }
    int received = (int) dispatches.stream()
        .filter(d -> d.state == id.alurkinerja.distribution.Dispatch.State.RECEIVED).count();
    return new FormDtos.DistributionSummary(dispatches.size(), received);
  }

  public List<NoteView> notes(long formId) {
    return FormNote.ofForm(formId).stream().map(n -> new NoteView(n.id, n.formVersion, n.indicatorCode,
        n.text, n.authorCapacity, n.createdAt)).toList();
  }

  public List<FormVersionSummary> versions(long formId) {
    form(formId, Verb.FORM_READ, false);
    return FormVersion.ofForm(formId).stream().map(v -> {
      AppUser author = AppUser.findById(v.createdBy);
      return new FormVersionSummary(v.number, v.contentSha256, v.stateAtSave, v.createdBy,
          author.fullName, v.createdAt);
    }).toList();
  }

  public FormVersionView version(long formId, int number) {
    form(formId, Verb.FORM_READ, false);
    FormVersion v = FormVersion.of(formId, number);
    if (v == null) {
      throw ProblemException.notFound("Version " + number + " of form " + formId);
    }
    return new FormVersionView(v.number, v.contentSha256, contentOf(v), v.content);
  }

  /** Differences between two versions, or (no versions given) from last year's form to the current. */
  public FormDiff diff(long formId, Integer from, Integer to) {
    Form form = form(formId, Verb.FORM_READ, false);
    int toNumber = to == null ? form.currentVersion : to;
    FormVersion target = FormVersion.of(formId, toNumber);
    if (target == null) {
      throw ProblemException.invalid("to", "form " + formId + " has no version " + toNumber);
    }
    if (from == null) {
      if (form.clonedFromFormId == null) {
        throw new ProblemException(ProblemType.UNPROCESSABLE,
            "This form was not cloned from last year's; give 'from' to compare two of its versions");
      }
      Form previous = Form.findById(form.clonedFromFormId);
      Cycle previousCycle = Cycle.findById(previous.cycleId);
      return FormDiff.between("Tahun " + previousCycle.year,
          contentOf(FormVersion.of(previous.id, previous.currentVersion)), "Versi " + toNumber,
          contentOf(target));
    }
    FormVersion source = FormVersion.of(formId, from);
    if (source == null) {
      throw ProblemException.invalid("from", "form " + formId + " has no version " + from);
    }
    return FormDiff.between("Versi " + from, contentOf(source), "Versi " + toNumber, contentOf(target));
  }

  public List<TimelineEntry> timeline(long formId) {
    form(formId, Verb.FORM_READ, false);
    return audit.timeline(DOCUMENT, formId);
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
