package id.alurkinerja.identity;

import id.alurkinerja.access.Role;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;

/** How a position reads on screens and documents. */
public final class Positions {

  private Positions() {}

  /** The title of a role at a kecamatan and unit, e.g. "Camat Bulu" or "Kepala Seksi Pemerintahan". */
  public static String title(Role role, Kecamatan k, OrgUnit unit) {
    String where = k == null ? "" : " " + k.name;
    return switch (role) {
      case CAMAT -> "Camat" + where;
      case SEKCAM -> "Sekretaris Kecamatan" + where;
      case KASUBBAG -> "Kepala " + (unit == null ? "Subbagian" : unit.name);
      case KASI -> "Kepala " + (unit == null ? "Seksi" : unit.name);
      case STAF -> "Staf " + (unit == null ? "" : unit.name);
      case ARSIP -> "Pengadministrasi Umum" + where;
      case ADMIN -> "Administrator" + (k == null ? " Kabupaten" : where);
      case KABUPATEN -> "Petugas Kabupaten";
    };
  }
}
