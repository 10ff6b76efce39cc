package id.alurkinerja.forms;

import id.alurkinerja.kinerja.Aggregation;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.Polarity;
import id.alurkinerja.kinerja.Sasaran;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ConstraintCodes;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads last year's format from CSV or from a spreadsheet's rows (a kecamatan's first year in the
 * system). Columns:
 * {@code sasaran_code, sasaran, indicator_code, indicator, satuan, data_type, polarity, target,
 * reporting_unit} and optionally {@code aggregation}, {@code guidance}, {@code evidence_required}
 * ("ya"). Lines starting with '#' are
 * comments; polarity is '+' or '-'; several reporting units are separated by ';' and named by unit
 * name or code. Every problem is reported with its line (and column). The rows obey the same
 * rules as the editor's fields (lengths, code characters, counts): an import is a form like any other.
 */
public final class CsvFormImporter {

  private static final List<String> REQUIRED = List.of("sasaran_code", "sasaran", "indicator_code",
      "indicator", "satuan", "data_type", "polarity", "target", "reporting_unit");

  /** No form holds more indicators (100 sasaran of 200): a longer table is refused before it is read. */
  public static final int MAX_ROWS = 20_000;

  /** Indicator fields by the column that fills them, to name the column of a field's violation. */
  private static final Map<String, String> COLUMN_OF = Map.of("code", "indicator_code", "name", "indicator",
      "satuan", "satuan", "target", "target", "targetText", "target", "reportingUnitIds", "reporting_unit",
      "guidance", "guidance");

  private CsvFormImporter() {}

