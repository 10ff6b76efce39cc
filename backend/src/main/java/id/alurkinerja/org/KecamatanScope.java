package id.alurkinerja.org;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which kecamatan a user's positions reach, so lists ask the database only for those. */
public final class KecamatanScope {

  private KecamatanScope() {}

  /** Every kecamatan the user may see: their own, or all of their kabupaten for kabupaten-wide positions. */
  public static List<Long> visibleTo(CurrentUser user) {
    Set<Long> ids = new LinkedHashSet<>();
    for (Grant g : user.grants()) {
      if (g.kecamatanId() == null || g.role() == Role.KABUPATEN) {
        Kecamatan.ofKabupaten(g.kabupatenId()).forEach(k -> ids.add(k.id));
      } else {
        ids.add(g.kecamatanId());
      }
    }
    return List.copyOf(ids);
  }

  /** The kecamatan where the user holds a position of the kecamatan itself (where SOP work waits for them). */
  public static List<Long> workplacesOf(CurrentUser user) {
    return user.grants().stream().map(Grant::kecamatanId).filter(java.util.Objects::nonNull).distinct().toList();
  }
}
