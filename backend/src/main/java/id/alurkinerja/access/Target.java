package id.alurkinerja.access;

/**
 * Where an object lives, which is all authorisation needs to know about it: its kabupaten, its
 * kecamatan (null for kabupaten-level objects) and its unit (null for kecamatan-wide objects).
 */
public record Target(long kabupatenId, Long kecamatanId, Long unitId) {

  /** The kabupaten itself, e.g. its list of kecamatan, officers or service accounts. */
  public static Target kabupaten(long kabupatenId) {
    return new Target(kabupatenId, null, null);
  }

  public static Target kecamatan(long kabupatenId, long kecamatanId) {
    return new Target(kabupatenId, kecamatanId, null);
  }

  public static Target unit(long kabupatenId, long kecamatanId, long unitId) {
    return new Target(kabupatenId, kecamatanId, unitId);
  }
}
