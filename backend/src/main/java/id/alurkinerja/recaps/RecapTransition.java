package id.alurkinerja.recaps;

import static id.alurkinerja.recaps.RecapState.AWAITING_PARAF;
import static id.alurkinerja.recaps.RecapState.AWAITING_SIGNATURE;
import static id.alurkinerja.recaps.RecapState.AWAITING_VALIDATION;
import static id.alurkinerja.recaps.RecapState.DRAFT;
import static id.alurkinerja.recaps.RecapState.SIGNED;
import static id.alurkinerja.recaps.RecapState.SUPERSEDED;

import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.workflow.Rule;
import id.alurkinerja.workflow.Transition;

/**
 * The recap's transition table (steps 8-11): validation, paraf and signature are bound to the hash
 * of the version shown; every refusal goes back to the Staf (step 8) in a new round, voiding the
 * standing approvals. A signed recap is final; a ralat is a new recap that supersedes it once signed.
 */
public enum RecapTransition implements Transition<RecapState> {
  /** Step 8 begins, once the form has been sent to the units. */
  CREATE(Rule.starts(DRAFT).by(Verb.RECAP_EDIT)),
  /** A correction of a signed recap: a new recap with the same data, back at step 8. */
  CREATE_RALAT(Rule.starts(DRAFT).automatic()),
  /** Step 8 for one unit: its verified data (or its non-submission) enters the recap, timed. */
  ENTER(Rule.within(DRAFT).by(Verb.RECAP_EDIT)),
  /** Step 8: data-entry mistakes corrected, each with its reason. */
  CORRECT_VALUES(Rule.within(DRAFT).by(Verb.RECAP_EDIT).edit()),
  REQUEST_VALIDATION(Rule.from(DRAFT).to(AWAITING_VALIDATION).by(Verb.RECAP_EDIT)),
  VALIDATE(Rule.from(AWAITING_VALIDATION).to(AWAITING_PARAF).by(Verb.RECAP_VALIDATE).approves(ApprovalKind.VALIDATION)),
  RETURN_TO_STAF(Rule.from(AWAITING_VALIDATION).to(DRAFT).by(Verb.RECAP_VALIDATE).refuses(ApprovalKind.VALIDATION)
      .newRound().voidsApprovals("rekap dikembalikan Kasubbag kepada Staf")),
  PARAF(Rule.from(AWAITING_PARAF).to(AWAITING_SIGNATURE).by(Verb.RECAP_PARAF).approves(ApprovalKind.PARAF)),
  REFUSE_PARAF(Rule.from(AWAITING_PARAF).to(DRAFT).by(Verb.RECAP_PARAF).refuses(ApprovalKind.PARAF).newRound()
      .voidsApprovals("paraf ditolak Sekretaris Kecamatan")),
  /** Step 11: the end of the SOP. */
  SIGN(Rule.from(AWAITING_SIGNATURE).to(SIGNED).by(Verb.RECAP_SIGN).approves(ApprovalKind.SIGNATURE)
      .notBySameOfficialAs(ApprovalKind.PARAF)),
  REFUSE_SIGNATURE(Rule.from(AWAITING_SIGNATURE).to(DRAFT).by(Verb.RECAP_SIGN).refuses(ApprovalKind.SIGNATURE).newRound()
      .voidsApprovals("Camat tidak menandatangani")),
  /** The Staf starts a ralat of the signed recap, which stays signed until the ralat is. */
  RALAT(Rule.from(SIGNED).by(Verb.RECAP_EDIT).withReason()),
  /** A signed ralat replaces the recap it corrects; that one is kept, marked superseded. */
  SUPERSEDE(Rule.from(SIGNED).to(SUPERSEDED).automatic());

  private final Rule<RecapState> rule;

  RecapTransition(Rule<RecapState> rule) {
    this.rule = rule;
  }

  @Override
  public Rule<RecapState> rule() {
    return rule;
  }
}
