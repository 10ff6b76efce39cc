package id.alurkinerja.access;

/** The SOP's pelaksana plus the two roles outside it (see the domain brief). */
public enum Role {
  STAF("Staf"),
  KASUBBAG("Kasubbag"),
  KASI("Kasi"),
  SEKCAM("Sekretaris Kecamatan"),
  CAMAT("Camat"),
  ARSIP("Pengadministrasi Umum"),
  ADMIN("Administrator"),
  KABUPATEN("Petugas Kabupaten");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** How the role reads in Bahasa Indonesia, e.g. for "Plt. Camat". */
  public String label() {
    return label;
  }
}
