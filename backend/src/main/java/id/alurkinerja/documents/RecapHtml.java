package id.alurkinerja.documents;

import id.alurkinerja.documents.RecapSheet.IndicatorRow;
import id.alurkinerja.documents.RecapSheet.SasaranRows;

/** The signed recap (data kinerja kecamatan) as XHTML for the PDF printer; its table repeats its header on every page. */
public final class RecapHtml {

  private RecapHtml() {}

  public static String render(RecapSheet s) {
    Xhtml h = new Xhtml();
    h.raw("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"UTF-8\"/>");
    h.raw("<title>").text(s.title()).raw("</title>");
    h.raw("<meta name=\"author\" content=\"").attr(s.kop().office()).raw("\"/>");
    h.raw("<style>").raw(DocumentStyles.PAGE).raw(STYLE).raw("</style></head><body>");
    LetterHtml.footer(h, s.footer());
    LetterHtml.kop(h, s.kop());
    h.raw("<h1>").text(s.title().toUpperCase(IndonesianText.ID)).raw("</h1>");
    if (s.ralatNote() != null) {
      h.raw("<p class=\"ralat\">").text(s.ralatNote()).raw("</p>");
    }
    h.raw("<table class=\"grid\"><thead><tr><th>Kode</th><th>Sasaran / Indikator kinerja</th><th>Satuan</th>"
        + "<th class=\"num\">Target</th><th class=\"num\">Realisasi</th><th class=\"num\">Capaian (%)</th>"
        + "<th>Realisasi per unit</th></tr></thead><tbody>");
    for (SasaranRows sasaran : s.sasaran()) {
      h.raw("<tr class=\"sasaran\"><td>").text(sasaran.code()).raw("</td><td colspan=\"4\">").text(sasaran.name())
          .raw("</td><td class=\"num\">").text(sasaran.capaian()).raw("</td><td>").text(sasaran.band())
          .raw("</td></tr>");
      for (IndicatorRow i : sasaran.indicators()) {
        h.raw("<tr><td>").text(i.code()).raw("</td><td>").text(i.name());
        if (i.note() != null) {
          h.raw("<div class=\"note\">").text(i.note()).raw("</div>");
        }
        h.raw("</td><td>").text(i.satuan()).raw("</td><td class=\"num\">").text(i.target())
            .raw("</td><td class=\"num\">").text(i.realisasi()).raw("</td><td class=\"num\">").text(i.capaian())
            .raw("</td><td class=\"units\">");
        for (String unit : i.units()) {
          h.raw("<div>").text(unit).raw("</div>");
        }
        h.raw("</td></tr>");
      }
    }
    h.raw("<tr class=\"total\"><td></td><td colspan=\"4\">Capaian kinerja kecamatan (rata-rata capaian sasaran)"
        + "</td><td class=\"num\">")
        .text(s.overallCapaian()).raw("</td><td>").text(s.overallBand()).raw("</td></tr>");
    h.raw("</tbody></table>");
    h.raw("<p class=\"place-date\">").text(s.place()).raw(", ")
        .text(s.date() == null ? ".........................." : IndonesianText.date(s.date())).raw("</p>");
    LetterHtml.signatureBlock(h, s.signature());
    LetterHtml.parafs(h, s.marks());
    h.raw("</body></html>");
    return h.toString();
  }

  private static final String STYLE = """
      h1 { font-size: 12pt; }
      .ralat { font-style: italic; text-align: center; }
      table.grid { font-size: 8.5pt; }
      table.grid td.units { font-size: 7.5pt; width: 28%; }
      table.grid .note { font-size: 7.5pt; font-style: italic; color: #333; }
      .place-date { margin: 8mm 0 0 55%; }
      .signature { margin-top: 2mm; }
      """;
}
