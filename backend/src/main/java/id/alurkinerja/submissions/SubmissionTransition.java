package id.alurkinerja.submissions;

import static id.alurkinerja.submissions.SubmissionState.DRAFT;
import static id.alurkinerja.submissions.SubmissionState.NOT_STARTED;
import static id.alurkinerja.submissions.SubmissionState.NOT_SUBMITTED;
import static id.alurkinerja.submissions.SubmissionState.RETURNED;
import static id.alurkinerja.submissions.SubmissionState.SUBMITTED;
import static id.alurkinerja.submissions.SubmissionState.VERIFIED;

import id.alurkinerja.access.Verb;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The submission's state machine (step 7): named transitions with their verb and states. */
public enum SubmissionTransition {
  /** The unit's head hands the data in; the system checks completeness first. */
  SUBMIT(EnumSet.of(DRAFT, RETURNED), SUBMITTED, Verb.SUBMISSION_SUBMIT, false),
  VERIFY(EnumSet.of(SUBMITTED), VERIFIED, Verb.SUBMISSION_VERIFY, false),
  /** Incomplete or wrong: back to the unit with field-level notes. */
  RETURN(EnumSet.of(SUBMITTED), RETURNED, Verb.SUBMISSION_VERIFY, true),
  /** Tidak menyampaikan: the unit never reported. */
  MARK_NOT_SUBMITTED(EnumSet.of(NOT_STARTED, DRAFT, RETURNED), NOT_SUBMITTED, Verb.SUBMISSION_VERIFY, true);

  private final Set<SubmissionState> from;
  private final SubmissionState to;
  private final Verb verb;
  private final boolean needsReason;

  SubmissionTransition(Set<SubmissionState> from, SubmissionState to, Verb verb, boolean needsReason) {
    this.from = from;
    this.to = to;
    this.verb = verb;
    this.needsReason = needsReason;
  }

  public boolean leavesFrom(SubmissionState state) {
    return from.contains(state);
  }

  public SubmissionState to() {
    return to;
  }

  public Verb verb() {
    return verb;
  }

  public boolean needsReason() {
    return needsReason;
  }

  public static List<SubmissionTransition> from(SubmissionState state) {
    return EnumSet.allOf(SubmissionTransition.class).stream().filter(t -> t.leavesFrom(state)).toList();
  }
}
