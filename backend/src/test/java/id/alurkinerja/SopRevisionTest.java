package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SOP as data: seeded per kecamatan, revised by its ADMIN into a new version, kept by running cycles. */
@QuarkusTest
class SopRevisionTest extends ApiTest {

  /** The kecamatan's current SOP with step 2 reworded and given 3 hari, as a revision body. */
  static Map<String, Object> revision(World w, String note) {
    List<Map<String, Object>> steps = new ArrayList<>();
    List<Map<String, Object>> current = as(w.token(Role.ADMIN)).get("/api/v1/sop").then().statusCode(200)
        .extract().path("steps");
    for (Map<String, Object> s : current) {
      Map<String, Object> text = new HashMap<>();
      for (String key : List.of("number", "title", "lane", "requirement", "time", "duration", "output", "notes")) {
        text.put(key, s.get(key));
      }
      if (((Number) s.get("number")).intValue() == 2) {
        text.put("title", "Mengoreksi dan menyetujui draf format data kinerja");
        text.put("time", "3 hari");
        text.put("duration", Map.of("amount", 3, "unit", "DAYS", "perUnit", false));
      }
      steps.add(text);
    }
    return Map.of("title", "SOP Pengumpulan Data Kinerja (revisi)", "effectiveFrom", "2026-12-01", "note", note,
        "steps", steps);
  }

  @Test
  void theSopIsSeededPerKecamatanWithItsLanesAndMutuBaku() {
    World w = Fixtures.world();
    as(w.token(Role.KASI)).get("/api/v1/sop").then().statusCode(200)
        .header("ETag", equalTo("\"1\""))
        .body("version", equalTo(1)).body("kecamatanId", equalTo((int) w.kecamatanId()))
        .body("steps", hasSize(11))
        .body("lanes", equalTo(List.of("Staf", "Kasubbag", "Sekcam", "Camat", "Kasubbag dan Kasi")))
        .body("steps[3].symbol", equalTo("DECISION")).body("steps[3].refusalStep", equalTo(1))
        .body("steps[6].duration", equalTo(Map.of("amount", 30, "unit", "MINUTES", "perUnit", true)))
        .body("steps[5].lane", equalTo("Kasubbag dan Kasi"))
        .body("steps[0].symbol", equalTo("START")).body("steps[10].symbol", equalTo("END"));
    as(Fixtures.neighbourOf(w).token(Role.KASI)).get("/api/v1/sop?kecamatanId=" + w.kecamatanId()).then()
        .statusCode(404);
    as(w.token(Role.KABUPATEN)).get("/api/v1/sop").then().statusCode(400)
        .body("errors[0].field", equalTo("kecamatanId"));
    as(w.token(Role.KABUPATEN)).get("/api/v1/sop?kecamatanId=" + w.kecamatanId()).then().statusCode(200);
  }

  @Test
  void aRevisionIsANewVersionThatNewCyclesUseWhileRunningOnesKeepTheirs() {
    World w = Fixtures.world();
    TestClock.pin(SlaTest.wib("2026-12-02T09:00")); // Wednesday: 2 hari fall due Friday, 3 hari Monday
    long running = FormWorkflowTest.newForm(w, 2026);
    String sop = "/api/v1/kecamatan/" + w.kecamatanId() + "/sop-versions";
    Map<String, Object> body = revision(w, "Perbup 2026: koreksi 3 hari");

    as(w.token(Role.SEKCAM)).header("If-Match", "\"1\"").body(body).post(sop).then().statusCode(403);
    as(w.token(Role.ADMIN)).body(body).post(sop).then().statusCode(428);
    as(w.token(Role.ADMIN)).header("If-Match", "\"7\"").body(body).post(sop).then().statusCode(412);
    Map<String, Object> tooFew = new HashMap<>(body);
    tooFew.put("steps", ((List<?>) body.get("steps")).subList(0, 10));
    as(w.token(Role.ADMIN)).header("If-Match", "\"1\"").body(tooFew).post(sop).then().statusCode(400)
        .body("errors[0].field", equalTo("steps"));
    Map<String, Object> twice = new HashMap<>(body);
    List<Object> steps = new ArrayList<>((List<?>) body.get("steps"));
    steps.set(1, steps.get(0));
    twice.put("steps", steps);
    as(w.token(Role.ADMIN)).header("If-Match", "\"1\"").body(twice).post(sop).then().statusCode(400)
        .body("errors[0].code", equalTo("SOP_STEPS"));
    as(w.token(Role.ADMIN)).header("If-Match", "\"1\"").body(body)
        .post("/api/v1/kecamatan/" + Fixtures.neighbourOf(w).kecamatanId() + "/sop-versions").then().statusCode(404);

    int v2 = as(w.token(Role.ADMIN)).header("If-Match", "\"1\"").body(body).post(sop).then().statusCode(201)
        .header("ETag", equalTo("\"2\"")).body("version", equalTo(2))
        .body("steps[1].time", equalTo("3 hari")).extract().path("versionId");
    as(w.token(Role.ADMIN)).get("/api/v1/sop/versions/" + v2).then().statusCode(200)
        .body("note", equalTo("Perbup 2026: koreksi 3 hari"));
    as(w.token(Role.KASI)).get(sop).then().statusCode(200).body("version", equalTo(List.of(2, 1)));

    // the running cycle keeps version 1; a new one runs on version 2, with its words and its 3 hari
    as(w.token(Role.STAF)).post("/api/v1/forms/" + running + "/correction-requests").then().statusCode(422);
    FormWorkflowTest.save(w, Role.STAF, running, FormWorkflowTest.content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + running + "/correction-requests").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).get("/api/v1/forms/" + running).then()
        .body("stepTitle", equalTo("Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data"));
    long fresh = FormWorkflowTest.newForm(w, 2027);
    FormWorkflowTest.save(w, Role.STAF, fresh, FormWorkflowTest.content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + fresh + "/correction-requests").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).get("/api/v1/forms/" + fresh).then()
        .body("stepTitle", equalTo("Mengoreksi dan menyetujui draf format data kinerja"));
    int freshCycle = as(w.token(Role.STAF)).get("/api/v1/forms/" + fresh).then().extract().path("cycleId");
    as(w.token(Role.STAF)).get("/api/v1/cycles/" + freshCycle).then().body("sopVersionId", equalTo(v2));
    as(w.token(Role.KASUBBAG)).get("/api/v1/tasks").then()
        .body("find { it.formId == " + running + " }.sla.dueAt", equalTo("2026-12-04T09:30:00Z"))
        .body("find { it.formId == " + fresh + " }.sla.dueAt", equalTo("2026-12-07T09:00:00Z"));
  }

  @AfterEach
  void release() {
    TestClock.release();
  }
}
