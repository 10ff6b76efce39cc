package id.alurkinerja.calendar;

/** Why a day is off. */
public enum HolidayKind {
  /** A national holiday (libur nasional). */
  LIBUR_NASIONAL,
  /** Joint leave for ASN (cuti bersama). */
  CUTI_BERSAMA,
  /** A kabupaten's or kecamatan's own day off (e.g. its anniversary). */
  LIBUR_DAERAH,
  /** Any other day the office is closed, e.g. an extra day decided during the year. */
  LAINNYA
}
