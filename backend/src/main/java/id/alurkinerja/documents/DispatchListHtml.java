package id.alurkinerja.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The buku ekspedisi of a letter: one row per addressed unit for the courier, with the electronic
 * receipt where the unit's head has confirmed it and a blank box for the receiver's signature on paper.
 * A working paper, printed on demand; not an issued document.
 */
public final class DispatchListHtml {

  /** One addressee: where it goes, when it was sent, and its receipt so far. */
  public record Row(String addressee, Instant sentAt, Instant receivedAt, String receivedBy) {}

  private DispatchListHtml() {}

  public static String render(LetterSheet.Kop kop, String number, LocalDate date, String hal, List<Row> rows,
      ZoneId zone, Instant printedAt) {
    Xhtml h = new Xhtml();
    h.raw("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/><title>Buku ekspedisi ").text(number)
        .raw("</title><style>").raw(DocumentStyles.PAGE).raw(STYLE).raw("</style></head><body>");
    LetterHtml.footer(h, new LetterSheet.Footer(null, null, null, "Dicetak " + IndonesianText.dateTime(printedAt, zone)
        + ". Daftar kerja untuk caraka; tanda terima elektronik tercatat di Alur Kinerja."));
    LetterHtml.kop(h, kop);
    h.raw("<h1>BUKU EKSPEDISI</h1><table class=\"meta\"><tr><td>Nomor surat</td><td>:</td><td>").text(number)
        .raw("</td></tr><tr><td>Tanggal</td><td>:</td><td>").text(IndonesianText.date(date))
        .raw("</td></tr><tr><td>Hal</td><td>:</td><td>").text(hal).raw("</td></tr></table>");
    h.raw("<table class=\"grid\"><thead><tr><th class=\"no\">No.</th><th>Kepada</th><th>Dikirim</th>"
        + "<th>Tanda terima elektronik</th><th class=\"sign\">Nama, tanggal dan tanda tangan penerima</th></tr>"
        + "</thead><tbody>");
    int n = 0;
    for (Row row : rows) {
      h.raw("<tr><td class=\"no\">").text(Integer.toString(++n)).raw("</td><td>").text(row.addressee())
          .raw("</td><td>").text(row.sentAt() == null ? "belum dikirim" : IndonesianText.dateTime(row.sentAt(), zone))
          .raw("</td><td>").text(row.receivedAt() == null ? "belum diterima"
              : "Diterima " + row.receivedBy() + ", " + IndonesianText.dateTime(row.receivedAt(), zone))
          .raw("</td><td class=\"sign\"></td></tr>");
    }
    h.raw("</tbody></table></body></html>");
    return h.toString();
  }

  private static final String STYLE = """
      h1 { font-size: 13pt; margin: 4mm 0; }
      table.meta { margin-bottom: 4mm; border-collapse: collapse; }
      table.meta td { padding: 0 1.5mm 0 0; }
      table.grid td { height: 16mm; }
      table.grid .no { width: 8mm; text-align: center; }
      table.grid .sign { width: 45mm; }
      """;
}
