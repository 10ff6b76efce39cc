package id.alurkinerja.submissions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.attachments.Attachment;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.forms.Form;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.workflow.Transitions;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.submissions.SubmissionDtos.MissingItem;
import id.alurkinerja.submissions.SubmissionDtos.RoundValue;
import id.alurkinerja.submissions.SubmissionDtos.RoundView;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionView;
import id.alurkinerja.submissions.SubmissionDtos.VerificationNoteInput;
import id.alurkinerja.submissions.SubmissionDtos.VerificationOutcome;
import id.alurkinerja.submissions.SubmissionDtos.VerificationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 7: the unit's head submits, the Sekcam verifies or returns with field notes, and may mark a
 * unit that never reports as not submitted. Every submitted round is kept as a snapshot.
 */
@ApplicationScoped
public class SubmissionWorkflow {

  @Inject SubmissionService submissions;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject ObjectMapper mapper;
  @Inject Clock clock;

  @Transactional
  public SubmissionView submit(long id) {
    Submission s = submissions.submission(id, Verb.SUBMISSION_READ, true);
    Grant grant = allow(s, SubmissionTransition.SUBMIT);
    List<MissingItem> missing = submissions.missing(s,
        ReportedIndicator.of(submissions.contentOf(Form.findById(s.formId)), s.unitId));
    if (!missing.isEmpty()) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "Fill in every indicator before submitting",
          missing.stream().map(m -> new FieldError(m.indicatorCode(), m.message())).toList());
    }
    List<RoundValue> values = SubmissionValue.ofSubmission(s.id).stream()
        .map(v -> new RoundValue(v.indicatorCode, v.valueNumber, v.valueText, v.remark)).toList();
    List<Map<String, Object>> evidence = Attachment.ofSubmission(s.id).stream()
        .map(a -> Map.<String, Object>of("filename", a.filename, "sha256", a.sha256,
            "indicatorCode", a.indicatorCode == null ? "" : a.indicatorCode)).toList();
    String canonical = CanonicalJson.write(mapper, Map.of("remarks", s.remarks == null ? "" : s.remarks,
        "values", values, "attachments", evidence));
    s.round++;
    SubmissionRound round = new SubmissionRound();
    round.submissionId = s.id;
    round.round = s.round;
    round.content = canonical;
    round.contentSha256 = CanonicalJson.sha256(canonical);
    round.submittedBy = access.user().id();
    round.submittedCapacity = Positions.capacity(grant);
    round.submittedAt = clock.instant();
    round.persist();
    move(s, SubmissionTransition.SUBMIT, grant, null, "round=" + s.round + " sha256=" + round.contentSha256);
    return submissions.view(s);
  }

  @Transactional
  public SubmissionView verify(long id, VerificationRequest request) {
    Submission s = submissions.submission(id, Verb.SUBMISSION_READ, true);
    boolean returning = request.decision() == VerificationOutcome.RETURN;
    SubmissionTransition t = returning ? SubmissionTransition.RETURN : SubmissionTransition.VERIFY;
    Grant grant = allow(s, t);
    Transitions.requireReason(t.needsReason(), request.reason());
    String capacity = Positions.capacity(grant);
    if (returning) {
      List<VerificationNoteInput> notes = request.notes() == null ? List.of() : request.notes();
      Set<String> codes = ReportedIndicator.of(submissions.contentOf(Form.findById(s.formId)), s.unitId)
          .stream().map(r -> r.indicator().code()).collect(Collectors.toSet());
      List<FieldError> errors = new ArrayList<>();
      for (int i = 0; i < notes.size(); i++) {
        String code = notes.get(i).indicatorCode();
        if (code != null && !codes.contains(code)) {
          errors.add(new FieldError("notes[" + i + "].indicatorCode", "is not an indicator of this unit"));
        }
      }
      if (!errors.isEmpty()) {
        throw new ProblemException(ProblemType.VALIDATION_FAILED, "Notes name unknown indicators", errors);
      }
      for (VerificationNoteInput input : notes) {
        SubmissionNote note = new SubmissionNote();
        note.submissionId = s.id;
        note.round = s.round;
        note.indicatorCode = input.indicatorCode();
        note.reasonCode = input.reasonCode();
        note.text = input.text().trim();
        note.authorUserId = access.user().id();
        note.authorCapacity = capacity;
        note.createdAt = clock.instant();
        note.persist();
      }
      s.returnedCount++;
    }
    SubmissionRound round = SubmissionRound.of(s.id, s.round);
    round.decision = t.to().name();
    round.decidedBy = access.user().id();
    round.decidedCapacity = capacity;
    round.decidedAt = clock.instant();
    round.reason = Transitions.blankToNull(request.reason());
    move(s, t, grant, request.reason(), "round=" + s.round);
    return submissions.view(s);
  }

  @Transactional
  public SubmissionView markNotSubmitted(long id, String reason) {
    Submission s = submissions.submission(id, Verb.SUBMISSION_READ, true);
    Grant grant = allow(s, SubmissionTransition.MARK_NOT_SUBMITTED);
    Transitions.requireReason(SubmissionTransition.MARK_NOT_SUBMITTED.needsReason(), reason);
    s.notSubmittedReason = reason.trim();
    move(s, SubmissionTransition.MARK_NOT_SUBMITTED, grant, reason, "");
    return submissions.view(s);
  }

  /** Every round the unit submitted, with what changed from the round before. */
  public List<RoundView> rounds(long id) {
    Submission s = submissions.submission(id, Verb.SUBMISSION_READ, false);
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
      views.add(new RoundView(r.round, r.submittedAt, r.submittedCapacity, r.contentSha256,
          r.decision == null ? null : SubmissionState.valueOf(r.decision),
          r.decidedAt, r.decidedCapacity, r.reason, values, changed,
          notes.stream().filter(n -> n.round == r.round).map(SubmissionService::noteView).toList()));
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

  private Grant allow(Submission s, SubmissionTransition t) {
    Grant grant = access.canOrReject(t.verb(), SubmissionService.targetOf(s), "Submission " + s.id);
    if (!t.leavesFrom(s.state)) {
      throw invalidState(s, t.name(), access);
    }
    return grant;
  }

  private void move(Submission s, SubmissionTransition t, Grant grant, String reason, String detail) {
    SubmissionState from = s.state;
    s.state = t.to();
    s.stateChangedAt = clock.instant();
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("submission." + t.name().toLowerCase(java.util.Locale.ROOT),
                SubmissionService.DOCUMENT, s.id, k.kabupatenId, k.id)
            .transition(from, t.to()).reason(Transitions.blankToNull(reason)).detail(detail));
    Submission.getEntityManager().flush();
  }

  static ProblemException invalidState(Submission s, String attempted, Access access) {
    Target target = SubmissionService.targetOf(s);
    return Transitions.invalidState("submission", s.state, attempted, SubmissionTransition.from(s.state),
        SubmissionTransition.from(s.state).stream().filter(t -> access.can(t.verb(), target)).toList());
  }

}
