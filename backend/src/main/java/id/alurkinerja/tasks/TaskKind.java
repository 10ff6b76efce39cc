package id.alurkinerja.tasks;

/** What a task is about. */
public enum TaskKind {
  /** The form and letter, steps 1-5. */
  FORM,
  /** A receipt the unit's head confirms, step 6. */
  DISPATCH,
  /** A unit's data to fill, submit or verify, step 7. */
  SUBMISSION,
  /** The kecamatan recap, steps 8-11. */
  RECAP
}
