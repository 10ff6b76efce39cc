package id.alurkinerja.forms;

/** Where a form stands in SOP steps 1-6. */
public enum FormState {
  /** Step 1: the Staf drafts (also where every refusal sends it back). */
  DRAFT(1),
  /** Step 2: the Kasubbag corrects. */
  IN_CORRECTION(2),
  /** Step 3: on the Sekcam's desk for paraf. */
  AWAITING_PARAF(3),
  /** Step 4: on the Camat's desk for signature. */
  AWAITING_SIGNATURE(4),
  /** Step 5: signed; the letter waits for its number. */
  SIGNED(5),
  /** Step 5: numbered; being duplicated and made ready to send. */
  NUMBERED(5),
  /** Step 6: sent to the units, receipts outstanding. */
  DISTRIBUTING(6),
  /** Every addressed unit confirmed receipt. */
  DISTRIBUTED(6),
  /** Last year's format imported from a file (first year in the system): not signed here, read-only. */
  IMPORTED(0);

  private final int step;

  FormState(int step) {
    this.step = step;
  }

  /** The SOP step whose work this state waits for; 0 for an imported form outside the SOP. */
  public int step() {
    return step;
  }
}
