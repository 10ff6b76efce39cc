package id.alurkinerja.workflow;

import java.util.Arrays;

/**
 * The eleven steps of the SOP Pengumpulan Data Kinerja Kecamatan (the uraian prosedur, their
 * pelaksana lane, mutu baku and output): the one source of every step title the API shows.
 */
public enum SopStep {
  DRAFT_FORMAT(1, "Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data", "Staf",
      "10 hari", "Draf format data kinerja dan konsep surat pemberitahuan pengisian data"),
  CORRECT_FORMAT(2, "Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data", "Kasubbag",
      "2 hari", "Koreksi draf format data kinerja dan surat pemberitahuan"),
  PARAF_FORMAT(3, "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data", "Sekcam",
      "10 menit", "Konsep format data kinerja dan surat pemberitahuan di atas meja Sekretaris Kecamatan"),
  SIGN_FORMAT(4, "Menerima dan menandatangani format data kinerja dan surat pemberitahuan", "Camat",
      "10 menit", "Format data kinerja dan surat pemberitahuan ditandatangani"),
  NUMBER_AND_DUPLICATE(5, "Menerima, memberi nomor dan menggandakan format data kinerja dan surat pemberitahuan",
      "Kasubbag", "1 hari", "Format siap dikirim"),
  DISTRIBUTE(6, "Mendistribusikan format data kinerja dan surat pemberitahuan ke subbag dan seksi",
      "Kasubbag dan Kasi", "60 menit", "Format data kinerja dan surat pemberitahuan terdistribusi ke bagian"),
  VERIFY(7, "Menerima dan memverifikasi data kinerja dari subbag dan seksi", "Sekcam", "30 menit per bagian",
      "Data terverifikasi, atau dikembalikan ke bagian bila tidak lengkap"),
  CONSOLIDATE(8, "Memasukkan dan menyerahkan data kinerja kepada Kasubbag yang membidangi", "Staf",
      "30 menit per bagian", "Rekap data kinerja"),
  VALIDATE(9, "Memvalidasi data kinerja", "Kasubbag", "5 hari", "Rekap data kinerja tervalidasi"),
  PARAF_DATA(10, "Memaraf data kinerja", "Sekcam", "5 menit", "Rekap data kinerja diparaf"),
  SIGN_DATA(11, "Menandatangani data kinerja", "Camat", "5 menit", "Data kinerja ditandatangani dan diarsipkan");

  /** What the units themselves do during step 7: fill in and hand in their data. */
  public static final String UNIT_WORK = "Mengisi dan menyampaikan data kinerja unit";

  /** A cycle whose recap is signed. */
  public static final String FINISHED = "Selesai: data kinerja telah ditandatangani";

  /** A first-year cycle whose format was imported, not made through the SOP. */
  public static final String OUTSIDE = "Di luar alur SOP (format tahun lalu yang diimpor)";

  private final int number;
  private final String title;
  private final String lane;
  private final String time;
  private final String output;

  SopStep(int number, String title, String lane, String time, String output) {
    this.number = number;
    this.title = title;
    this.lane = lane;
    this.time = time;
    this.output = output;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String lane() {
    return lane;
  }

  public String time() {
    return time;
  }

  public String output() {
    return output;
  }

  /** The title to show for a document or cycle at {@code step}: 0 is outside the SOP. */
  public static String titleOf(int step, boolean finished) {
    if (finished) {
      return FINISHED;
    }
    return step == 0 ? OUTSIDE : number(step).title;
  }

  public static SopStep number(int number) {
    return Arrays.stream(values()).filter(s -> s.number == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The SOP has no step " + number));
  }
}