  public static FormContent parse(String csv, int year, List<OrgUnit> units, Validator validator) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : csv.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
      if (lines.size() > MAX_ROWS + 1) {
        throw tooManyRows();
      }
      lines.add(cells(line.startsWith("\uFEFF") ? line.substring(1) : line));
    }
    return parseRows(lines, year, units, validator);
  }

  static ProblemException tooManyRows() {
    return invalid(List.of(new FieldError("file", FieldErrorCode.TOO_MANY, Map.of("max", String.valueOf(MAX_ROWS)))));
  }

  /**
   * The same columns read from any table (CSV lines or a spreadsheet's first sheet), one list of
   * cells per line; empty lines and lines whose first cell starts with '#' are skipped.
   */
  public static FormContent parseRows(List<List<String>> lines, int year, List<OrgUnit> units,
      Validator validator) {
    List<FieldError> errors = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    List<Integer> lineNumbers = new ArrayList<>();
    Map<String, Integer> header = null;
    for (int n = 0; n < lines.size(); n++) {
      List<String> cells = lines.get(n);
      if (cells.stream().allMatch(String::isBlank) || cells.get(0).trim().startsWith("#")) {
        continue;
      }
      if (header == null) {
        header = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
          header.put(cells.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String column : REQUIRED) {
          if (!header.containsKey(column)) {
            errors.add(new FieldError("line " + (n + 1), FieldErrorCode.IMPORT_MISSING_COLUMN, Map.of("column", column)));
          }
        }
        if (!errors.isEmpty()) {
          throw invalid(errors);
        }
        continue;
      }
      rows.add(cells.toArray(String[]::new));
      lineNumbers.add(n + 1);
      if (rows.size() > MAX_ROWS) {
        throw tooManyRows();
      }
    }
    if (header == null || rows.isEmpty()) {
      throw invalid(List.of(new FieldError("file", FieldErrorCode.IMPORT_NO_ROWS)));
    }
    Map<String, String> sasaranNames = new LinkedHashMap<>();
    Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
    Set<Long> addressees = new LinkedHashSet<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = new Row(rows.get(r), header, "line " + lineNumbers.get(r), errors);
      String sasaranCode = row.get("sasaran_code");
      String sasaranName = row.get("sasaran");
      row.check(validator.validateValue(Sasaran.class, "code", sasaranCode), "sasaran_code");
      row.check(validator.validateValue(Sasaran.class, "name", sasaranName), "sasaran");
      sasaranNames.putIfAbsent(sasaranCode, sasaranName);
      List<Long> unitIds = row.units(units);
      addressees.addAll(unitIds);
      DataType type = row.dataType();
      Aggregation aggregation = row.aggregation(type, unitIds.size());
      Indicator indicator = new Indicator(
          row.get("indicator_code"), row.get("indicator"), row.get("satuan"), type, row.polarity(),
          aggregation, type == DataType.text ? null : row.target(),
          type == DataType.text ? row.get("target") : null, unitIds, row.optional("guidance"),
          "ya".equalsIgnoreCase(row.optional("evidence_required")) ? Boolean.TRUE : null);
      for (ConstraintViolation<Indicator> v : validator.validate(indicator)) {
        String field = v.getPropertyPath().iterator().next().getName();
        row.check(Set.of(v), COLUMN_OF.getOrDefault(field, field));
      }
      indicators.computeIfAbsent(sasaranCode, k -> new ArrayList<>()).add(indicator);
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    List<Sasaran> sasaran = new ArrayList<>();
    sasaranNames.forEach((code, name) -> sasaran.add(new Sasaran(code, name, indicators.get(code))));
    FormContent content = new FormContent(new FormContent.Letter("Permohonan Pengisian Data Kinerja Tahun " + year,
        "Format data kinerja tahun " + year + " diimpor dari berkas; surat aslinya diarsipkan di luar sistem.",
        null, List.copyOf(addressees)), sasaran);
    // what no single row shows: too many sasaran, too many indicators in one, too many units addressed
    for (ConstraintViolation<FormContent> v : validator.validate(content)) {
      errors.add(ConstraintCodes.fieldError("file", v, Map.of("path", v.getPropertyPath().toString())));
    }
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
    return content;
  }

  private static ProblemException invalid(List<FieldError> errors) {
    return new ProblemException(ProblemType.VALIDATION_FAILED,
        "The file has " + errors.size() + " problem(s)", errors);
  }

  /** Splits one CSV line (RFC 4180 quoting; a quoted field does not span lines here). */
  public static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  private record Row(String[] cells, Map<String, Integer> header, String where, List<FieldError> errors) {

    /** The violations of one cell's value, reported at this line and that column. */
    void check(Set<? extends ConstraintViolation<?>> violations, String column) {
      boolean reported = errors.stream().anyMatch(e -> e.field().equals(where) && e.params() != null
          && column.equals(e.params().get("column")));
      for (ConstraintViolation<?> v : reported ? Set.<ConstraintViolation<?>>of() : violations) {
        errors.add(ConstraintCodes.fieldError(where, v, Map.of("column", column)));
      }
    }

    String optional(String column) {
      Integer i = header.get(column);
      String value = i == null || i >= cells.length ? "" : cells[i].trim();
      return value.isEmpty() ? null : value;
    }

    String get(String column) {
      String value = optional(column);
      if (value == null) {
        errors.add(new FieldError(where, FieldErrorCode.IMPORT_EMPTY_CELL, Map.of("column", column)));
        return "";
      }
      return value;
    }

    DataType dataType() {
      try {
        return DataType.valueOf(get("data_type").toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(where, FieldErrorCode.IMPORT_DATA_TYPE));
        return DataType.number;
      }
    }

    Polarity polarity() {
      String value = get("polarity");
      if (value.equals("+")) {
        return Polarity.higher_is_better;
      }
      if (value.equals("-")) {
        return Polarity.lower_is_better;
      }
      errors.add(new FieldError(where, FieldErrorCode.IMPORT_POLARITY));
      return Polarity.higher_is_better;
    }

    BigDecimal target() {
      String value = get("target").replace(',', '.');
      try {
        return new BigDecimal(value); // a negative one is refused with the indicator's other rules
      } catch (NumberFormatException e) {
        errors.add(new FieldError(where, FieldErrorCode.IMPORT_NOT_A_NUMBER, Map.of("column", "target", "value", value)));
        return BigDecimal.ZERO;
      }
    }

    Aggregation aggregation(DataType type, int unitCount) {
      String value = optional("aggregation");
      if (value != null) {
        try {
          return Aggregation.valueOf(value.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError(where, FieldErrorCode.IMPORT_AGGREGATION));
        }
      }
      if (type == DataType.text || unitCount <= 1) {
        return Aggregation.none;
      }
      return type == DataType.number ? Aggregation.sum : Aggregation.average;
    }

    List<Long> units(List<OrgUnit> units) {
      List<Long> ids = new ArrayList<>();
      for (String name : get("reporting_unit").split(";")) {
        String wanted = name.trim();
        OrgUnit unit = units.stream().filter(u -> u.active && (u.name.equalsIgnoreCase(wanted)
            || u.code.equalsIgnoreCase(wanted))).findFirst().orElse(null);
        if (unit == null) {
          errors.add(new FieldError(where, FieldErrorCode.IMPORT_UNKNOWN_UNIT,
              Map.of("unit", wanted, "column", "reporting_unit")));
        } else {
          ids.add(unit.id);
        }
      }
      return ids;
    }
  }
}
