package id.alurkinerja.submissions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Verb;
import id.alurkinerja.attachments.Attachment;
import id.alurkinerja.attachments.AttachmentStore;
import id.alurkinerja.attachments.AttachmentView;
import id.alurkinerja.attachments.ContentSniffer;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.ReportedIndicator;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.sop.SopStep;
import id.alurkinerja.submissions.SubmissionDtos.EvidenceLimits;
import id.alurkinerja.submissions.SubmissionDtos.IndicatorValue;
import id.alurkinerja.submissions.SubmissionDtos.NoteView;
import id.alurkinerja.submissions.SubmissionDtos.RoundValue;
import id.alurkinerja.submissions.SubmissionDtos.RoundView;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionSummary;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionView;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds what the API shows of units' submissions, for the user asking. */
@ApplicationScoped
public class SubmissionViews {

  @Inject CycleService cycles;
  @Inject SubmissionDocuments submissions;
  @Inject SubmissionService service;
  @Inject FormDocuments forms;
  @Inject DocumentMachine machine;
  @Inject AttachmentStore store;
  @Inject Access access;
  @Inject ObjectMapper mapper;

  public SubmissionView view(Submission s) {
    Form form = Form.findById(s.formId);
    Cycle cycle = Cycle.findById(form.cycleId);
    List<ReportedIndicator> indicators = ReportedIndicator.of(forms.content(form).sasaran(), s.unitId);
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
    boolean editable = SubmissionService.received(s)
        && (machine.allows(submissions, s, SubmissionTransition.FIRST_SAVE)
            || machine.allows(submissions, s, SubmissionTransition.SAVE));
    return new SubmissionView(s.id, s.formId, cycle.year, s.kecamatanId, s.unitId,
        OrgUnit.<OrgUnit>findById(s.unitId).name, s.state, SopStep.VERIFY.number(), stepTitle(s, cycles.sopOf(cycle)), s.round,
        s.returnedCount, s.remarks, s.notSubmittedReason, s.stateChangedAt, SubmissionService.received(s), rows,
        latest.stream().filter(n -> n.indicatorCode() == null).toList(),
        Attachment.ofSubmission(s.id).stream().map(AttachmentView::of).toList(),
        new EvidenceLimits(store.maxFileBytes(), store.maxSubmissionBytes(), store.usedBy(s.id),
            ContentSniffer.ACCEPTED),
        service.missing(s, indicators), access.verbsOn(submissions.targetOf(s)), machine.offered(submissions, s),
        editable, s.version);
  }

  /** While the data is with the unit, its work; once handed in, the Sekcam's. */
  private static String stepTitle(Submission s, Sop sop) {
    return switch (s.state) {
      case NOT_STARTED, DRAFT, RETURNED -> SopStep.UNIT_WORK;
      default -> sop.step(SopStep.VERIFY.number()).title();
    };
  }

  /** The grid of a form's submissions: whole for the Sekcam and overseers, own unit otherwise. */
  public List<SubmissionSummary> ofForm(long formId) {
    Form form = machine.read(forms, formId);
    List<Indicator> all = new ArrayList<>();
    forms.content(form).sasaran().forEach(x -> all.addAll(x.indicators()));
    return Submission.ofForm(form.id).stream().filter(s -> access.can(Verb.SUBMISSION_READ, submissions.targetOf(s)))
        .map(s -> {
          long reported = all.stream().filter(i -> i.reportingUnitIds().contains(s.unitId)).count();
          int filled = (int) SubmissionValue.ofSubmission(s.id).stream()
              .filter(v -> v.valueNumber != null || v.valueText != null && !v.valueText.isBlank()).count();
          return new SubmissionSummary(s.id, s.unitId, OrgUnit.<OrgUnit>findById(s.unitId).name, s.state,
              s.round, s.returnedCount, (int) reported, filled, s.stateChangedAt, s.version);
        }).toList();
  }

  /** Every round the unit submitted, with what changed from the round before. */
  public List<RoundView> rounds(long id) {
    Submission s = machine.read(submissions, id);
    List<SubmissionNote> notes = SubmissionNote.ofSubmission(s.id);
    List<RoundView> views = new ArrayList<>();
    Map<String, RoundValue> previous = Map.of();
    for (SubmissionRound r : SubmissionRound.ofSubmission(s.id)) {
      List<RoundValue> values = valuesOf(r);
      Map<String, RoundValue> current = new HashMap<>();
      values.forEach(v -> current.put(v.indicatorCode(), v));
      Map<String, RoundValue> before = previous;
      List<String> changed = r.round == 1 ? List.of() : current.keySet().stream()
          .filter(code -> !same(before.get(code), current.get(code))).sorted().toList();
      views.add(new RoundView(r.round, r.submittedAt, r.submittedCapacity, r.contentSha256, r.decision,
          r.decidedAt, r.decidedCapacity, r.reason, values, changed,
          notes.stream().filter(n -> n.round == r.round).map(SubmissionViews::noteView).toList()));
      previous = current;
    }
    return views;
  }

  private static boolean same(RoundValue a, RoundValue b) {
    if (a == null || b == null) {
      return a == b;
    }
    boolean numbers = a.value() == null ? b.value() == null
        : b.value() != null && a.value().compareTo(b.value()) == 0;
    return numbers && Objects.equals(a.text(), b.text()) && Objects.equals(a.remark(), b.remark());
  }

  private List<RoundValue> valuesOf(SubmissionRound r) {
    try {
      Map<String, Object> content = mapper.readValue(r.content, new TypeReference<Map<String, Object>>() {});
      return mapper.convertValue(content.get("values"), new TypeReference<List<RoundValue>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored round " + r.id + " is unreadable", e);
    }
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
    return notes.stream().filter(n -> n.round == last).map(SubmissionViews::noteView).toList();
  }

  static NoteView noteView(SubmissionNote n) {
    return new NoteView(n.round, n.indicatorCode, n.reasonCode, n.text, n.authorCapacity, n.createdAt);
  }
}
