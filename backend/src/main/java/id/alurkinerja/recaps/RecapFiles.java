package id.alurkinerja.recaps;

import id.alurkinerja.kinerja.Capaian;
import id.alurkinerja.platform.files.CsvLines;
import id.alurkinerja.recaps.RecapDtos.IndicatorView;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.SasaranView;
import id.alurkinerja.recaps.RecapDtos.UnitValue;
import id.alurkinerja.recaps.RecapDtos.UnitView;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The recap as the files officials and kabupaten systems keep: one row per indicator with its target,
 * each unit's value, the realisasi and the capaian, then each sasaran's capaian and the kecamatan's
 * overall capaian. XLSX holds numbers as numbers; CSV ({@link CsvLines}, UTF-8 with BOM) writes them
 * with a decimal point, as machines read them. Both are written to a stream as they go.
 */
public final class RecapFiles {

  public static final String CSV = "text/csv";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String NOT_SUBMITTED = "tidak menyampaikan";

  private RecapFiles() {}

  /** The file name without extension, e.g. {@code rekap-data-kinerja-2026-bulu}. */
  public static String fileName(RecapView recap, String kecamatanName) {
    return "rekap-data-kinerja-" + recap.year() + "-" + kecamatanName.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-") + (recap.ralatOf() == null ? "" : "-ralat-" + recap.id());
  }

  public static void csv(RecapView recap, String kecamatanName, OutputStream out) {
    try {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      w.write(CsvLines.BOM);
      line(w, List.of(title(recap, kecamatanName), "Versi " + recap.versionNumber(), "SHA-256 " + recap.contentSha256(),
          "Status " + recap.state()));
      line(w, header(recap));
      for (List<Object> row : indicatorRows(recap)) {
        line(w, row);
      }
      w.write("\r\n");
      line(w, List.of("Kode sasaran", "Sasaran", "Capaian (%)", "Predikat"));
      for (List<Object> row : sasaranRows(recap)) {
        line(w, row);
      }
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void xlsx(RecapView recap, String kecamatanName, OutputStream out) {
    try {
      Workbook wb = new Workbook(out, "Alur Kinerja", "1.0");
      Worksheet table = wb.newWorksheet("Rekap");
      table.value(0, 0, title(recap, kecamatanName));
      table.value(1, 0, "Versi " + recap.versionNumber() + ", SHA-256 " + recap.contentSha256() + ", status "
          + recap.state());
      write(table, 3, header(recap), indicatorRows(recap));
      Worksheet sasaran = wb.newWorksheet("Capaian sasaran");
      write(sasaran, 0, List.of("Kode sasaran", "Sasaran", "Capaian (%)", "Predikat"), sasaranRows(recap));
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String title(RecapView recap, String kecamatanName) {
    return "Rekap Data Kinerja Kecamatan " + kecamatanName + " Tahun " + recap.year();
  }

  private static List<Object> header(RecapView recap) {
    List<Object> header = new ArrayList<>(List.of("Kode sasaran", "Sasaran", "Kode indikator", "Indikator", "Satuan",
        "Target"));
    recap.units().forEach(u -> header.add(u.unitName()));
    header.addAll(List.of("Realisasi", "Capaian (%)", "Predikat", "Catatan capaian"));
    return header;
  }

  private static List<List<Object>> indicatorRows(RecapView recap) {
    List<List<Object>> rows = new ArrayList<>();
    for (SasaranView s : recap.sasaran()) {
      for (IndicatorView i : s.indicators()) {
        List<Object> row = new ArrayList<>(List.of(s.code(), s.name(), i.code(), i.name(), i.satuan(),
            cell(i.target(), i.targetText())));
        for (UnitView unit : recap.units()) {
          row.add(i.units().stream().filter(v -> v.unitId() == unit.unitId()).findFirst().map(RecapFiles::cell)
              .orElse(""));
        }
        Object realisasi = i.aggregate() != null ? i.aggregate() : i.units().stream().map(UnitValue::text)
            .filter(t -> t != null && !t.isBlank()).findFirst().orElse("");
        row.addAll(List.of(realisasi, cell(i.capaian(), null), nullToEmpty(i.band()), nullToEmpty(i.capaianNote())));
        rows.add(row);
      }
    }
    return rows;
  }

  private static List<List<Object>> sasaranRows(RecapView recap) {
    List<List<Object>> rows = new ArrayList<>();
    for (SasaranView s : recap.sasaran()) {
      rows.add(List.of(s.code(), s.name(), cell(s.capaian(), null), nullToEmpty(s.band())));
    }
    BigDecimal overall = RecapTable.overall(recap.sasaran());
    rows.add(List.of("", "Kecamatan (keseluruhan)", cell(overall, null), overall == null ? "" : Capaian.band(overall)));
    return rows;
  }

  private static Object cell(UnitValue v) {
    if (v.notSubmitted()) {
      return NOT_SUBMITTED;
    }
    return cell(v.value(), v.text());
  }

  private static Object cell(BigDecimal number, String text) {
    return number != null ? number : nullToEmpty(text);
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static void write(Worksheet ws, int top, List<Object> header, List<List<Object>> rows) {
    for (int c = 0; c < header.size(); c++) {
      ws.value(top, c, String.valueOf(header.get(c)));
      ws.style(top, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        if (v instanceof BigDecimal n) {
          ws.value(top + 1 + r, c, n);
        } else {
          ws.value(top + 1 + r, c, String.valueOf(v));
        }
      }
    }
  }

  private static void line(Writer w, List<?> cells) throws IOException {
    w.write(CsvLines.line(cells));
  }
}
