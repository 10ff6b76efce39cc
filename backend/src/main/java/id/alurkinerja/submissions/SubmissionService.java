package id.alurkinerja.submissions;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.attachments.Attachment;
import id.alurkinerja.attachments.AttachmentStore;
import id.alurkinerja.attachments.AttachmentView;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.ReportedIndicator;
import id.alurkinerja.kinerja.ValueRules;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.submissions.SubmissionDtos.MissingItem;
import id.alurkinerja.submissions.SubmissionDtos.RoundValue;
import id.alurkinerja.submissions.SubmissionDtos.SubmissionSaveRequest;
import id.alurkinerja.submissions.SubmissionDtos.ValueInput;
import id.alurkinerja.submissions.SubmissionDtos.VerificationNoteInput;
import id.alurkinerja.submissions.SubmissionDtos.VerificationOutcome;
import id.alurkinerja.submissions.SubmissionDtos.VerificationRequest;
import id.alurkinerja.workflow.Act;
import id.alurkinerja.workflow.Change;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Step 7: each unit fills its data (after its head confirmed receipt of the letter), attaches
 * evidence and submits; the Sekcam verifies, returns it with field notes, or marks a unit that never
 * reports. Every submitted round is kept as a snapshot. Every change goes through the machine.
 */
@ApplicationScoped
public class SubmissionService {

  @Inject DocumentMachine machine;
  @Inject SubmissionDocuments submissions;
  @Inject FormDocuments forms;
  @Inject AttachmentStore store;
  @Inject ObjectMapper mapper;

  /** When the form is sent out: one NOT_STARTED submission for every unit that reports an indicator. */
  void createOnDispatch(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (!event.is(FormTransition.DISPATCH)) {
      return;
    }
    Form form = Form.findById(event.documentId());
    for (Long unitId : ReportedIndicator.reportingUnits(forms.content(form).sasaran())) {
      Submission s = new Submission();
      s.formId = form.id;
      s.kecamatanId = form.kecamatanId;
      s.unitId = unitId;
      machine.start(submissions, s, Act.<Submission, SubmissionTransition>of(SubmissionTransition.CREATE)
          .asEffectOf(event));
    }
  }

  /** A unit's receipt of the letter shows on its submission (it may now be filled). */
  void showReceipt(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (event.is(FormTransition.RECEIVE) && event.details().unitId() != null) {
      Submission s = Submission.of(event.documentId(), event.details().unitId());
      if (s != null) {
        machine.touch(submissions, s.id);
      }
    }
  }

