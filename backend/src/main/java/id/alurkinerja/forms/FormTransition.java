package id.alurkinerja.forms;

import static id.alurkinerja.forms.FormState.AWAITING_PARAF;
import static id.alurkinerja.forms.FormState.AWAITING_SIGNATURE;
import static id.alurkinerja.forms.FormState.DISTRIBUTED;
import static id.alurkinerja.forms.FormState.DISTRIBUTING;
import static id.alurkinerja.forms.FormState.DRAFT;
import static id.alurkinerja.forms.FormState.IMPORTED;
import static id.alurkinerja.forms.FormState.IN_CORRECTION;
import static id.alurkinerja.forms.FormState.NUMBERED;
import static id.alurkinerja.forms.FormState.SIGNED;

import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.workflow.Rule;
import id.alurkinerja.workflow.Transition;

/**
 * The form's transition table, SOP steps 1-6, as a reader would draw it: every refusal needs a
 * reason, sends the form back to the Staf in a new round and voids the standing parafs.
 */
public enum FormTransition implements Transition<FormState> {
  /** Step 1 begins: empty, or cloned from last year's signed form. */
  CREATE(Rule.starts(DRAFT).by(Verb.FORM_CREATE)),
  /** First year in the system: last year's format from a file, read-only, outside the SOP. */
  IMPORT(Rule.starts(IMPORTED).by(Verb.FORM_CREATE)),
  /** Step 1: the Staf saves the format and letter as a new version. */
  EDIT(Rule.within(DRAFT).by(Verb.FORM_CREATE).edit()),
  /** Step 2: the Kasubbag's corrections are saves while the form is with them. */
  CORRECT(Rule.within(IN_CORRECTION).by(Verb.FORM_CORRECT).edit()),
  SUBMIT_FOR_CORRECTION(Rule.from(DRAFT).to(IN_CORRECTION).by(Verb.FORM_CREATE)),
  FORWARD_TO_SEKCAM(Rule.from(IN_CORRECTION).to(AWAITING_PARAF).by(Verb.FORM_CORRECT)),
  RETURN_TO_STAF(Rule.from(IN_CORRECTION).to(DRAFT).by(Verb.FORM_CORRECT).withReason().newRound()
      .voidsApprovals("format dikembalikan Kasubbag kepada Staf")),
  PARAF(Rule.from(AWAITING_PARAF).to(AWAITING_SIGNATURE).by(Verb.FORM_PARAF).approves(ApprovalKind.PARAF)),
  REFUSE_PARAF(Rule.from(AWAITING_PARAF).to(DRAFT).by(Verb.FORM_PARAF).refuses(ApprovalKind.PARAF).newRound()
      .voidsApprovals("paraf ditolak Sekretaris Kecamatan")),
  SIGN(Rule.from(AWAITING_SIGNATURE).to(SIGNED).by(Verb.FORM_SIGN).approves(ApprovalKind.SIGNATURE)
      .notBySameOfficialAs(ApprovalKind.PARAF)),
  /** The Camat's "Tidak": back to step 1, the whole history kept. */
  REFUSE_SIGNATURE(Rule.from(AWAITING_SIGNATURE).to(DRAFT).by(Verb.FORM_SIGN).refuses(ApprovalKind.SIGNATURE).newRound()
      .voidsApprovals("Camat tidak menandatangani")),
  /** The Staf takes the form back from the officials' desks to change it. */
  WITHDRAW(Rule.from(AWAITING_PARAF, AWAITING_SIGNATURE).to(DRAFT).by(Verb.FORM_CREATE).withReason()
      .newRound().voidsApprovals("format ditarik kembali oleh Staf untuk diubah")),
  /** Step 5: the clerk gives the signed letter its number from the register. */
  NUMBER(Rule.from(SIGNED).to(NUMBERED).by(Verb.LETTER_NUMBER)),
  /** Steps 5-6: duplicated and ready; one dispatch per addressed unit goes out. */
  DISPATCH(Rule.from(NUMBERED).to(DISTRIBUTING).by(Verb.FORM_DISTRIBUTE)),
  /** Step 6: a unit's head confirms receipt (checked at that unit). */
  RECEIVE(Rule.within(DISTRIBUTING).by(Verb.DISPATCH_RECEIVE)),
  /** Step 6 ends by itself when the last addressed unit confirms receipt. */
  COMPLETE_DISTRIBUTION(Rule.from(DISTRIBUTING).to(DISTRIBUTED).automatic());

  private final Rule<FormState> rule;

  FormTransition(Rule<FormState> rule) {
    this.rule = rule;
  }

  @Override
  public Rule<FormState> rule() {
    return rule;
  }
}
