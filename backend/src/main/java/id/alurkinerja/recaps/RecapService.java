package id.alurkinerja.recaps;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormDtos.ApprovalOutcome;
import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.ReportedIndicator;
import id.alurkinerja.kinerja.ValueRules;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.json.CanonicalJson;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.recaps.RecapDtos.Correction;
import id.alurkinerja.recaps.RecapDtos.EntryStatus;
import id.alurkinerja.recaps.RecapDtos.ValidationOutcome;
import id.alurkinerja.recaps.RecapDtos.ValidationRequest;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionValue;
import id.alurkinerja.workflow.Act;
import id.alurkinerja.workflow.Change;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Steps 8-11 on the recap: the Staf consolidates the verified data unit by unit and corrects entry
 * mistakes with a reason, hands it to the Kasubbag, who validates; the Sekcam initials and the
 * Camat signs — each bound to the hash of the version shown. A signed recap is final; a ralat is a
 * new recap through steps 8-11 that supersedes it when signed. Every change goes through the machine.
 */
@ApplicationScoped
public class RecapService {

  @Inject DocumentMachine machine;
  @Inject RecapDocuments recaps;
  @Inject FormDocuments forms;
  @Inject Access access;
  @Inject ObjectMapper mapper;
  @Inject EntityManager em;

  /** Step 8 begins: by the pengelola's Staf once the form has been sent to the units. */
  @Transactional
  public Recap create(long formId) {
    Form form = em.find(Form.class, formId, LockModeType.PESSIMISTIC_WRITE);
    if (form == null) {
      throw ProblemException.notFound("Form " + formId);
    }
    access.canOrReject(Verb.RECAP_READ, forms.targetOf(form), "Form " + formId);
    Grant grant = access.canOrReject(Verb.RECAP_EDIT, forms.targetOf(form), "Form " + formId);
    if (form.state != FormState.DISTRIBUTING && form.state != FormState.DISTRIBUTED) {
      throw new ProblemException(ProblemType.INVALID_STATE,
          "The recap starts once the form has been sent to the units").context(new ProblemContexts.InvalidState(form.state.name(), null, null));
    }
    if (Recap.count("formId = ?1 and state <> ?2", form.id, RecapState.SUPERSEDED) > 0) {
      throw ProblemException.conflict("This form already has its recap; a correction after signing is a ralat");
    }
    FormVersion signed = forms.current(form);
    Recap r = new Recap();
    r.formId = form.id;
    r.kecamatanId = form.kecamatanId;
    r.round = 1;
    return machine.start(recaps, r, Act.<Recap, RecapTransition>of(RecapTransition.CREATE).granted(grant)
        .effect(change -> save(change, new RecapContent(signed.number, signed.contentSha256, List.of(), List.of()))));
  }