  /** The unit saves its realisasi as a draft; the values given replace those stored. */
  @Transactional
  public Submission save(long id, String ifMatch, SubmissionSaveRequest request) {
    return machine.act(submissions, id, Act.<Submission, SubmissionTransition>of(SubmissionTransition.FIRST_SAVE,
        SubmissionTransition.SAVE).ifMatch(ifMatch).effect(change -> {
          Submission s = change.document();
          requireReceived(s);
          Map<String, Indicator> mine = new HashMap<>();
          submissions.indicatorsOf(s).forEach(r -> mine.put(r.indicator().code(), r.indicator()));
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
            v.updatedBy = change.actor().id();
            v.updatedAt = change.at();
            v.persist();
          }
          s.remarks = blankToNull(request.remarks());
          change.details().values(request.values().size());
        }));
  }

  /** The unit's head hands the data in: complete (422 lists what is missing), kept as this round's snapshot. */
  @Transactional
  public Submission submit(long id) {
    return machine.act(submissions, id, Act.<Submission, SubmissionTransition>of(SubmissionTransition.SUBMIT)
        .effect(this::snapshot));
  }

  /**
   * The Sekcam accepts the unit's data, or returns it with a reason and field notes; with {@code ifMatch}
   * only the version read (412 otherwise).
   */
  @Transactional
  public Submission verify(long id, String ifMatch, VerificationRequest request) {
    boolean returning = request.decision() == VerificationOutcome.RETURN;
    SubmissionTransition t = returning ? SubmissionTransition.RETURN : SubmissionTransition.VERIFY;
    return machine.act(submissions, id, Act.<Submission, SubmissionTransition>of(t).reason(request.reason())
        .ifMatch(ifMatch)
        .effect(change -> {
          Submission s = change.document();
          if (returning) {
            returnNotes(change, request.notes() == null ? List.of() : request.notes());
            s.returnedCount++;
          }
          SubmissionRound round = SubmissionRound.of(s.id, s.round);
          round.decision = returning ? SubmissionState.RETURNED : SubmissionState.VERIFIED;
          round.decidedBy = change.actor().id();
          round.decidedCapacity = change.grant().capacity();
          round.decidedAt = change.at();
          round.reason = blankToNull(request.reason());
          change.details().round(s.round);
        }));
  }

  /** Tidak menyampaikan: the unit never reported; the recap shows it so, never as zeros. */
  @Transactional
  public Submission markNotSubmitted(long id, String reason) {
    return machine.act(submissions, id, Act.<Submission, SubmissionTransition>of(
        SubmissionTransition.MARK_NOT_SUBMITTED).reason(reason)
        .effect(change -> change.document().notSubmittedReason = reason.trim()));
  }

  /** Attaches an evidence file, checked by content, while the data is with the unit. */
  @Transactional
  public AttachmentView attach(long id, String indicatorCode, String filename, byte[] bytes) {
    List<Attachment> stored = new ArrayList<>();
    machine.act(submissions, id, Act.<Submission, SubmissionTransition>of(SubmissionTransition.ATTACH)
        .effect(change -> {
          Submission s = change.document();
          requireReceived(s);
          if (indicatorCode != null && submissions.indicatorsOf(s).stream()
              .noneMatch(r -> r.indicator().code().equals(indicatorCode))) {
            throw ProblemException.invalid("indicatorCode", FieldErrorCode.NOT_REPORTED_BY_UNIT);
          }
          Attachment a = store.store(s.id, s.kecamatanId, indicatorCode, filename, bytes, change.actor().id(),
              change.at());
          stored.add(a);
          change.details().file(a.filename, a.mediaType, a.sizeBytes, a.sha256);
        }));
    return AttachmentView.of(stored.get(0));
  }

  /** Removes an evidence file while the unit may still change its data; it stays in the archive. */
  @Transactional
  public void detach(long attachmentId) {
    Attachment a = store.find(attachmentId);
    machine.act(submissions, a.submissionId, Act.<Submission, SubmissionTransition>of(SubmissionTransition.DETACH)
        .effect(change -> {
          requireReceived(change.document());
          store.delete(a, change.actor().id(), change.at());
          change.details().file(a.filename, a.mediaType, a.sizeBytes, a.sha256);
        }));
  }

  /** The stored file, for whoever may read the submission it belongs to. */
  public AttachmentStore.Download download(long attachmentId) {
    Attachment a = store.find(attachmentId);
    machine.read(submissions, a.submissionId);
    return store.read(a);
  }

  /** What must still be filled before the unit can submit. */
  List<MissingItem> missing(Submission s, List<ReportedIndicator> indicators) {
    Map<String, SubmissionValue> values = new HashMap<>();
    SubmissionValue.ofSubmission(s.id).forEach(v -> values.put(v.indicatorCode, v));
    Set<String> evidenced = Attachment.ofSubmission(s.id).stream().map(a -> a.indicatorCode)
        .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    List<MissingItem> missing = new ArrayList<>();
    for (ReportedIndicator r : indicators) {
      SubmissionValue v = values.get(r.indicator().code());
      if (!ValueRules.filled(r.indicator(), v == null ? null : v.valueNumber, v == null ? null : v.valueText)) {
        missing.add(new MissingItem(r.indicator().code(), FieldErrorCode.VALUE_MISSING));
      }
      if (Boolean.TRUE.equals(r.indicator().evidenceRequired()) && !evidenced.contains(r.indicator().code())) {
        missing.add(new MissingItem(r.indicator().code(), FieldErrorCode.EVIDENCE_MISSING));
      }
    }
    return missing;
  }

  /** Whether the unit's head confirmed receipt of the letter (only then may the unit fill in its data). */
  static boolean received(Submission s) {
    Dispatch d = Dispatch.find("formId = ?1 and unitId = ?2", s.formId, s.unitId).firstResult();
    return d != null && d.state == Dispatch.State.RECEIVED;
  }

  private static void requireReceived(Submission s) {
    if (!received(s)) {
      throw new ProblemException(ProblemType.INVALID_STATE,
          "Confirm receipt of the letter for your unit before filling in its data")
          .context(new ProblemContexts.InvalidState(s.state.name(), null, null));
    }
  }

  private void snapshot(Change<Submission> change) {
    Submission s = change.document();
    List<MissingItem> missing = missing(s, submissions.indicatorsOf(s));
    if (!missing.isEmpty()) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "Fill in every indicator before submitting",
          missing.stream().map(m -> new FieldError(m.indicatorCode(), m.code())).toList());
    }
    List<RoundValue> values = SubmissionValue.ofSubmission(s.id).stream()
        .map(v -> new RoundValue(v.indicatorCode, v.valueNumber, v.valueText, v.remark)).toList();
    List<Map<String, Object>> evidence = Attachment.ofSubmission(s.id).stream()
        .map(a -> Map.<String, Object>of("filename", a.filename, "sha256", a.sha256,
            "indicatorCode", a.indicatorCode == null ? "" : a.indicatorCode)).toList();
    String canonical = CanonicalJson.write(mapper, Map.of("remarks", s.remarks == null ? "" : s.remarks,
        "values", values, "attachments", evidence));
    SubmissionRound round = new SubmissionRound();
    round.submissionId = s.id;
    round.round = s.round;
    round.content = canonical;
    round.contentSha256 = CanonicalJson.sha256(canonical);
    round.submittedBy = change.actor().id();
    round.submittedCapacity = change.grant().capacity();
    round.submittedAt = change.at();
    round.persist();
    change.details().round(s.round).version(s.round, round.contentSha256);
  }

  private void returnNotes(Change<Submission> change, List<VerificationNoteInput> notes) {
    Submission s = change.document();
    Set<String> codes = submissions.indicatorsOf(s).stream().map(r -> r.indicator().code())
        .collect(Collectors.toSet());
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      String code = notes.get(i).indicatorCode();
      if (code != null && !codes.contains(code)) {
        errors.add(new FieldError("notes[" + i + "].indicatorCode", FieldErrorCode.NOT_REPORTED_BY_UNIT));
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
      note.authorUserId = change.actor().id();
      note.authorCapacity = change.grant().capacity();
      note.createdAt = change.at();
      note.persist();
    }
    change.details().notes(notes.size());
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
        errors.add(new FieldError(path + ".indicatorCode", FieldErrorCode.NOT_REPORTED_BY_UNIT));
        continue;
      }
      if (!seen.add(input.indicatorCode())) {
        errors.add(new FieldError(path + ".indicatorCode", FieldErrorCode.GIVEN_TWICE));
      }
      ValueRules.check(indicator, input.value(), input.text(), path, errors);
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED,
          "The data has " + errors.size() + " invalid value(s)", errors);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
