package id.alurkinerja.forms;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** The first sheet of an XLSX file as rows of cell texts, for {@link CsvFormImporter#parseRows}. */
public final class XlsxRows {

  private XlsxRows() {}

  public static List<List<String>> firstSheet(byte[] xlsx) {
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getFirstSheet();
      List<List<String>> rows = new ArrayList<>();
      try (var stream = sheet.openStream()) {
        stream.forEach(row -> {
          while (rows.size() < row.getRowNum() - 1) {
            rows.add(List.of("")); // keep line numbers true to the sheet's rows
          }
          rows.add(cells(row));
        });
      }
      return rows;
    } catch (IOException | RuntimeException e) {
      throw ProblemException.invalid("file", FieldErrorCode.NOT_XLSX);
    }
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      Cell cell = row.getCell(i);
      if (cell == null) {
        cells.add("");
      } else if (cell.getValue() instanceof BigDecimal number) {
        cells.add(number.stripTrailingZeros().toPlainString());
      } else {
        cells.add(cell.getText() == null ? "" : cell.getText());
      }
    }
    return cells.isEmpty() ? List.of("") : cells;
  }
}
