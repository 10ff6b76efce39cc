package id.alurkinerja.documents;

import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.documents.LetterSheet.FormatRow;
import id.alurkinerja.documents.LetterSheet.Paraf;
import id.alurkinerja.documents.LetterSheet.Signature;
import java.util.List;

/**
 * The notification letter as XHTML for the PDF printer, laid out as the tata naskah dinas of regional
 * government writes a letter: kop surat, place and date, Nomor / Sifat / Lampiran / Hal, "Yth."
 * addressees, body, signature block, paraf marks and tembusan; the format data kinerja follows as its
 * lampiran, whose table repeats its header on every page.
 */
public final class LetterHtml {

  private static final String BLANK = "..........................";

  private LetterHtml() {}

  public static String render(LetterSheet s) {
    Xhtml h = new Xhtml();
    h.raw("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/>");
    h.raw("<title>").text(s.hal()).raw("</title>");
    h.raw("<meta name=\"author\" content=\"").attr(s.kop().office()).raw("\"/>");
    h.raw("<style>").raw(DocumentStyles.LETTER).raw("</style></head><body>");
    footer(h, s.footer());
    kop(h, s.kop());
    heading(h, s);
    h.raw("<div class=\"body\">");
    for (String paragraph : s.body().split("\\R\\s*\\R")) {
      if (!paragraph.isBlank()) {
        h.raw("<p>").lines(paragraph.trim()).raw("</p>");
      }
    }
    if (s.deadline() != null) {
      h.raw("<p>Data disampaikan paling lambat tanggal ").text(IndonesianText.date(s.deadline())).raw(".</p>");
    }
    h.raw("</div>");
    signatureBlock(h, s.signature());
    parafs(h, s.parafs());
    tembusan(h, s.tembusan());
    lampiran(h, s);
    h.raw("</body></html>");
    return h.toString();
  }

  static void footer(Xhtml h, LetterSheet.Footer f) {
    h.raw("<div id=\"footer\"><table class=\"footer\"><tr>");
    if (f != null && f.qrDataUri() != null) {
      h.raw("<td class=\"qr\"><img src=\"").attr(f.qrDataUri()).raw("\" alt=\"QR verifikasi\"/></td>");
    }
    h.raw("<td class=\"note\">");
    if (f != null && f.verifyUrl() != null) {
      h.raw("Dokumen elektronik. Periksa keasliannya di <b>").text(f.verifyUrl()).raw("</b> (kode <b>")
          .text(f.code()).raw("</b>).");
    }
    if (f != null && f.note() != null) {
      h.raw(" ").text(f.note());
    }
    h.raw("</td><td class=\"page\">Halaman <span class=\"pageno\"></span></td></tr></table></div>");
  }

  static void kop(Xhtml h, LetterSheet.Kop kop) {
    h.raw("<table class=\"kop\"><tr><td class=\"logo\">");
    if (kop.logoDataUri() != null) {
      h.raw("<img src=\"").attr(kop.logoDataUri()).raw("\" alt=\"Logo\"/>");
    }
    h.raw("</td><td class=\"kop-text\"><div class=\"gov\">").text(kop.government()).raw("</div>");
    h.raw("<div class=\"office\">").text(kop.office()).raw("</div>");
    if (kop.address() != null) {
      h.raw("<div class=\"addr\">").text(kop.address()).raw("</div>");
    }
    if (kop.contact() != null) {
      h.raw("<div class=\"addr\">").text(kop.contact()).raw("</div>");
    }
    h.raw("</td><td class=\"logo\"></td></tr></table><div class=\"kop-rule\"></div>");
  }

  private static void heading(Xhtml h, LetterSheet s) {
    h.raw("<p class=\"place-date\">").text(s.place()).raw(", ")
        .text(s.date() == null ? BLANK : IndonesianText.date(s.date())).raw("</p>");
    h.raw("<table class=\"meta\">");
    metaRow(h, "Nomor", s.number() == null ? BLANK : s.number());
    metaRow(h, "Sifat", s.sifat());
    metaRow(h, "Lampiran", s.format().isEmpty() ? "-" : IndonesianText.counted(1) + " berkas");
    metaRow(h, "Hal", s.hal());
    h.raw("</table>");
    h.raw("<div class=\"yth\"><div>Yth.</div>");
    if (s.addressees().size() == 1) {
      h.raw("<div class=\"addressee\">").text(s.addressees().get(0)).raw("</div>");
    } else {
      h.raw("<ol class=\"addressees\">");
      for (String a : s.addressees()) {
        h.raw("<li>").text(a).raw("</li>");
      }
      h.raw("</ol>");
    }
    h.raw("<div class=\"addressee\">di</div><div class=\"tempat\">Tempat</div></div>");
  }

