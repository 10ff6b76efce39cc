package id.alurkinerja.recaps;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalDecision;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.approvals.Approvals;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.forms.FormDtos.ApprovalOutcome;
import id.alurkinerja.forms.FormDtos.ApprovalRequest;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.workflow.Transitions;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.ValidationOutcome;
import id.alurkinerja.recaps.RecapDtos.ValidationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Steps 8-11 on the recap: handed to the Kasubbag, validated, initialled, signed — each bound to the
 * hash of the exact version, each refusal back to the Staf with a reason. A signed recap is final;
 * a ralat is a new recap through steps 9-11 that supersedes it when signed.
 */
@ApplicationScoped
public class RecapWorkflow {

  /** Why standing approvals were voided, as the approval list shows it. */
  private static final java.util.Map<RecapTransition, String> VOID_REASONS = java.util.Map.of(
      RecapTransition.RETURN_TO_STAF, "rekap dikembalikan Kasubbag kepada Staf",
      RecapTransition.REFUSE_PARAF, "paraf ditolak Sekretaris Kecamatan",
      RecapTransition.REFUSE_SIGNATURE, "Camat tidak menandatangani");

  @Inject RecapService recaps;
  @Inject Access access;
  @Inject Approvals approvals;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Step 8 done: every unit entered, handed to the Kasubbag. */
  @Transactional
  public RecapView requestValidation(long id) {
    Recap r = recaps.recap(id, Verb.RECAP_READ, true);
    Grant grant = allow(r, RecapTransition.REQUEST_VALIDATION);
    List<Long> missing = recaps.missingUnits(r);
    if (!missing.isEmpty()) {
      throw new ProblemException(ProblemType.UNPROCESSABLE, "Enter every unit's data first",
          missing.stream().map(u -> new FieldError("units", OrgUnit.<OrgUnit>findById(u).name
              + " is not entered yet")).toList());
    }
    move(r, RecapTransition.REQUEST_VALIDATION, grant, null);
    return recaps.view(r);
  }

  /** Step 9: the Kasubbag validates the version shown, or returns it. */
  @Transactional
  public RecapView validate(long id, ValidationRequest request) {
    Recap r = recaps.recap(id, Verb.RECAP_READ, true);
    RecapTransition t = request.decision() == ValidationOutcome.VALIDATE
        ? RecapTransition.VALIDATE : RecapTransition.RETURN_TO_STAF;
    Grant grant = allow(r, t);
    requireHash(r, request.contentSha256());
    move(r, t, grant, request.reason());
    return recaps.view(r);
  }

  /** Step 10. */
  @Transactional
  public RecapView paraf(long id, ApprovalRequest request) {
    return approve(id, request, ApprovalKind.PARAF, RecapTransition.PARAF, RecapTransition.REFUSE_PARAF);
  }

  /** Step 11: the end of the SOP. */
  @Transactional
  public RecapView sign(long id, ApprovalRequest request) {
    return approve(id, request, ApprovalKind.SIGNATURE, RecapTransition.SIGN, RecapTransition.REFUSE_SIGNATURE);
  }

  /** A correction after signing: a new recap with the same data, back at step 8. */
  @Transactional
  public RecapView ralat(long id, String reason) {
    Recap signed = recaps.recap(id, Verb.RECAP_READ, true);
    Grant grant = access.canOrReject(Verb.RECAP_EDIT, RecapService.targetOf(signed), "Recap " + id);
    if (signed.state != RecapState.SIGNED) {
      throw invalidState(signed, "ralat", access);
    }
    if (Recap.count("ralatOf = ?1 and state <> ?2", signed.id, RecapState.SUPERSEDED) > 0) {
      throw ProblemException.conflict("A ralat of this recap is already in progress");
    }
    Recap ralat = new Recap();
    ralat.formId = signed.formId;
    ralat.kecamatanId = signed.kecamatanId;
    ralat.state = RecapState.DRAFT;
    ralat.round = 1;
    ralat.ralatOf = signed.id;
    ralat.ralatReason = reason.trim();
    ralat.stateChangedAt = clock.instant();
    ralat.persist();
    recaps.save(ralat, recaps.contentOf(signed));
    recaps.audited(ralat, grant, "recap.ralat-started", "ralat of recap " + signed.id + ": " + reason.trim());
    return recaps.view(ralat);
  }

  private RecapView approve(long id, ApprovalRequest request, ApprovalKind kind, RecapTransition approve,
      RecapTransition refuse) {
    Recap r = recaps.recap(id, Verb.RECAP_READ, true);
    boolean refusing = request.decision() == ApprovalOutcome.REFUSE;
    RecapTransition t = refusing ? refuse : approve;
    Grant grant = allow(r, t);
    requireHash(r, request.contentSha256());
    Transitions.requireReason(t.needsReason(), request.reason());
    RecapVersion current = RecapVersion.of(r.id, r.currentVersion);
    approvals.record(RecapService.DOCUMENT, r.id, current.number, current.contentSha256, kind,
        refusing ? ApprovalDecision.REFUSED : ApprovalDecision.APPROVED, access.user().user(), grant,
        Positions.capacity(grant), request.reason());
    move(r, t, grant, request.reason());
    if (t == RecapTransition.SIGN && r.ralatOf != null) {
      Recap old = Recap.findById(r.ralatOf);
      old.state = RecapState.SUPERSEDED;
      old.supersededBy = r.id;
      old.stateChangedAt = clock.instant();
      recaps.audited(old, grant, "recap.superseded", "by ralat recap " + r.id);
    }
    return recaps.view(r);
  }

  private static void requireHash(Recap r, String sha) {
    RecapVersion current = RecapVersion.of(r.id, r.currentVersion);
    Transitions.requireShownVersion("recap", current.number, current.contentSha256, sha);
  }

  private Grant allow(Recap r, RecapTransition t) {
    Grant grant = access.canOrReject(t.verb(), RecapService.targetOf(r), "Recap " + r.id);
    if (t.from() != r.state) {
      throw invalidState(r, t.name(), access);
    }
    return grant;
  }

  private void move(Recap r, RecapTransition t, Grant grant, String reason) {
    Transitions.requireReason(t.needsReason(), reason);
    RecapState from = r.state;
    r.state = t.to();
    r.stateChangedAt = clock.instant();
    if (t.to() == RecapState.DRAFT) {
      r.round++;
      Approval.voidAll(RecapService.DOCUMENT, r.id, "Dibatalkan karena " + VOID_REASONS.get(t), clock.instant());
    }
    RecapVersion current = RecapVersion.of(r.id, r.currentVersion);
    Kecamatan k = Kecamatan.findById(r.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("recap." + t.name().toLowerCase(Locale.ROOT), RecapService.DOCUMENT, r.id,
                k.kabupatenId, k.id)
            .transition(from, t.to()).reason(Transitions.blankToNull(reason))
            .detail("version=" + current.number + " sha256=" + current.contentSha256));
    Recap.getEntityManager().flush();
  }

  static ProblemException invalidState(Recap r, String attempted, Access access) {
    Target target = RecapService.targetOf(r);
    return Transitions.invalidState("recap", r.state, attempted, RecapTransition.from(r.state),
        RecapTransition.from(r.state).stream().filter(t -> access.can(t.verb(), target)).toList());
  }
}
