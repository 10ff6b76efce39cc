package id.alurkinerja.calendar;

/** Whose calendar a day off belongs to. */
public enum HolidayScope {
  /** Every kecamatan (seeded with the release from the SKB of the three ministers). */
  NATIONAL,
  /** Every kecamatan of one kabupaten/kota. */
  KABUPATEN,
  /** One kecamatan. */
  KECAMATAN
}
