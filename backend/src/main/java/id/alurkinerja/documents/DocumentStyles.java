package id.alurkinerja.documents;

/** The print styles of issued documents: A4, embedded DejaVu fonts, a footer on every page. */
final class DocumentStyles {

  private DocumentStyles() {}

  static final String PAGE = """
      @page { size: A4; margin: 18mm 18mm 30mm 25mm;
        @bottom-center { content: element(footer); } }
      #footer { position: running(footer); }
      body { font-family: 'DejaVu Serif'; font-size: 10.5pt; line-height: 1.4; color: #000; }
      table.footer { width: 100%; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 7.5pt;
        color: #333; border-top: 0.5pt solid #999; }
      table.footer td { vertical-align: middle; padding-top: 2mm; }
      table.footer td.qr { width: 20mm; }
      table.footer td.qr img { width: 18mm; height: 18mm; }
      table.footer td.page { width: 24mm; text-align: right; }
      .pageno::after { content: counter(page) " dari " counter(pages); }
      table.kop { width: 100%; border-collapse: collapse; }
      table.kop td.logo { width: 22mm; vertical-align: middle; }
      table.kop td.logo img { width: 20mm; }
      table.kop td.kop-text { text-align: center; }
      .gov { font-size: 13pt; font-weight: bold; }
      .office { font-size: 16pt; font-weight: bold; }
      .addr { font-size: 9pt; }
      .kop-rule { border-top: 2.5pt solid #000; border-bottom: 0.75pt solid #000; height: 1.5pt;
        margin: 2mm 0 5mm 0; }
      .num { text-align: right; }
      .signature { margin-left: 55%; margin-top: 8mm; page-break-inside: avoid; }
      .signature .mark { margin: 3mm 0; font-family: 'DejaVu Sans'; font-size: 8pt; color: #1b4f72;
        border: 0.75pt solid #1b4f72; padding: 1.5mm; }
      .signature .mark.pending { color: #555; border-style: dashed; border-color: #777; }
      .signature .name { font-weight: bold; text-decoration: underline; }
      table.parafs { margin-top: 6mm; border-collapse: collapse; font-family: 'DejaVu Sans'; font-size: 7.5pt;
        page-break-inside: avoid; }
      table.parafs th, table.parafs td { border: 0.5pt solid #777; padding: 1mm 2mm; text-align: left; }
      table.grid { width: 100%; border-collapse: collapse; -fs-table-paginate: paginate; font-size: 9pt; }
      table.grid thead { display: table-header-group; }
      table.grid th { background: #e8e8e8; }
      table.grid th, table.grid td { border: 0.5pt solid #444; padding: 1.2mm 1.5mm; vertical-align: top; }
      table.grid tr { page-break-inside: avoid; }
      table.grid tr.sasaran td { font-weight: bold; background: #f4f4f4; }
      table.grid tr.total td { font-weight: bold; }
      h1 { font-size: 11.5pt; text-align: center; margin: 5mm 0; }
      """;

  static final String LETTER = PAGE + """
      .place-date { text-align: right; margin: 0 0 3mm 0; }
      table.meta { border-collapse: collapse; }
      table.meta td { padding: 0 1.5mm 0 0; vertical-align: top; }
      table.meta td.label { width: 22mm; }
      .yth { margin: 5mm 0 5mm 0; }
      .yth ol { margin: 0 0 0 5mm; padding-left: 5mm; }
      .yth .addressee { margin-left: 10mm; }
      .yth .tempat { margin-left: 15mm; }
      .body p { text-align: justify; text-indent: 12mm; margin: 0 0 3mm 0; }
      .tembusan { margin-top: 8mm; font-size: 9.5pt; page-break-inside: avoid; }
      .tembusan ol { margin: 0; padding-left: 6mm; }
      .lampiran { page-break-before: always; }
      table.lampiran-head { margin-left: 50%; border-collapse: collapse; font-size: 9pt; }
      table.lampiran-head td { padding: 0 1.5mm 0 0; vertical-align: top; }
      """;
}
