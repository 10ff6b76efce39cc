package id.alurkinerja.sla;

import id.alurkinerja.access.Verb;

/**
 * The pieces of work the SOP's steps are made of, each measured against its step's mutu baku: one
 * per document and round, and one per unit where the step is done per bagian.
 */
public enum SlaWork {
  DRAFT_FORMAT(1, SlaDocument.FORM, Verb.FORM_CREATE),
  CORRECT_FORMAT(2, SlaDocument.FORM, Verb.FORM_CORRECT),
  PARAF_FORMAT(3, SlaDocument.FORM, Verb.FORM_PARAF),
  SIGN_FORMAT(4, SlaDocument.FORM, Verb.FORM_SIGN),
  /** Step 5: number (ARSIP), duplicate and make ready to send (Kasubbag). */
  NUMBER_FORMAT(5, SlaDocument.FORM, Verb.FORM_DISTRIBUTE),
  /** Step 6, per unit: the form reaches the unit and its head confirms receipt. */
  RECEIVE(6, SlaDocument.DISPATCH, Verb.DISPATCH_RECEIVE),
  /** Within step 7, per unit: the unit fills in and hands in its data by the letter's tenggat. */
  FILL(7, SlaDocument.SUBMISSION, Verb.SUBMISSION_SUBMIT),
  /** Step 7, per unit: the Sekcam verifies what the unit handed in. */
  VERIFY(7, SlaDocument.SUBMISSION, Verb.SUBMISSION_VERIFY),
  /** Step 8: consolidate, its mutu baku multiplied by the units addressed. */
  CONSOLIDATE(8, SlaDocument.FORM, Verb.RECAP_EDIT),
  VALIDATE(9, SlaDocument.RECAP, Verb.RECAP_VALIDATE),
  PARAF_DATA(10, SlaDocument.RECAP, Verb.RECAP_PARAF),
  SIGN_DATA(11, SlaDocument.RECAP, Verb.RECAP_SIGN);

  private final int step;
  private final SlaDocument document;
  private final Verb verb;

  SlaWork(int step, SlaDocument document, Verb verb) {
    this.step = step;
    this.document = document;
    this.verb = verb;
  }

  public int step() {
    return step;
  }

  public SlaDocument document() {
    return document;
  }

  /** The verb of those whose work it is. */
  public Verb verb() {
    return verb;
  }

  /** Whether it is a unit's own work (measured against the letter's tenggat, not a step's mutu baku). */
  public boolean unitsOwn() {
    return this == FILL;
  }
}
