package id.alurkinerja;

import static id.alurkinerja.SlaTest.wib;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SOP monitoring sheet of a scenario cycle, on real dates: a return at step 2, the Camat's
 * signature late for its 10 minutes, everything else within its mutu baku; as JSON, CSV and XLSX,
 * and on the dashboard; for those with sla.read only.
 */
@QuarkusTest
class MonitoringTest extends ApiTest {

  @AfterEach
  void release() {
    TestClock.release();
  }

  /** Steps 1-6 of a cycle with one return at step 2 and a late signature; returns the cycle id. */
  static long scenario(World w) {
    TestClock.pin(wib("2026-02-12T10:00"));
    long form = FormWorkflowTest.newForm(w, 2026);
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    at("2026-02-12T11:00");
    as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/correction-requests").then().statusCode(200);
    at("2026-02-12T13:00");
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN", "reason", "Target S1.1 belum sesuai RPJMD"))
        .post("/api/v1/forms/" + form + "/corrections").then().statusCode(200);
    at("2026-02-12T14:00");
    as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/correction-requests").then().statusCode(200);
    at("2026-02-13T09:00");
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + form + "/corrections")
        .then().statusCode(200);
    String sha = FormWorkflowTest.form(w, form).getString("contentSha256");
    at("2026-02-13T09:05");
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + form + "/parafs").then().statusCode(200);
    at("2026-02-13T10:00"); // 55 minutes on the Camat's desk: the mutu baku is 10
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + form + "/signatures").then().statusCode(200);
    at("2026-02-13T10:30");
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + form + "/letter-number").then().statusCode(200);
    at("2026-02-13T10:40");
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + form + "/dispatches").then().statusCode(200);
    at("2026-02-13T11:00");
    for (Role head : List.of(Role.KASI, Role.KASUBBAG)) {
      int dispatch = as(w.token(head)).get("/api/v1/dispatches").then().extract().path("[0].id");
      as(w.token(head)).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
    }
    return ((Number) FormWorkflowTest.form(w, form).get("cycleId")).longValue();
  }

  private static void at(String local) {
    TestClock.pin(wib(local));
  }

  @Test
  void theSheetShowsEachStepAgainstItsMutuBakuWithTheLateSignatureAndTheReturnsReason() {
    World w = Fixtures.world();
    long cycle = scenario(w);
    String sheet = "/api/v1/cycles/" + cycle + "/sop-monitoring";
    JsonPath s = as(w.token(Role.SEKCAM)).get(sheet).then().statusCode(200).extract().jsonPath();
    assertEquals(List.of("KEPT", "KEPT", "KEPT", "NOT_KEPT", "KEPT", "KEPT", "NOT_STARTED", "NOT_STARTED",
        "NOT_STARTED", "NOT_STARTED", "NOT_STARTED"), s.getList("steps.status"));
    assertEquals(7, s.getInt("currentStep"));
    assertEquals(List.of(2, 2, 1, 1, 1, 1), s.getList("steps.rounds").subList(0, 6));
    assertEquals(Map.of("budget", 10, "elapsed", 55, "kept", false, "mutuBaku", "10 menit"), Map.of(
        "budget", s.getInt("steps[3].budgetMinutes"), "elapsed", s.getInt("steps[3].elapsedMinutes"),
        "kept", s.getBoolean("steps[3].kept"), "mutuBaku", s.getString("steps[3].mutuBaku")));
    assertEquals(60 + 60, s.getInt("steps[0].elapsedMinutes"), "two rounds of an hour each");
    assertEquals("Target S1.1 belum sesuai RPJMD", s.getString("steps[1].refusals[0].reason"));
    assertEquals("RETURN_TO_STAF", s.getString("steps[1].refusals[0].outcome"));
    assertEquals(2, s.getInt("steps[5].tasks"), "one receipt per unit");
    assertEquals(List.of("ON_TIME", "ON_TIME"), s.getList("units.status"));
    assertEquals("2027-01-15T09:30:00Z", s.getString("units[0].dueAt"), "the tenggat, a Friday: closing 16:30 WIB");

    String csv = as(w.token(Role.SEKCAM)).queryParam("format", "csv").get(sheet).then().statusCode(200)
        .contentType(startsWith("text/csv")).header("Content-Disposition", containsString(".csv")).extract().asString();
    assertTrue(csv.contains("\"4\",\"Menerima dan menandatangani format data kinerja dan surat pemberitahuan\","
        + "\"Camat\",\"10 menit\",\"10\",\"55\",\"Selesai terlambat\",\"Tidak\""), csv);
    assertTrue(csv.contains("Target S1.1 belum sesuai RPJMD"));

    byte[] xlsx = as(w.token(Role.SEKCAM)).accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .get(sheet).then().statusCode(200).extract().asByteArray();
    try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = wb.getFirstSheet().read();
      Row camat = rows.stream().filter(r -> r.getCellCount() > 7 && "Camat".equals(r.getCellText(2))
          && "10 menit".equals(r.getCellText(3))).findFirst().orElseThrow();
      assertEquals("Tidak", camat.getCellText(7));
      assertEquals("55", camat.getCellText(5));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    as(w.token(Role.SEKCAM)).queryParam("format", "pdf").get(sheet).then().statusCode(400);
  }

  @Test
  void onlyThoseWhoOverseeTheKecamatanReadTheSheetAndTheDashboard() {
    World w = Fixtures.world();
    long cycle = scenario(w);
    String sheet = "/api/v1/cycles/" + cycle + "/sop-monitoring";
    as(w.token(Role.KASI)).get(sheet).then().statusCode(403);
    as(w.token(Role.ADMIN)).get(sheet).then().statusCode(403);
    as(Fixtures.neighbourOf(w).token(Role.SEKCAM)).get(sheet).then().statusCode(404);
    as(Fixtures.world().token(Role.KABUPATEN)).get(sheet).then().statusCode(404);
    as(w.token(Role.KABUPATEN)).get(sheet).then().statusCode(200);
    as(w.token(Role.STAF)).get(sheet).then().statusCode(200);

    JsonPath board = as(w.token(Role.CAMAT)).get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath()
        .setRootPath("kecamatan[0]");
    assertEquals(w.kecamatanId(), board.getLong("kecamatanId"));
    assertEquals(cycle, board.getLong("cycleId"));
    assertEquals(Map.of("samples", 1, "kept", 0, "averageElapsedMinutes", 55), Map.of(
        "samples", board.getInt("stepTimes[3].samples"), "kept", board.getInt("stepTimes[3].kept"),
        "averageElapsedMinutes", board.getInt("stepTimes[3].averageElapsedMinutes")));
    assertEquals(2, board.getList("units").size());
    as(w.token(Role.KASI)).get("/api/v1/dashboard").then().statusCode(403);
    as(w.token(Role.KABUPATEN)).get("/api/v1/dashboard").then().statusCode(200)
        .body("kecamatan.kecamatanId", hasItem((int) w.kecamatanId()));
    as(Fixtures.neighbourOf(w).token(Role.SEKCAM)).get("/api/v1/dashboard?kecamatanId=" + w.kecamatanId()).then()
        .statusCode(404);

    // once the tenggat passes, the units' work is overdue on the dashboard
    at("2027-01-18T08:00");
    as(w.token(Role.SEKCAM)).get("/api/v1/dashboard").then().statusCode(200)
        .body("kecamatan[0].overdue.work", equalTo(List.of("FILL", "FILL")))
        .body("kecamatan[0].units.status", equalTo(List.of("OVERDUE", "OVERDUE")));
  }
}
