package id.alurkinerja.audit;

/**
 * Which hash chain an audit entry belongs to: its kecamatan's; for an entry of a kabupaten itself (a
 * kabupaten-wide day off) its kabupaten's; for an entry of neither, the global chain.
 */
public final class AuditChains {

  public static final String GLOBAL = "global";

  private AuditChains() {}

  public static String keyOf(Long kabupatenId, Long kecamatanId) {
    if (kecamatanId != null) {
      return kecamatan(kecamatanId);
    }
    return kabupatenId != null ? kabupaten(kabupatenId) : GLOBAL;
  }

  public static String kecamatan(long kecamatanId) {
    return "kecamatan:" + kecamatanId;
  }

  public static String kabupaten(long kabupatenId) {
    return "kabupaten:" + kabupatenId;
  }
}
