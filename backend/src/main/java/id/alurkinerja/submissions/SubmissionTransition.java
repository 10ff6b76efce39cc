package id.alurkinerja.submissions;

import static id.alurkinerja.submissions.SubmissionState.DRAFT;
import static id.alurkinerja.submissions.SubmissionState.NOT_STARTED;
import static id.alurkinerja.submissions.SubmissionState.NOT_SUBMITTED;
import static id.alurkinerja.submissions.SubmissionState.RETURNED;
import static id.alurkinerja.submissions.SubmissionState.SUBMITTED;
import static id.alurkinerja.submissions.SubmissionState.VERIFIED;

import id.alurkinerja.access.Verb;
import id.alurkinerja.workflow.Rule;
import id.alurkinerja.workflow.Transition;

/** The submission's transition table (step 7): a unit fills and hands in its data, the Sekcam decides. */
public enum SubmissionTransition implements Transition<SubmissionState> {
  /** One per reporting unit, made when the form is sent out. */
  CREATE(Rule.starts(NOT_STARTED).automatic()),
  /** The unit's first save of its data (only after its head confirmed receipt of the letter). */
  FIRST_SAVE(Rule.from(NOT_STARTED).to(DRAFT).by(Verb.SUBMISSION_EDIT).edit()),
  /** Later saves, also while returned: the Sekcam's grid keeps showing "returned" until resubmitted. */
  SAVE(Rule.within(DRAFT, RETURNED).by(Verb.SUBMISSION_EDIT).edit()),
  /** Evidence attached or removed while the data is with the unit. */
  ATTACH(Rule.within(NOT_STARTED, DRAFT, RETURNED).by(Verb.SUBMISSION_EDIT)),
  DETACH(Rule.within(NOT_STARTED, DRAFT, RETURNED).by(Verb.SUBMISSION_EDIT)),
  /** The unit's head hands the data in; the system checks completeness first. */
  SUBMIT(Rule.from(DRAFT, RETURNED).to(SUBMITTED).by(Verb.SUBMISSION_SUBMIT).newRound()),
  VERIFY(Rule.from(SUBMITTED).to(VERIFIED).by(Verb.SUBMISSION_VERIFY)),
  /** Incomplete or wrong: back to the unit with field-level notes. */
  RETURN(Rule.from(SUBMITTED).to(RETURNED).by(Verb.SUBMISSION_VERIFY).withReason()),
  /** Tidak menyampaikan: the unit never reported. */
  MARK_NOT_SUBMITTED(Rule.from(NOT_STARTED, DRAFT, RETURNED).to(NOT_SUBMITTED).by(Verb.SUBMISSION_VERIFY)
      .withReason());

  private final Rule<SubmissionState> rule;

  SubmissionTransition(Rule<SubmissionState> rule) {
    this.rule = rule;
  }

  @Override
  public Rule<SubmissionState> rule() {
    return rule;
  }
}
