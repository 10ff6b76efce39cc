package id.alurkinerja.cycles;

/** Where a cycle stands as a whole. */
public enum CycleStatus {
  /** No form yet. */
  NOT_STARTED,
  /** A first-year cycle whose format was imported: outside the SOP. */
  IMPORTED,
  /** Somewhere in steps 1-11. */
  IN_PROGRESS,
  /** The recap is signed (step 11 done). */
  FINISHED
}
