package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FormImportTest extends ApiTest {

  private static final String CSV = """
      # last year's format
      sasaran_code,sasaran,indicator_code,indicator,satuan,data_type,polarity,target,reporting_unit
      S1,"Meningkatnya kualitas pemerintahan desa, kelurahan",S1.1,Persentase desa tertib administrasi,%,percent,+,100,Seksi Pemerintahan
      S1,"Meningkatnya kualitas pemerintahan desa, kelurahan",S1.2,Rata-rata hari penyelesaian pengaduan,hari kerja,number,-,5,PEM
      S2,Meningkatnya akuntabilitas,S2.1,Tersedianya laporan kinerja,ada/tidak,yesno,+,1,Subbag Perencanaan dan Keuangan;Seksi Pemerintahan
      """;

  private static long cycle(World w, int year) {
    return ((Number) as(w.token(Role.STAF)).body(Map.of("kecamatanId", w.kecamatanId(), "year", year))
        .post("/api/v1/cycles").then().statusCode(201).extract().path("id")).longValue();
  }

  @Test
  void aFirstYearKecamatanImportsLastYearsFormatAndClonesItIntoThisYear() {
    World w = Fixtures.world();
    long last = cycle(w, 2025);
    long imported = ((Number) as(w.token(Role.STAF)).contentType("text/csv").body(CSV)
        .post("/api/v1/cycles/" + last + "/forms/import").then().statusCode(201)
        .body("state", equalTo("IMPORTED")).body("origin", equalTo("IMPORTED"))
        .body("content.sasaran", hasSize(2))
        .body("content.sasaran[0].name", equalTo("Meningkatnya kualitas pemerintahan desa, kelurahan"))
        .body("content.sasaran[0].indicators[1].polarity", equalTo("lower_is_better"))
        .body("content.sasaran[1].indicators[0].reportingUnitIds", hasSize(2))
        .body("content.sasaran[1].indicators[0].aggregation", equalTo("average"))
        .body("transitions", hasSize(0))
        .extract().path("id")).longValue();
    // read-only: no edits, no transitions
    String etag = as(w.token(Role.STAF)).get("/api/v1/forms/" + imported).then().extract().header("ETag");
    as(w.token(Role.STAF)).header("If-Match", etag).body(FormWorkflowTest.content(w, 100))
        .put("/api/v1/forms/" + imported + "/content").then().statusCode(409);
    long next = cycle(w, 2026);
    long id = ((Number) as(w.token(Role.STAF)).body(Map.of("source", "PREVIOUS_YEAR"))
        .post("/api/v1/cycles/" + next + "/forms").then().statusCode(201)
        .body("content.letter.perihal", equalTo("Permohonan Pengisian Data Kinerja Tahun 2026"))
        .body("content.letter.body", equalTo(""))
        .extract().path("id")).longValue();
    as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/diff").then().statusCode(200)
        .body("indicatorsAdded", hasSize(0)).body("indicatorsRemoved", hasSize(0))
        .body("indicatorsChanged", hasSize(0));
  }

  @Test
  void theSameFormatImportsFromAnXlsxWorkbook() throws Exception {
    World w = Fixtures.world();
    long c = cycle(w, 2025);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "AlurKinerja", "1.0");
    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Format 2025");
    List<String> lines = CSV.lines().filter(l -> !l.isBlank()).toList();
    for (int r = 0; r < lines.size(); r++) {
      List<String> cells = id.alurkinerja.forms.CsvFormImporter.cells(lines.get(r));
      for (int col = 0; col < cells.size(); col++) {
        String cell = cells.get(col);
        if (r > 1 && col == 7) {
          sheet.value(r, col, Double.parseDouble(cell)); // targets as numbers, as a spreadsheet has them
        } else {
          sheet.value(r, col, cell);
        }
      }
    }
    workbook.finish();
    as(w.token(Role.STAF)).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(out.toByteArray()).post("/api/v1/cycles/" + c + "/forms/import").then().statusCode(201)
        .body("state", equalTo("IMPORTED")).body("content.sasaran", hasSize(2))
        .body("content.sasaran[0].indicators[0].target", equalTo(100))
        .body("content.sasaran[0].indicators[1].polarity", equalTo("lower_is_better"));
    long other = cycle(w, 2024);
    as(w.token(Role.STAF)).contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body("bukan excel".getBytes()).post("/api/v1/cycles/" + other + "/forms/import").then().statusCode(400)
        .contentType(PROBLEM);
  }

  @Test
  void aBadFileIsRefusedLineByLineAndNothingIsStored() {
    World w = Fixtures.world();
    long c = cycle(w, 2025);
    String bad = """
        sasaran_code,sasaran,indicator_code,indicator,satuan,data_type,polarity,target,reporting_unit
        S1,Sasaran,S1.1,Indikator,%,percentage,+,100,Seksi Pemerintahan
        S1,Sasaran,S1.2,Indikator,%,percent,?,-3,Seksi Tidak Ada
        """;
    as(w.token(Role.STAF)).contentType("text/csv").body(bad).post("/api/v1/cycles/" + c + "/forms/import")
        .then().statusCode(400).contentType(PROBLEM)
        .body("errors.field", hasItem("line 2")).body("errors.field", hasItem("line 3"))
        .body("errors.code", hasItem("IMPORT_UNKNOWN_UNIT")).body("errors.params.unit", hasItem("Seksi Tidak Ada"));
    as(w.token(Role.STAF)).contentType("text/csv").body("a,b\n1,2").post("/api/v1/cycles/" + c + "/forms/import")
        .then().statusCode(400).body("errors.code", hasItem("IMPORT_MISSING_COLUMN"))
        .body("errors.params.column", hasItem("sasaran_code"));
    as(w.token(Role.STAF)).get("/api/v1/cycles/" + c).then().statusCode(200).body("formId", equalTo(null));
    as(w.token(Role.KASI)).contentType("text/csv").body(CSV).post("/api/v1/cycles/" + c + "/forms/import")
        .then().statusCode(403);
  }

  private static final String HEADER =
      "sasaran_code,sasaran,indicator_code,indicator,satuan,data_type,polarity,target,reporting_unit\n";

  @Test
  void anImportObeysTheEditorsRulesForLengthsCodesAndCounts() {
    World w = Fixtures.world();
    long c = cycle(w, 2025);
    String longName = "x".repeat(50_000);
    String bad = HEADER
        + "S1,Sasaran,S1.1," + longName + ",%,percent,+,100,Seksi Pemerintahan\n"
        + "S1,Sasaran,\"=HYPERLINK(\"\"http://x\"\")\",Indikator,%,percent,+,100,Seksi Pemerintahan\n"
        + "S1,Sasaran,S1.3,Indikator,%,percent,+,-3,Seksi Pemerintahan\n";
    as(w.token(Role.STAF)).contentType("text/csv").body(bad).post("/api/v1/cycles/" + c + "/forms/import")
        .then().statusCode(400).contentType(PROBLEM)
        .body("errors.find { it.field == 'line 2' }.code", equalTo("TOO_LONG"))
        .body("errors.find { it.field == 'line 2' }.params.column", equalTo("indicator"))
        .body("errors.find { it.field == 'line 2' }.params.max", equalTo("500"))
        .body("errors.find { it.field == 'line 3' }.code", equalTo("CODE_CHARACTERS"))
        .body("errors.find { it.field == 'line 3' }.params.column", equalTo("indicator_code"))
        .body("errors.find { it.field == 'line 4' }.code", equalTo("NEGATIVE"))
        .body("errors", hasSize(3));

    // more indicators in one sasaran than a form holds: refused as a whole, nothing stored
    StringBuilder many = new StringBuilder(HEADER);
    for (int i = 1; i <= 201; i++) {
      many.append("S1,Sasaran,S1.").append(i).append(",Indikator ").append(i).append(",%,percent,+,100,PEM\n");
    }
    as(w.token(Role.STAF)).contentType("text/csv").body(many.toString())
        .post("/api/v1/cycles/" + c + "/forms/import").then().statusCode(400)
        .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("TOO_MANY"))
        .body("errors[0].params.path", equalTo("sasaran[0].indicators"));

    // a table longer than any form is refused before its rows are read
    String row = "S1,S,S1.1,I,%,number,+,1,PEM\n";
    as(w.token(Role.STAF)).contentType("text/csv").body(HEADER + row.repeat(20_001))
        .post("/api/v1/cycles/" + c + "/forms/import").then().statusCode(400)
        .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("TOO_MANY"))
        .body("errors[0].params.max", equalTo("20000"));
    as(w.token(Role.STAF)).get("/api/v1/cycles/" + c).then().statusCode(200).body("formId", equalTo(null));
  }

  @Test
  void aWorkbookThatUnpacksTooFarOrNumbersARowTooFarIsRefusedQuickly() throws Exception {
    World w = Fixtures.world();
    long c = cycle(w, 2025);
    String xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    // a zip bomb: a sheet of 100 MB of spaces packs into about 100 KB
    java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 100; i++) {
        zip.write(spaces);
      }
      zip.closeEntry();
    }
    as(w.token(Role.STAF)).contentType(xlsx).body(bomb.toByteArray())
        .post("/api/v1/cycles/" + c + "/forms/import").then().statusCode(413).contentType(PROBLEM);

    // one row numbered 1,000,000 would otherwise pad a million empty lines
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "AlurKinerja", "1.0");
    org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Format");
    List<String> header = id.alurkinerja.forms.CsvFormImporter.cells(HEADER.strip());
    for (int col = 0; col < header.size(); col++) {
      sheet.value(0, col, header.get(col));
      sheet.value(999_999, col, "x");
    }
    workbook.finish();
    as(w.token(Role.STAF)).contentType(xlsx).body(out.toByteArray())
        .post("/api/v1/cycles/" + c + "/forms/import").then().statusCode(400)
        .body("errors[0].code", equalTo("TOO_MANY"));
    as(w.token(Role.STAF)).get("/api/v1/cycles/" + c).then().statusCode(200).body("formId", equalTo(null));
  }

  @Test
  void theDemoKecamatanStartsWithItsImported2025Form() {
    AppUser staf = QuarkusTransaction.requiringNew().call(() -> AppUser.findByLogin("staf"));
    String token = Fixtures.token(staf);
    int cycleId = as(token).queryParam("kecamatanId", staf.kecamatanId).get("/api/v1/cycles").then()
        .statusCode(200).extract().path("find { it.year == 2025 }.id");
    int formId = as(token).get("/api/v1/cycles/" + cycleId).then().statusCode(200)
        .body("status", equalTo("IMPORTED")).extract().path("formId");
    as(token).get("/api/v1/forms/" + formId).then().statusCode(200)
        .body("content.sasaran", hasSize(6))
        .body("content.sasaran.indicators.flatten()", hasSize(18))
        .body("content.sasaran[0].indicators[2].polarity", equalTo("lower_is_better"));
  }
}
