package id.alurkinerja.documents;

import id.alurkinerja.approvals.ApprovalKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Everything the notification letter prints, with its lampiran (the format data kinerja): the input of
 * {@link LetterHtml}. Number and date are null in the preview an official approves from; the QR
 * footer is null there too, since only an issued document can be verified.
 */
public record LetterSheet(Kop kop, String number, LocalDate date, String place, String hal,
    String sifat, List<String> addressees, String copyFor, String body, LocalDate deadline,
    Signature signature, List<Paraf> parafs, List<String> tembusan, int year, List<FormatRow> format,
    Footer footer) {

  /** The kop surat: "PEMERINTAH KABUPATEN …", "KECAMATAN …", address and contact lines, logo. */
  public record Kop(String government, String office, String address, String contact, String logoDataUri) {}

  /**
   * The signature block: the capacity it is given in ("Camat Bulu", "Plt. Camat Bulu"), the official's
   * name, pangkat/golongan and NIP; {@code signedAt} null while it is not given yet.
   */
  public record Signature(String capacity, String name, String pangkat, String nip, Instant signedAt,
      ZoneId zone) {}

  /** A mark beside the signature: who validated or initialled, in which capacity, when. */
  public record Paraf(ApprovalKind kind, String capacity, String name, Instant at, ZoneId zone) {

    /** How the mark's kind is printed: "Validasi" or "Paraf". */
    public String label() {
      return kind == ApprovalKind.VALIDATION ? "Validasi" : "Paraf";
    }
  }

  /** One line of the format: a sasaran heading (indicator fields null) or one of its indicators. */
  public record FormatRow(String code, String name, boolean sasaran, String satuan, String target,
      String units) {}

  /** The verification footer of every page of an issued document. */
  public record Footer(String verifyUrl, String code, String qrDataUri, String note) {}

  /** The same letter addressed to one unit only, for that unit's copy. */
  public LetterSheet copyFor(String addressee, Footer copyFooter) {
    return new LetterSheet(kop, number, date, place, hal, sifat, List.of(addressee), addressee, body, deadline,
        signature, parafs, tembusan, year, format, copyFooter);
  }

  /** The same letter with its verification footer. */
  public LetterSheet withFooter(Footer issued) {
    return new LetterSheet(kop, number, date, place, hal, sifat, addressees, copyFor, body, deadline,
        signature, parafs, tembusan, year, format, issued);
  }
}
