package id.alurkinerja.access;

import java.util.Objects;

/**
 * One position a user holds right now: a role at a kabupaten, kecamatan and possibly a unit, either
 * their own or held as Plt./Plh. ({@code acting} not null). {@code capacity} is how it reads on
 * documents and in the audit trail, e.g. "Sekretaris Kecamatan Bulu" or "Plh. Camat Bulu".
 */
public record Grant(Role role, long kabupatenId, Long kecamatanId, Long unitId, boolean pengelola,
    ActingKind acting, Long actingAssignmentId, String capacity) {

  /** Whether this position reaches {@code target} for a verb granted at {@code level}. */
  public boolean covers(ScopeLevel level, Target target) {
    if (kecamatanId == null) { // a kabupaten-level position reaches every kecamatan of its kabupaten
      return (level == ScopeLevel.KABUPATEN || level == ScopeLevel.KECAMATAN
          || level == ScopeLevel.KABUPATEN_OFFICE) && kabupatenId == target.kabupatenId();
    }
    return switch (level) {
      case KABUPATEN -> kabupatenId == target.kabupatenId();
      case KABUPATEN_OFFICE -> false;
      case KECAMATAN -> Objects.equals(kecamatanId, target.kecamatanId());
      case PENGELOLA -> pengelola && Objects.equals(kecamatanId, target.kecamatanId());
      case UNIT -> unitId != null && Objects.equals(unitId, target.unitId());
    };
  }

  /**
   * Whether the target's existence may be revealed to this position at all. The kabupaten itself
   * (a target without kecamatan) is no secret to the officials of its kecamatan.
   */
  public boolean sees(Target target) {
    boolean kabupatenWide = kecamatanId == null || role == Role.KABUPATEN || target.kecamatanId() == null;
    return kabupatenWide ? kabupatenId == target.kabupatenId()
        : Objects.equals(kecamatanId, target.kecamatanId());
  }

  /** Whether it is held as Plt./Plh. rather than as the user's own post. */
  public boolean isActing() {
    return acting != null;
  }
}
