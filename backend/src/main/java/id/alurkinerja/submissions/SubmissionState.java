package id.alurkinerja.submissions;

/** Where a unit's submission stands in step 7. */
public enum SubmissionState {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  /** Returned by the Sekcam with notes; the unit fixes and submits again. */
  RETURNED,
  VERIFIED,
  /** The unit never reported; set by the Sekcam with a reason so the cycle can go on. */
  NOT_SUBMITTED;

  /** Verified or marked not submitted: the unit's part of step 7 is over. */
  public boolean done() {
    return this == VERIFIED || this == NOT_SUBMITTED;
  }
}