  /** Step 8 for one unit: its verified data (or its non-submission) enters the recap, timed. */
  @Transactional
  public Recap enter(long recapId, long unitId) {
    return machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(RecapTransition.ENTER).effect(change -> {
      Recap r = change.document();
      Submission s = Submission.of(r.formId, unitId);
      if (s == null) {
        throw ProblemException.invalid("unitId", FieldErrorCode.NOT_REPORTED_BY_UNIT);
      }
      if (!s.state.done()) {
        throw new ProblemException(ProblemType.INVALID_STATE,
            "Only verified data (or a unit marked not submitted) is entered; this unit's is " + s.state)
            .context(new ProblemContexts.InvalidState(s.state.name(), null, null));
      }
      RecapContent content = recaps.content(r);
      if (content.entries().stream().anyMatch(e -> e.unitId() == unitId)) {
        throw ProblemException.conflict("This unit's data is already in the recap");
      }
      EntryStatus status = s.state == SubmissionState.NOT_SUBMITTED ? EntryStatus.NOT_SUBMITTED : EntryStatus.VERIFIED;
      List<RecapContent.Value> values = status == EntryStatus.NOT_SUBMITTED ? List.of()
          : SubmissionValue.ofSubmission(s.id).stream()
              .map(v -> new RecapContent.Value(v.indicatorCode, unitId, v.valueNumber, v.valueText, v.remark))
              .toList();
      int version = save(change, content.withEntry(new RecapContent.Entry(unitId, status, s.round, change.at()),
          values));
      for (RecapContent.Value v : values) {
        valueEvent(change, version, unitId, v.indicatorCode(), RecapValueEvent.Kind.ENTERED, null, v, null);
      }
      change.details().unit(unitId, OrgUnit.<OrgUnit>findById(unitId).name).entryStatus(status)
          .values(values.size());
    }));
  }

  /** Step 8: data-entry mistakes corrected, each with its reason, all kept in the value history. */
  @Transactional
  public Recap correct(long recapId, String ifMatch, List<Correction> corrections) {
    return machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(RecapTransition.CORRECT_VALUES)
        .ifMatch(ifMatch).effect(change -> {
          Recap r = change.document();
          RecapContent content = recaps.content(r);
          checkCorrections(corrections, content, recaps.formContent(r, content));
          RecapContent next = content;
          for (Correction c : corrections) {
            RecapContent.Value old = valueOf(next, c.indicatorCode(), c.unitId());
            next = next.withValue(new RecapContent.Value(c.indicatorCode(), c.unitId(), c.value(),
                c.text() == null || c.text().isBlank() ? null : c.text().trim(), old == null ? null : old.remark()));
          }
          int version = save(change, next);
          for (Correction c : corrections) {
            valueEvent(change, version, c.unitId(), c.indicatorCode(), RecapValueEvent.Kind.CORRECTED,
                valueOf(content, c.indicatorCode(), c.unitId()), valueOf(next, c.indicatorCode(), c.unitId()),
                c.reason().trim());
          }
          change.details().values(corrections.size());
        }));
  }

  /** Step 8 done: every unit entered, handed to the Kasubbag (422 lists the units missing). */
  @Transactional
  public Recap requestValidation(long recapId) {
    return machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(RecapTransition.REQUEST_VALIDATION)
        .effect(change -> {
          List<Long> missing = missingUnits(change.document());
          if (!missing.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE, "Enter every unit's data first",
                missing.stream().map(u -> new FieldError("units", FieldErrorCode.NOT_ENTERED,
                    Map.of("unit", OrgUnit.<OrgUnit>findById(u).name, "unitId", String.valueOf(u)))).toList());
          }
        }));
  }

  /** Step 9: the Kasubbag validates the version shown, or returns it. */
  @Transactional
  public Recap validate(long recapId, ValidationRequest request) {
    RecapTransition t = request.decision() == ValidationOutcome.VALIDATE
        ? RecapTransition.VALIDATE : RecapTransition.RETURN_TO_STAF;
    return machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(t).reason(request.reason())
        .shown(request.contentSha256()));
  }

  /** Step 10: the Sekcam's paraf, or its refusal. */
  @Transactional
  public Recap paraf(long recapId, ApprovalRequest request) {
    return decide(recapId, request, RecapTransition.PARAF, RecapTransition.REFUSE_PARAF);
  }

  /** Step 11: the Camat signs; the end of the SOP. */
  @Transactional
  public Recap sign(long recapId, ApprovalRequest request) {
    return decide(recapId, request, RecapTransition.SIGN, RecapTransition.REFUSE_SIGNATURE);
  }

  /** A correction after signing: a new recap with the same data, back at step 8. */
  @Transactional
  public Recap ralat(long recapId, String reason) {
    List<Recap> started = new ArrayList<>();
    machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(RecapTransition.RALAT).reason(reason)
        .effect(change -> {
          Recap signed = change.document();
          if (Recap.count("ralatOf = ?1 and state <> ?2", signed.id, RecapState.SUPERSEDED) > 0) {
            throw ProblemException.conflict("A ralat of this recap is already in progress");
          }
          Recap ralat = new Recap();
          ralat.formId = signed.formId;
          ralat.kecamatanId = signed.kecamatanId;
          ralat.round = 1;
          ralat.ralatOf = signed.id;
          ralat.ralatReason = reason.trim();
          RecapContent content = recaps.content(signed);
          started.add(machine.start(recaps, ralat, Act.<Recap, RecapTransition>of(RecapTransition.CREATE_RALAT)
              .granted(change.grant()).reason(reason).effect(created -> {
                save(created, content);
                created.details().related(signed.id);
              })));
          change.details().related(started.get(0).id);
        }));
    return started.get(0);
  }

  /** A signed ralat supersedes the recap it corrects. */
  void supersedeOnSignedRalat(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (!event.is(RecapTransition.SIGN)) {
      return;
    }
    Recap signed = Recap.findById(event.documentId());
    if (signed.ralatOf != null) {
      machine.act(recaps, signed.ralatOf, Act.<Recap, RecapTransition>of(RecapTransition.SUPERSEDE)
          .asEffectOf(event).effect(change -> {
            change.document().supersededBy = signed.id;
            change.details().related(signed.id);
          }));
    }
  }

  /** The recap shows each unit's submission state: a submission that moved changes the open recap's view. */
  void showSubmissionMoves(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (event.kind() != DocumentKind.SUBMISSION || !event.movedState()) {
      return;
    }
    Submission s = Submission.findById(event.documentId());
    Recap.<Recap>list("formId = ?1 and state not in ?2", s.formId, Set.of(RecapState.SIGNED, RecapState.SUPERSEDED))
        .forEach(r -> machine.touch(recaps, r.id));
  }

  private Recap decide(long recapId, ApprovalRequest request, RecapTransition approve, RecapTransition refuse) {
    RecapTransition t = request.decision() == ApprovalOutcome.REFUSE ? refuse : approve;
    return machine.act(recaps, recapId, Act.<Recap, RecapTransition>of(t).reason(request.reason())
        .shown(request.contentSha256()));
  }

  /** Units that report but are not in the recap yet. */
  List<Long> missingUnits(Recap r) {
    RecapContent content = recaps.content(r);
    Set<Long> entered = content.entries().stream().map(RecapContent.Entry::unitId).collect(Collectors.toSet());
    return ReportedIndicator.reportingUnits(recaps.formContent(r, content).sasaran()).stream()
        .filter(u -> !entered.contains(u)).toList();
  }

  private static void checkCorrections(List<Correction> corrections, RecapContent content, FormContent form) {
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
        errors.add(new FieldError(path + ".indicatorCode", FieldErrorCode.NOT_REPORTED_BY_UNIT));
      } else if (entry == null || entry.status() != EntryStatus.VERIFIED) {
        errors.add(new FieldError(path + ".unitId", FieldErrorCode.ONLY_VERIFIED_CORRECTED));
      } else {
        ValueRules.check(i, c.value(), c.text(), path, errors);
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, "The corrections have "
          + errors.size() + " problem(s)", errors);
    }
  }

  private static RecapContent.Value valueOf(RecapContent content, String indicatorCode, long unitId) {
    return content.values().stream().filter(v -> v.unitId() == unitId && v.indicatorCode().equals(indicatorCode))
        .findFirst().orElse(null);
  }

  /** Stores {@code content} as the recap's next version; returns its number. */
  private int save(Change<Recap> change, RecapContent content) {
    Recap r = change.document();
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
    v.createdBy = change.actor().id();
    v.createdAt = change.at();
    v.persist();
    r.currentVersion = v.number;
    return v.number;
  }

  private static void valueEvent(Change<Recap> change, int version, long unitId, String code,
      RecapValueEvent.Kind kind, RecapContent.Value before, RecapContent.Value after, String reason) {
    RecapValueEvent e = new RecapValueEvent();
    e.recapId = change.document().id;
    e.recapVersion = version;
    e.unitId = unitId;
    e.indicatorCode = code;
    e.kind = kind;
    e.oldValue = before == null ? null : before.value();
    e.newValue = after == null ? null : after.value();
    e.oldText = before == null ? null : before.text();
    e.newText = after == null ? null : after.text();
    e.reason = reason;
    e.actorUserId = change.actor().id();
    e.actorName = change.actor().fullName();
    e.at = change.at();
    e.persist();
  }
}
