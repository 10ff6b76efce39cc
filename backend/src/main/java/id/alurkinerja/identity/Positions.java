package id.alurkinerja.identity;

import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;

/** How a position reads on screens and documents. */
public final class Positions {

  private Positions() {}

  /** The capacity a grant acts in, e.g. "Plh. Camat Bulu"; what documents and the audit show. */
  public static String capacity(id.alurkinerja.access.Grant grant) {
    Kecamatan k = grant.kecamatanId() == null ? null : Kecamatan.findById(grant.kecamatanId());
    OrgUnit unit = grant.unitId() == null ? null : OrgUnit.findById(grant.unitId());
    String title = title(grant.role(), k, unit);
    return grant.acting() == null ? title : grant.acting().prefix() + " " + title;
  }

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
