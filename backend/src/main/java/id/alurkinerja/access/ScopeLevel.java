package id.alurkinerja.access;

/** How far a role's grant of a verb reaches from the position that holds it. */
public enum ScopeLevel {
  /** Every kecamatan of the position's kabupaten. */
  KABUPATEN,
  /**
   * The kabupaten itself, and only from a kabupaten-level position (one without a kecamatan): what
   * a kabupaten ADMIN administers, such as its kecamatan and service accounts.
   */
  KABUPATEN_OFFICE,
  /** The position's kecamatan. */
  KECAMATAN,
  /** The position's kecamatan, but only if the position is in its unit pengelola data kinerja. */
  PENGELOLA,
  /** The position's own unit. */
  UNIT
}
