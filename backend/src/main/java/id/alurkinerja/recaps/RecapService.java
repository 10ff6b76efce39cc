package id.alurkinerja.recaps;

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
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormContent.Indicator;
import id.alurkinerja.forms.FormService;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.kinerja.ValueRules;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.recaps.RecapDtos.Correction;
import id.alurkinerja.recaps.RecapDtos.HistoryEntry;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.UnitView;
import id.alurkinerja.submissions.ReportedIndicator;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 8: the Staf consolidates the verified data unit by unit and corrects entry mistakes. */
@ApplicationScoped
public class RecapService {

  static final String DOCUMENT = "recap";

  @Inject Access access;
  @Inject FormService forms;
  @Inject AuditLog audit;
  @Inject ObjectMapper mapper;
  @Inject Clock clock;

  public static Target targetOf(Recap r) {
    return OrgService.targetOf(Kecamatan.<Kecamatan>findById(r.kecamatanId));
  }

  public Recap recap(long id, Verb verb, boolean lock) {
    Recap r = lock ? Recap.findById(id, LockModeType.PESSIMISTIC_WRITE) : Recap.findById(id);
    if (r == null) {
      throw ProblemException.notFound("Recap " + id);
    }
    access.canOrReject(verb, targetOf(r), "Recap " + id);
    return r;
  }

  public List<RecapView> ofForm(long formId) {
    forms.form(formId, Verb.RECAP_READ, false);
    return Recap.ofForm(formId).stream().map(this::view).toList();
  }

  @Transactional
  public RecapView create(long formId) {
    Form form = forms.form(formId, Verb.RECAP_READ, true);
    Grant grant = access.canOrReject(Verb.RECAP_EDIT, FormService.targetOf(form), "Form " + formId);
    if (form.state != FormState.DISTRIBUTING && form.state != FormState.DISTRIBUTED) {
      throw new ProblemException(ProblemType.INVALID_STATE,
          "The recap starts once the form has been sent to the units").with("state", form.state.name());
    }
    if (Recap.count("formId = ?1 and state <> ?2", form.id, RecapState.SUPERSEDED) > 0) {
      throw ProblemException.conflict("This form already has its recap; a correction after signing is a ralat");
    }
    FormVersion signed = FormVersion.of(form.id, form.currentVersion);
    Recap r = new Recap();
    r.formId = form.id;
    r.kecamatanId = form.kecamatanId;
    r.state = RecapState.DRAFT;
    r.round = 1;
    r.stateChangedAt = clock.instant();
    r.persist();
    save(r, new RecapContent(signed.number, signed.contentSha256, List.of(), List.of()));
    audited(r, grant, "recap.created", "form sha256=" + signed.contentSha256);
    return view(r);
  }

  /** Step 8 for one unit: its verified data (or its non-submission) enters the recap, timed. */
  @Transactional
  public RecapView enter(long recapId, long unitId) {
    Recap r = recap(recapId, Verb.RECAP_READ, true);
    Grant grant = access.canOrReject(Verb.RECAP_EDIT, targetOf(r), "Recap " + recapId);
    requireDraft(r, "enter data");
    Submission s = Submission.find("formId = ?1 and unitId = ?2", r.formId, unitId).firstResult();
    if (s == null) {
      throw ProblemException.invalid("unitId", "this unit reports no indicator of the form");
    }
    if (s.state != SubmissionState.VERIFIED && s.state != SubmissionState.NOT_SUBMITTED) {
      throw new ProblemException(ProblemType.INVALID_STATE,
          "Only verified data (or a unit marked not submitted) is entered; this unit's is " + s.state)
          .with("submissionState", s.state.name());
    }
    RecapContent content = contentOf(r);
    if (content.entries().stream().anyMatch(e -> e.unitId() == unitId)) {
      throw ProblemException.conflict("This unit's data is already in the recap");
    }
    List<RecapContent.Value> values = s.state == SubmissionState.NOT_SUBMITTED ? List.of()
        : SubmissionValue.ofSubmission(s.id).stream()
            .map(v -> new RecapContent.Value(v.indicatorCode, unitId, v.valueNumber, v.valueText, v.remark))
            .toList();
    RecapVersion saved = save(r, content.withEntry(
        new RecapContent.Entry(unitId, s.state.name(), s.round, clock.instant()), values));
    for (RecapContent.Value v : values) {
      event(r, saved.number, unitId, v.indicatorCode(), RecapValueEvent.Kind.ENTERED, null, v.value(), null,
          v.text(), null);
    }
    audited(r, grant, "recap.unit-entered", "unit=" + OrgUnit.<OrgUnit>findById(unitId).name
        + " status=" + s.state + " version=" + saved.number);
    return view(r);
  }