  private static void metaRow(Xhtml h, String label, String value) {
    h.raw("<tr><td class=\"label\">").text(label).raw("</td><td class=\"colon\">:</td><td>").text(value)
        .raw("</td></tr>");
  }

  static void signatureBlock(Xhtml h, Signature sig) {
    h.raw("<div class=\"signature\"><div>").text(sig.capacity()).raw(",</div>");
    if (sig.signedAt() != null) {
      h.raw("<div class=\"mark\">Ditandatangani secara elektronik<br/>")
          .text(IndonesianText.dateTime(sig.signedAt(), sig.zone())).raw("</div>");
    } else {
      h.raw("<div class=\"mark pending\">(belum ditandatangani)</div>");
    }
    h.raw("<div class=\"name\">").text(sig.name() == null ? BLANK : sig.name()).raw("</div>");
    if (sig.pangkat() != null) {
      h.raw("<div>").text(sig.pangkat()).raw("</div>");
    }
    if (sig.nip() != null) {
      h.raw("<div>NIP. ").text(sig.nip()).raw("</div>");
    }
    h.raw("</div>");
  }

  static void parafs(Xhtml h, List<Paraf> parafs) {
    if (parafs.isEmpty()) {
      return;
    }
    boolean onlyParafs = parafs.stream().allMatch(p -> p.kind() == ApprovalKind.PARAF);
    h.raw("<table class=\"parafs\"><tr><th colspan=\"3\">").text(onlyParafs ? "Paraf" : "Validasi dan paraf")
        .raw("</th></tr>");
    for (Paraf p : parafs) {
      h.raw("<tr><td>").text(p.label()).raw("</td><td>").text(p.capacity()).raw("<br/>").text(p.name())
          .raw("</td><td>&#10003; ").text(IndonesianText.dateTime(p.at(), p.zone())).raw("</td></tr>");
    }
    h.raw("</table>");
  }

  private static void tembusan(Xhtml h, List<String> tembusan) {
    if (tembusan.isEmpty()) {
      return;
    }
    h.raw("<div class=\"tembusan\"><div>Tembusan:</div><ol>");
    for (String t : tembusan) {
      h.raw("<li>").text(t).raw("</li>");
    }
    h.raw("</ol></div>");
  }

  private static void lampiran(Xhtml h, LetterSheet s) {
    if (s.format().isEmpty()) {
      return;
    }
    h.raw("<div class=\"lampiran\"><table class=\"lampiran-head\">");
    h.raw("<tr><td colspan=\"3\">LAMPIRAN SURAT ").text(s.signature().capacity().toUpperCase(IndonesianText.ID))
        .raw("</td></tr>");
    metaRow(h, "Nomor", s.number() == null ? BLANK : s.number());
    metaRow(h, "Tanggal", s.date() == null ? BLANK : IndonesianText.date(s.date()));
    metaRow(h, "Hal", s.hal());
    h.raw("</table>");
    h.raw("<h1>FORMAT DATA KINERJA TAHUN ").text(Integer.toString(s.year())).raw("<br/>")
        .text(s.kop().office()).raw("</h1>");
    h.raw("<table class=\"grid\"><thead><tr><th class=\"no\">Kode</th><th>Sasaran / Indikator kinerja</th>"
        + "<th>Satuan</th><th class=\"num\">Target</th><th>Unit pelapor</th></tr></thead><tbody>");
    for (FormatRow row : s.format()) {
      if (row.sasaran()) {
        h.raw("<tr class=\"sasaran\"><td>").text(row.code()).raw("</td><td colspan=\"4\">").text(row.name())
            .raw("</td></tr>");
      } else {
        h.raw("<tr><td>").text(row.code()).raw("</td><td>").text(row.name()).raw("</td><td>").text(row.satuan())
            .raw("</td><td class=\"num\">").text(row.target()).raw("</td><td>").text(row.units()).raw("</td></tr>");
      }
    }
    h.raw("</tbody></table>");
    signatureBlock(h, s.signature());
    h.raw("</div>");
  }
}
