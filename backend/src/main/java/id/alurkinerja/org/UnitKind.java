package id.alurkinerja.org;

/** Subbagian (under the Sekcam) or Seksi. */
public enum UnitKind {
  SUBBAG,
  SEKSI
}