  /** Step 8: data-entry mistakes corrected, each with its reason, all kept in the value history. */
  @Transactional
  public RecapView correct(long recapId, String ifMatch, List<Correction> corrections) {
    Recap r = recap(recapId, Verb.RECAP_READ, true);
    Grant grant = access.canOrReject(Verb.RECAP_EDIT, targetOf(r), "Recap " + recapId);
    ETags.require(ifMatch, r.version);
    requireDraft(r, "correct values");
    RecapContent content = contentOf(r);
    FormContent form = formContent(r, content);
    Map<String, Indicator> indicators = new HashMap<>();
    form.sasaran().forEach(s -> s.indicators().forEach(i -> indicators.put(i.code(), i)));
    List<FieldError> errors = new ArrayList<>();
    for (int n = 0; n < corrections.size(); n++) {
      Correction c = corrections.get(n);
      String path = "corrections[" + n + "]";
      Indicator i = indicators.get(c.indicatorCode());
      RecapContent.Entry entry = content.entries().stream().filter(e -> e.unitId() == c.unitId()).findFirst()
          .orElse(null);
      if (i == null || !i.reportingUnitIds().contains(c.unitId())) {
        errors.add(new FieldError(path + ".indicatorCode", "the unit does not report this indicator"));
      } else if (entry == null || !"VERIFIED".equals(entry.status())) {
        errors.add(new FieldError(path + ".unitId", "only entered, verified units' values can be corrected"));
      } else {
        ValueRules.check(i, c.value(), c.text(), path, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The corrections have "
          + errors.size() + " problem(s)", errors);
    }
    RecapContent next = content;
    for (Correction c : corrections) {
      RecapContent.Value old = next.values().stream()
          .filter(v -> v.unitId() == c.unitId() && v.indicatorCode().equals(c.indicatorCode())).findFirst()
          .orElse(null);
      next = next.withValue(new RecapContent.Value(c.indicatorCode(), c.unitId(), c.value(),
          c.text() == null || c.text().isBlank() ? null : c.text().trim(), old == null ? null : old.remark()));
    }
    RecapVersion saved = save(r, next);
    for (Correction c : corrections) {
      RecapContent.Value old = content.values().stream()
          .filter(v -> v.unitId() == c.unitId() && v.indicatorCode().equals(c.indicatorCode())).findFirst()
          .orElse(null);
      event(r, saved.number, c.unitId(), c.indicatorCode(), RecapValueEvent.Kind.CORRECTED,
          old == null ? null : old.value(), c.value(), old == null ? null : old.text(), c.text(), c.reason().trim());
    }
    audited(r, grant, "recap.corrected", "corrections=" + corrections.size() + " version=" + saved.number);
    Recap.getEntityManager().flush();
    return view(r);
  }

  public List<HistoryEntry> history(long recapId, String indicatorCode) {
    Recap r = recap(recapId, Verb.RECAP_READ, false);
    List<Long> chain = new ArrayList<>();
    for (Recap at = r; at != null; at = at.ralatOf == null ? null : Recap.findById(at.ralatOf)) {
      chain.add(at.id);
    }
    List<RecapValueEvent> events = indicatorCode == null
        ? RecapValueEvent.list("recapId in ?1 order by id", chain)
        : RecapValueEvent.list("recapId in ?1 and indicatorCode = ?2 order by id", chain, indicatorCode);
    return events.stream().map(e -> new HistoryEntry(e.indicatorCode, e.unitId, e.kind, e.oldValue, e.newValue,
        e.oldText, e.newText, e.reason, e.actorName, e.at, e.recapVersion)).toList();
  }

  /** Units that report but are not in the recap yet. */
  List<Long> missingUnits(Recap r) {
    RecapContent content = contentOf(r);
    Set<Long> entered = content.entries().stream().map(RecapContent.Entry::unitId).collect(Collectors.toSet());
    return ReportedIndicator.reportingUnits(formContent(r, content)).stream()
        .filter(u -> !entered.contains(u)).toList();
  }

  RecapVersion save(Recap r, RecapContent content) {
    List<RecapContent.Entry> entries = new ArrayList<>(content.entries());
    entries.sort(Comparator.comparingLong(RecapContent.Entry::unitId));
    List<RecapContent.Value> values = new ArrayList<>(content.values());
    values.sort(Comparator.comparing(RecapContent.Value::indicatorCode).thenComparingLong(RecapContent.Value::unitId));
    String canonical = CanonicalJson.write(mapper,
        new RecapContent(content.formVersion(), content.formSha256(), entries, values));
    RecapVersion v = new RecapVersion();
    v.recapId = r.id;
    v.number = r.currentVersion + 1;
    v.content = canonical;
    v.contentSha256 = CanonicalJson.sha256(canonical);
    v.createdBy = access.user().id();
    v.createdAt = clock.instant();
    v.persist();
    r.currentVersion = v.number;
    return v;
  }

  RecapContent contentOf(Recap r) {
    try {
      return mapper.readValue(RecapVersion.of(r.id, r.currentVersion).content, RecapContent.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored recap " + r.id + " is unreadable", e);
    }
  }

  FormContent formContent(Recap r, RecapContent content) {
    return forms.contentOf(FormVersion.of(r.formId, content.formVersion()));
  }

  public RecapView view(Recap r) {
    RecapContent content = contentOf(r);
    RecapVersion current = RecapVersion.of(r.id, r.currentVersion);
    FormContent form = formContent(r, content);
    Map<Long, String> names = new HashMap<>();
    OrgUnit.ofKecamatan(r.kecamatanId).forEach(u -> names.put(u.id, u.name));
    List<UnitView> units = new ArrayList<>();
    for (Long unitId : ReportedIndicator.reportingUnits(form)) {
      Submission s = Submission.find("formId = ?1 and unitId = ?2", r.formId, unitId).firstResult();
      RecapContent.Entry entry = content.entries().stream().filter(e -> e.unitId() == unitId).findFirst()
          .orElse(null);
      units.add(new UnitView(unitId, names.getOrDefault(unitId, "#" + unitId),
          s == null ? SubmissionState.NOT_STARTED : s.state, entry == null ? null : entry.enteredAt(),
          entry == null ? RecapDtos.EntryStatus.NOT_ENTERED : RecapDtos.EntryStatus.valueOf(entry.status())));
    }
    Set<String> corrected = new HashSet<>();
    RecapValueEvent.<RecapValueEvent>list("recapId = ?1 and kind = ?2", r.id, RecapValueEvent.Kind.CORRECTED)
        .forEach(e -> corrected.add(e.indicatorCode + "/" + e.unitId));
    Form f = Form.findById(r.formId);
    Cycle cycle = Cycle.findById(f.cycleId);
    Target target = targetOf(r);
    Kecamatan kecamatan = Kecamatan.findById(r.kecamatanId);
    return new RecapView(r.id, r.formId, cycle.year, r.kecamatanId, r.state, r.state.step(), r.round,
        current.number, current.contentSha256, units, RecapTable.of(form, content, names, corrected,
            kecamatan.capaianLowerFormula, kecamatan.capaianCap),
        Approval.of(DOCUMENT, r.id).stream().map(ApprovalView::of).toList(), r.ralatOf, r.ralatReason,
        r.supersededBy, r.stateChangedAt, access.verbsOn(target),
        RecapTransition.from(r.state).stream().filter(t -> access.can(t.verb(), target)).toList(), r.version);
  }

  private void requireDraft(Recap r, String what) {
    if (r.state != RecapState.DRAFT) {
      throw RecapWorkflow.invalidState(r, what, access);
    }
  }

  private void event(Recap r, int version, long unitId, String code, RecapValueEvent.Kind kind,
      java.math.BigDecimal oldValue, java.math.BigDecimal newValue, String oldText, String newText, String reason) {
    RecapValueEvent e = new RecapValueEvent();
    e.recapId = r.id;
    e.recapVersion = version;
    e.unitId = unitId;
    e.indicatorCode = code;
    e.kind = kind;
    e.oldValue = oldValue;
    e.newValue = newValue;
    e.oldText = oldText;
    e.newText = newText;
    e.reason = reason;
    e.actorUserId = access.user().id();
    e.actorName = access.user().user().fullName;
    e.at = clock.instant();
    e.persist();
  }

  void audited(Recap r, Grant grant, String action, String detail) {
    Kecamatan k = Kecamatan.findById(r.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of(action, DOCUMENT, r.id, k.kabupatenId, k.id).detail(detail));
  }
}
