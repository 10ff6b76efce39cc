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

  public boolean editable() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED;
  }
}
