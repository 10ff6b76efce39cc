package id.alurkinerja.forms;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The first sheet of an XLSX file as rows of cell texts, for {@link CsvFormImporter#parseRows}. The
 * sheet is read as a stream; a workbook that unpacks to more than {@link #MAX_UNPACKED_BYTES} (a zip
 * bomb) or numbers a row beyond what a form can hold is refused before it costs memory or time.
 */
public final class XlsxRows {

  /** Far above a real form's workbook (200 indicators unpack to well under 1 MB). */
  static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

  /** Rows beyond the importer's limit plus room for a title block and comments. */
  static final int MAX_ROW_NUMBER = CsvFormImporter.MAX_ROWS + 1_000;

  private XlsxRows() {}

  public static List<List<String>> firstSheet(byte[] xlsx) {
    checkUnpackedSize(xlsx);
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getFirstSheet();
      try (var stream = sheet.openStream()) {
        stream.forEach(row -> {
          if (row.getRowNum() > MAX_ROW_NUMBER) {
            throw CsvFormImporter.tooManyRows();
          }
          while (rows.size() < row.getRowNum() - 1) {
            rows.add(List.of("")); // keep line numbers true to the sheet's rows
          }
          rows.add(cells(row));
        });
      }
    } catch (ProblemException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw ProblemException.invalid("file", FieldErrorCode.NOT_XLSX);
    }
    return rows;
  }

  /** Unpacks every entry, counting the bytes really produced (a zip's own sizes may lie). */
  private static void checkUnpackedSize(byte[] xlsx) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
            if (total > MAX_UNPACKED_BYTES) {
              throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The workbook unpacks to more than "
                  + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; a form's workbook is far smaller");
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ProblemException problem) {
        throw problem;
      }
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
