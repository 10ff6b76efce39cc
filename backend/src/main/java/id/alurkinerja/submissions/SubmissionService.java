package id.alurkinerja.submissions;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.attachments.Attachment;
import id.alurkinerja.attachments.AttachmentView;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormContent.DataType;
import id.alurkinerja.forms.FormContent.Indicator;
import id.alurkinerja.forms.FormService;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.kinerja.ValueRules;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.submissions.SubmissionDtos.IndicatorValue;
import id.alurkinerja.submissions.SubmissionDtos.MissingItem;
import id.alurkinerja.submissions.SubmissionDtos.NoteView;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionSaveRequest;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionSummary;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionView;
import id.alurkinerja.submissions.SubmissionDtos.ValueInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Units' submissions: created when the form is sent out, filled and saved as drafts by the unit. */
@ApplicationScoped
public class SubmissionService {

  static final String DOCUMENT = "submission";

  @Inject Access access;
  @Inject FormService forms;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public static Target targetOf(Submission s) {
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    return Target.unit(k.kabupatenId, k.id, s.unitId);
  }

  /** One NOT_STARTED submission for every unit that reports an indicator of the form. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void createFor(Form form, FormContent content) {
    for (Long unitId : ReportedIndicator.reportingUnits(content)) {
      Submission s = new Submission();
      s.formId = form.id;
      s.kecamatanId = form.kecamatanId;
      s.unitId = unitId;
      s.state = SubmissionState.NOT_STARTED;
      s.stateChangedAt = clock.instant();
      s.persist();
    }
  }

  public Submission submission(long id, Verb verb, boolean lock) {
    Submission s = lock ? Submission.findById(id, LockModeType.PESSIMISTIC_WRITE) : Submission.findById(id);
    if (s == null) {
      throw ProblemException.notFound("Submission " + id);
    }
    access.canOrReject(verb, targetOf(s), "Submission " + id);
    return s;
  }

  /** The grid of a form's submissions: whole for the Sekcam and overseers, own unit otherwise. */
  public List<SubmissionSummary> ofForm(long formId) {
    Form form = forms.form(formId, Verb.FORM_READ, false);
    FormContent content = contentOf(form);
    return Submission.ofForm(form.id).stream().filter(s -> access.can(Verb.SUBMISSION_READ, targetOf(s)))
        .map(s -> {
          List<ReportedIndicator> indicators = ReportedIndicator.of(content, s.unitId);
          int filled = (int) SubmissionValue.ofSubmission(s.id).stream()
              .filter(v -> v.valueNumber != null || v.valueText != null && !v.valueText.isBlank()).count();
          return new SubmissionSummary(s.id, s.unitId, OrgUnit.<OrgUnit>findById(s.unitId).name, s.state,
              s.round, s.returnedCount, indicators.size(), filled, s.stateChangedAt);
        }).toList();
  }

  public FormContent contentOf(Form form) {
    return forms.contentOf(FormVersion.of(form.id, form.currentVersion));
  }

  @Transactional
  public SubmissionView save(long id, String ifMatch, SubmissionSaveRequest request) {
    Submission s = submission(id, Verb.SUBMISSION_READ, true);
    Grant grant = access.canOrReject(Verb.SUBMISSION_EDIT, targetOf(s), "Submission " + id);
    ETags.require(ifMatch, s.version);
    requireEditable(s);
    Form form = Form.findById(s.formId);
    Map<String, Indicator> mine = new HashMap<>();
    ReportedIndicator.of(contentOf(form), s.unitId).forEach(r -> mine.put(r.indicator().code(), r.indicator()));
    check(request.values(), mine);
    Map<String, SubmissionValue> stored = new HashMap<>();
    SubmissionValue.ofSubmission(s.id).forEach(v -> stored.put(v.indicatorCode, v));
    for (ValueInput input : request.values()) {
      SubmissionValue v = stored.get(input.indicatorCode());
      if (v == null) {
        v = new SubmissionValue();
        v.submissionId = s.id;
        v.indicatorCode = input.indicatorCode();
      }
      v.valueNumber = input.value();
      v.valueText = blankToNull(input.text());
      v.remark = blankToNull(input.remark());
      v.updatedBy = access.user().id();
      v.updatedAt = clock.instant();
      v.persist();
    }
    s.remarks = blankToNull(request.remarks());
    SubmissionState from = s.state;
    if (s.state == SubmissionState.NOT_STARTED) {
      s.state = SubmissionState.DRAFT;
      s.stateChangedAt = clock.instant();
    }
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    audit.record(access.user().user(), grant, AuditLog.Entry.of("submission.saved", DOCUMENT, s.id,
        k.kabupatenId, k.id).transition(from, s.state).detail("values=" + request.values().size()));
    Submission.getEntityManager().flush();
    return view(s);
  }

  /** The unit may change its data (values, evidence) only while it is with the unit, after receipt. */
  public void requireEditable(Submission s) {
    if (!s.state.editable()) {
      throw SubmissionWorkflow.invalidState(s, "edit", access);
    }
    if (!received(s)) {
      throw new ProblemException(ProblemType.INVALID_STATE,
          "Confirm receipt of the letter for your unit before filling in its data")
          .with("state", s.state.name());
    }
  }

