package id.alurkinerja.sop;

import id.alurkinerja.access.Role;
import java.util.Arrays;
import java.util.List;

/**
 * The eleven steps of the SOP Pengumpulan Data Kinerja Kecamatan as the code knows them: the number
 * each transition belongs to, who acts (the role the verbs are granted to) and the symbol drawn. The
 * texts, lanes and mutu baku here are the template a kecamatan's first SOP version is seeded from;
 * what the API shows comes from the kecamatan's SOP version ({@link SopBook}).
 */
public enum SopStep {
  DRAFT_FORMAT(1, "Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data", "Staf",
      Role.STAF, "Format data kinerja tahun lalu", "10 hari", 10, Duration.Unit.DAYS, false,
      "Draf format data kinerja dan konsep surat pemberitahuan pengisian data", Symbol.START, null, null,
      "Pembuatan draf data kinerja tergantung dari konteksnya"),
  CORRECT_FORMAT(2, "Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data", "Kasubbag",
      Role.KASUBBAG, "Draf format data kinerja dan draf surat pemberitahuan sudah dicetak", "2 hari", 2,
      Duration.Unit.DAYS, false, "Koreksi draf format data kinerja dan surat pemberitahuan", Symbol.PROCESS, null,
      null, null),
  PARAF_FORMAT(3, "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data", "Sekcam",
      Role.SEKCAM, "Konsep format data kinerja siap diparaf", "10 menit", 10, Duration.Unit.MINUTES, false,
      "Konsep format data kinerja dan surat pemberitahuan di atas meja Sekretaris Kecamatan", Symbol.PROCESS, null,
      null, null),
  SIGN_FORMAT(4, "Menerima dan menandatangani format data kinerja dan surat pemberitahuan", "Camat", Role.CAMAT,
      "Konsep format data kinerja dan surat pemberitahuan siap di atas meja dan sudah diparaf", "10 menit", 10,
      Duration.Unit.MINUTES, false, "Format data kinerja dan surat pemberitahuan ditandatangani", Symbol.DECISION,
      "Tidak", 1, "Tergantung volume pekerjaan"),
  NUMBER_AND_DUPLICATE(5, "Menerima, memberi nomor dan menggandakan format data kinerja dan surat pemberitahuan",
      "Kasubbag", Role.KASUBBAG, "Format data kinerja dan surat pemberitahuan telah ditandatangani", "1 hari", 1,
      Duration.Unit.DAYS, false, "Format siap dikirim", Symbol.PROCESS, null, null,
      "Nomor surat diberikan oleh pengadministrasi umum"),
  DISTRIBUTE(6, "Mendistribusikan format data kinerja dan surat pemberitahuan ke subbag dan seksi",
      "Kasubbag dan Kasi", Role.KASI, "Format data kinerja dan surat pemberitahuan tersedia siap dikirim",
      "60 menit", 60, Duration.Unit.MINUTES, false,
      "Format data kinerja dan surat pemberitahuan terdistribusi ke bagian", Symbol.PROCESS, null, null, null),
  VERIFY(7, "Menerima dan memverifikasi data kinerja dari subbag dan seksi", "Sekcam", Role.SEKCAM,
      "Data kinerja dari subbag dan seksi", "30 menit per bagian", 30, Duration.Unit.MINUTES, true,
      "Data terverifikasi, atau dikembalikan ke bagian bila tidak lengkap", Symbol.PROCESS, null, null,
      "Jika data tidak lengkap akan dikembalikan ke bagian"),
  CONSOLIDATE(8, "Memasukkan dan menyerahkan data kinerja kepada Kasubbag yang membidangi", "Staf", Role.STAF,
      "Data kinerja dari subbag dan seksi yang terverifikasi", "30 menit per bagian", 30, Duration.Unit.MINUTES,
      true, "Rekap data kinerja", Symbol.PROCESS, null, null, null),
  VALIDATE(9, "Memvalidasi data kinerja", "Kasubbag", Role.KASUBBAG, "Rekap data kinerja", "5 hari", 5,
      Duration.Unit.DAYS, false, "Rekap data kinerja tervalidasi", Symbol.PROCESS, null, null, null),
  PARAF_DATA(10, "Memaraf data kinerja", "Sekcam", Role.SEKCAM, "Rekap data kinerja tervalidasi", "5 menit", 5,
      Duration.Unit.MINUTES, false, "Rekap data kinerja diparaf", Symbol.PROCESS, null, null, null),
  SIGN_DATA(11, "Menandatangani data kinerja", "Camat", Role.CAMAT, "Rekap data kinerja yang sudah diparaf",
      "5 menit", 5, Duration.Unit.MINUTES, false, "Data kinerja ditandatangani dan diarsipkan", Symbol.END, null,
      null, null);

  /** What the units themselves do during step 7: fill in and hand in their data. */
  public static final String UNIT_WORK = "Mengisi dan menyampaikan data kinerja unit";

  /** A cycle whose recap is signed. */
  public static final String FINISHED = "Selesai: data kinerja telah ditandatangani";

  /** A first-year cycle whose format was imported, not made through the SOP. */
  public static final String OUTSIDE = "Di luar alur SOP (format tahun lalu yang diimpor)";

  /** The lanes of the template, in the SOP table's column order. */
  public static final List<String> LANES = List.of("Staf", "Kasubbag", "Sekcam", "Camat",
      "Kasubbag dan Kasi");

  /** How a step is drawn in the PermenPAN-RB 35/2012 flowchart. */
  public enum Symbol { START, PROCESS, DECISION, END }

  /** A mutu baku's time: an amount of working days or office minutes, per bagian where it says so. */
  public record Duration(int amount, Unit unit, boolean perUnit) {
    public enum Unit { DAYS, MINUTES }
  }

  private final int number;
  private final String title;
  private final String lane;
  private final Role actor;
  private final String requirement;
  private final String time;
  private final Duration duration;
  private final String output;
  private final Symbol symbol;
  private final String decision;
  private final Integer refusalStep;
  private final String notes;

  SopStep(int number, String title, String lane, Role actor, String requirement, String time, int amount,
      Duration.Unit unit, boolean perUnit, String output, Symbol symbol, String decision, Integer refusalStep,
      String notes) {
    this.number = number;
    this.title = title;
    this.lane = lane;
    this.actor = actor;
    this.requirement = requirement;
    this.time = time;
    this.duration = new Duration(amount, unit, perUnit);
    this.output = output;
    this.symbol = symbol;
    this.decision = decision;
    this.refusalStep = refusalStep;
    this.notes = notes;
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

  public Role actor() {
    return actor;
  }

  public String requirement() {
    return requirement;
  }

  public String time() {
    return time;
  }

  public Duration duration() {
    return duration;
  }

  public String output() {
    return output;
  }

  public Symbol symbol() {
    return symbol;
  }

  public String decision() {
    return decision;
  }

  public Integer refusalStep() {
    return refusalStep;
  }

  public String notes() {
    return notes;
  }

  public static SopStep number(int number) {
    return Arrays.stream(values()).filter(s -> s.number == number).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("The SOP has no step " + number));
  }
}
