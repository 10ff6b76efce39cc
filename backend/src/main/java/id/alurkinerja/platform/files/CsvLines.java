package id.alurkinerja.platform.files;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way the application writes CSV: comma-separated, CRLF lines, every text cell quoted
 * (RFC 4180), numbers plain with a decimal point, and a text starting with =, +, - or @ prefixed with
 * an apostrophe so a spreadsheet never runs it as a formula.
 */
public final class CsvLines {

  /** The byte order mark that makes spreadsheet programs read the file as UTF-8. */
  public static final char BOM = '\uFEFF';

  private CsvLines() {}

  /** One line, its CRLF included. */
  public static String line(List<?> cells) {
    return cells.stream().map(CsvLines::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String cell(Object cell) {
    if (cell instanceof BigDecimal n) {
      return n.toPlainString();
    }
    String text = cell == null ? "" : String.valueOf(cell);
    String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    return "\"" + safe.replace("\"", "\"\"") + "\"";
  }
}
