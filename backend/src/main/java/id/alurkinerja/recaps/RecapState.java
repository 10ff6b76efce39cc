package id.alurkinerja.recaps;

/** Where the kecamatan recap stands in steps 8-11. */
public enum RecapState {
  /** Step 8: the Staf enters each unit's verified data and corrects entry mistakes. */
  DRAFT(8),
  /** Step 9: the Kasubbag validates. */
  AWAITING_VALIDATION(9),
  /** Step 10: the Sekcam's paraf. */
  AWAITING_PARAF(10),
  /** Step 11: the Camat's signature. */
  AWAITING_SIGNATURE(11),
  /** Signed: final and read-only; a later correction is a ralat. */
  SIGNED(11),
  /** Replaced by a signed ralat. */
  SUPERSEDED(11);

  private final int step;

  RecapState(int step) {
    this.step = step;
  }

  public int step() {
    return step;
  }
}
