package id.alurkinerja.monitoring;

import id.alurkinerja.monitoring.MonitoringDtos.Refusal;
import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import id.alurkinerja.monitoring.MonitoringDtos.StepRow;
import id.alurkinerja.monitoring.MonitoringDtos.UnitRow;
import id.alurkinerja.platform.files.CsvLines;
import id.alurkinerja.sla.SlaStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The monitoring sheet as the files officials keep: CSV and XLSX, in Bahasa Indonesia. */
public final class SheetFiles {

  public static final String CSV = "text/csv";
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final List<String> STEP_HEADER = List.of("No", "Uraian prosedur", "Pelaksana", "Mutu baku (waktu)",
      "Waktu mutu baku (menit kerja)", "Waktu nyata (menit kerja)", "Status", "Sesuai mutu baku", "Putaran",
      "Mulai", "Selesai", "Catatan penolakan/pengembalian");
  private static final List<String> UNIT_HEADER = List.of("Unit", "Status data", "Tenggat", "Disampaikan", "Status",
      "Sisa hari kerja");

  private SheetFiles() {}

  public static String csv(SheetView sheet) {
    StringBuilder out = new StringBuilder().append(CsvLines.BOM);
    line(out, List.of("Monitoring SOP " + sheet.title() + " - Kecamatan " + sheet.kecamatanName(),
        "SOP versi " + sheet.sopVersion(), "Dibuat " + when(sheet.generatedAt(), sheet)));
    line(out, STEP_HEADER);
    for (List<String> row : stepRows(sheet)) {
      line(out, row);
    }
    out.append("\r\n");
    line(out, UNIT_HEADER);
    for (List<String> row : unitRows(sheet)) {
      line(out, row);
    }
    return out.toString();
  }

  public static byte[] xlsx(SheetView sheet) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Workbook wb = new Workbook(bytes, "Alur Kinerja", "1.0");
      Worksheet steps = wb.newWorksheet("Monitoring SOP");
      steps.value(0, 0, "Monitoring SOP " + sheet.title() + " - Kecamatan " + sheet.kecamatanName());
      steps.value(1, 0, "SOP versi " + sheet.sopVersion() + ", dibuat " + when(sheet.generatedAt(), sheet));
      write(steps, 3, STEP_HEADER, stepRows(sheet));
      Worksheet units = wb.newWorksheet("Unit");
      write(units, 0, UNIT_HEADER, unitRows(sheet));
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void write(Worksheet ws, int top, List<String> header, List<List<String>> rows) {
    for (int c = 0; c < header.size(); c++) {
      ws.value(top, c, header.get(c));
      ws.style(top, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        String v = row.get(c);
        if (!v.isEmpty() && v.chars().allMatch(Character::isDigit) && v.length() < 10) {
          ws.value(top + 1 + r, c, Long.parseLong(v));
        } else {
          ws.value(top + 1 + r, c, v);
        }
      }
    }
  }

  private static List<List<String>> stepRows(SheetView sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (StepRow s : sheet.steps()) {
      rows.add(List.of(String.valueOf(s.number()), s.title(), s.lane(), s.mutuBaku(),
          s.tasks() == 0 ? "" : String.valueOf(s.budgetMinutes()), s.tasks() == 0 ? "" : String.valueOf(s.elapsedMinutes()),
          label(s.status()), s.kept() == null ? "" : s.kept() ? "Ya" : "Tidak", s.rounds() == 0 ? "" : String.valueOf(s.rounds()),
          when(s.startedAt(), sheet), when(s.finishedAt(), sheet),
          s.refusals().stream().map(r -> refusal(r, sheet)).collect(Collectors.joining("; "))));
    }
    return rows;
  }

  private static List<List<String>> unitRows(SheetView sheet) {
    List<List<String>> rows = new ArrayList<>();
    for (UnitRow u : sheet.units()) {
      rows.add(List.of(u.unitName(), u.state().name(), when(u.dueAt(), sheet), when(u.handedInAt(), sheet),
          label(u.status()), String.valueOf(u.workingDaysLeft())));
    }
    return rows;
  }

  private static String refusal(Refusal r, SheetView sheet) {
    return when(r.at(), sheet) + " " + (r.byName() == null ? "" : r.byName()) + (r.unitName() == null ? ""
        : " (" + r.unitName() + ")") + ": " + r.reason();
  }

  static String label(SlaStatus status) {
    return switch (status) {
      case NOT_STARTED -> "Belum mulai";
      case ON_TIME -> "Sesuai mutu baku";
      case AT_RISK -> "Hampir lewat";
      case OVERDUE -> "Terlambat";
      case KEPT -> "Selesai tepat waktu";
      case NOT_KEPT -> "Selesai terlambat";
    };
  }

  private static String when(Instant at, SheetView sheet) {
    return at == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", Locale.forLanguageTag("id-ID"))
        .format(at.atZone(ZoneId.of(sheet.timeZone())));
  }

  private static void line(StringBuilder out, List<String> cells) {
    out.append(CsvLines.line(cells));
  }

  public static byte[] bytes(String csv) {
    return csv.getBytes(StandardCharsets.UTF_8);
  }
}