  /** Types and ownership of the values sent: all problems at once, field by field. */
  private static void check(List<ValueInput> values, Map<String, Indicator> mine) {
    List<FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      ValueInput input = values.get(i);
      String path = "values[" + i + "]";
      Indicator indicator = mine.get(input.indicatorCode());
      if (indicator == null) {
        errors.add(new FieldError(path + ".indicatorCode", "is not an indicator your unit reports"));
        continue;
      }
      if (!seen.add(input.indicatorCode())) {
        errors.add(new FieldError(path + ".indicatorCode", "is given twice"));
      }
      ValueRules.check(indicator, input.value(), input.text(), path, errors);
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED,
          "The data has " + errors.size() + " invalid value(s)", errors);
    }
  }

  /** What must still be filled before the unit can submit. */
  List<MissingItem> missing(Submission s, List<ReportedIndicator> indicators) {
    Map<String, SubmissionValue> values = new HashMap<>();
    SubmissionValue.ofSubmission(s.id).forEach(v -> values.put(v.indicatorCode, v));
    List<MissingItem> missing = new ArrayList<>();
    for (ReportedIndicator r : indicators) {
      SubmissionValue v = values.get(r.indicator().code());
      boolean filled = v != null && (r.indicator().dataType() == DataType.text
          ? v.valueText != null : v.valueNumber != null);
      if (!filled) {
        missing.add(new MissingItem(r.indicator().code(), "realisasi belum diisi"));
      }
      if (Boolean.TRUE.equals(r.indicator().evidenceRequired())
          && Attachment.count("submissionId = ?1 and indicatorCode = ?2 and deletedAt is null", s.id,
              r.indicator().code()) == 0) {
        missing.add(new MissingItem(r.indicator().code(), "bukti dukung belum dilampirkan"));
      }
    }
    return missing;
  }

  boolean received(Submission s) {
    Dispatch d = Dispatch.find("formId = ?1 and unitId = ?2", s.formId, s.unitId).firstResult();
    return d != null && d.state == Dispatch.State.RECEIVED;
  }

  public SubmissionView view(Submission s) {
    Form form = Form.findById(s.formId);
    Cycle cycle = Cycle.findById(form.cycleId);
    List<ReportedIndicator> indicators = ReportedIndicator.of(contentOf(form), s.unitId);
    Map<String, SubmissionValue> values = new HashMap<>();
    SubmissionValue.ofSubmission(s.id).forEach(v -> values.put(v.indicatorCode, v));
    List<NoteView> latest = latestNotes(s);
    Kecamatan kecamatan = Kecamatan.findById(s.kecamatanId);
    List<IndicatorValue> rows = new ArrayList<>();
    for (ReportedIndicator r : indicators) {
      Indicator i = r.indicator();
      SubmissionValue v = values.get(i.code());
      Capaian.Result capaian = Capaian.of(i, v == null ? null : v.valueNumber, v == null ? null : v.valueText,
          kecamatan.capaianLowerFormula);
      rows.add(new IndicatorValue(r.sasaran().code(), r.sasaran().name(), i.code(), i.name(), i.satuan(),
          i.dataType(), i.polarity(), i.target(), i.targetText(), i.guidance(),
          Boolean.TRUE.equals(i.evidenceRequired()), v == null ? null : v.valueNumber,
          v == null ? null : v.valueText, v == null ? null : v.remark, capaian.percent(), capaian.note(),
          Capaian.band(capaian.percent()),
          latest.stream().filter(n -> i.code().equals(n.indicatorCode())).toList()));
    }
    Target target = targetOf(s);
    List<SubmissionTransition> allowed = SubmissionTransition.from(s.state).stream()
        .filter(t -> access.can(t.verb(), target)).toList();
    return new SubmissionView(s.id, s.formId, cycle.year, s.kecamatanId, s.unitId,
        OrgUnit.<OrgUnit>findById(s.unitId).name, s.state, s.round, s.returnedCount, s.remarks,
        s.notSubmittedReason, s.stateChangedAt, received(s), rows,
        latest.stream().filter(n -> n.indicatorCode() == null).toList(),
        Attachment.ofSubmission(s.id).stream().map(AttachmentView::of).toList(), missing(s, indicators),
        access.verbsOn(target), allowed, s.version);
  }

  /**
   * Notes of the returned round the unit is working on; none once it submitted again (the rounds
   * list keeps every round's notes).
   */
  private static List<NoteView> latestNotes(Submission s) {
    if (s.state != SubmissionState.RETURNED) {
      return List.of();
    }
    List<SubmissionNote> notes = SubmissionNote.ofSubmission(s.id);
    int last = notes.stream().mapToInt(n -> n.round).max().orElse(-1);
    return notes.stream().filter(n -> n.round == last).map(SubmissionService::noteView).toList();
  }

  static NoteView noteView(SubmissionNote n) {
    return new NoteView(n.round, n.indicatorCode, n.reasonCode, n.text, n.authorCapacity, n.createdAt);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
