package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** SOP steps 1-4 on a form, through HTTP only, with the roles of a fixture kecamatan. */
@QuarkusTest
class FormWorkflowTest extends ApiTest {

  static Map<String, Object> content(World w, Object target) {
    Map<String, Object> indicator = new HashMap<>(Map.of("code", "S1.1",
        "name", "Persentase desa yang menetapkan APBDes tepat waktu", "satuan", "%",
        "dataType", "percent", "polarity", "higher_is_better", "aggregation", "none",
        "reportingUnitIds", List.of(w.seksiUnitId())));
    indicator.put("target", target);
    Map<String, Object> second = Map.of("code", "S2.1", "name", "Nilai SAKIP kecamatan", "satuan", "nilai",
        "dataType", "index", "polarity", "higher_is_better", "aggregation", "none", "target", 70,
        "reportingUnitIds", List.of(w.pengelolaUnitId()));
    return Map.of(
        "letter", Map.of("perihal", "Permohonan Pengisian Data Kinerja Tahun 2026",
            "body", "Sehubungan dengan penyusunan laporan kinerja, mohon diisi format terlampir.",
            "deadline", "2027-01-15", "addresseeUnitIds", List.of(w.seksiUnitId(), w.pengelolaUnitId())),
        "sasaran", List.of(
            Map.of("code", "S1", "name", "Meningkatnya kualitas pemerintahan desa", "indicators", List.of(indicator)),
            Map.of("code", "S2", "name", "Meningkatnya akuntabilitas kinerja", "indicators", List.of(second))));
  }

  /** A cycle of {@code year} with an empty form; returns the form id. */
  static long newForm(World w, int year) {
    long cycle = ((Number) as(w.token(Role.STAF)).body(Map.of("kecamatanId", w.kecamatanId(), "year", year))
        .post("/api/v1/cycles").then().statusCode(201).extract().path("id")).longValue();
    return ((Number) as(w.token(Role.STAF)).body(Map.of("source", "EMPTY"))
        .post("/api/v1/cycles/" + cycle + "/forms").then().statusCode(201)
        .body("state", equalTo("DRAFT")).extract().path("id")).longValue();
  }

  static JsonPath form(World w, long id) {
    return as(w.token(Role.STAF)).get("/api/v1/forms/" + id).then().statusCode(200).extract().jsonPath();
  }

  static String etag(World w, Role role, long id) {
    return as(w.token(role)).get("/api/v1/forms/" + id).then().statusCode(200).extract().header("ETag");
  }

  static void save(World w, Role role, long id, Object content) {
    as(w.token(role)).header("If-Match", etag(w, role, id)).body(content)
        .put("/api/v1/forms/" + id + "/content").then().statusCode(200);
  }

  static Map<String, Object> approval(String decision, String sha, String reason) {
    Map<String, Object> body = new HashMap<>(Map.of("decision", decision, "contentSha256", sha));
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  /** Steps 1-3 for a complete form: returns it AWAITING_SIGNATURE. */
  static String throughParaf(World w, long id) {
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + id + "/corrections")
        .then().statusCode(200);
    String sha = form(w, id).getString("contentSha256");
    as(w.token(Role.SEKCAM)).body(approval("APPROVE", sha, null)).post("/api/v1/forms/" + id + "/parafs")
        .then().statusCode(200).body("state", equalTo("AWAITING_SIGNATURE"));
    return sha;
  }

  @Test
  void stepsOneToFourWithKasubbagReturnCamatTidakAndASecondRound() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    save(w, Role.STAF, id, content(w, 100));

    // the inbox: the Staf sees step 1, nobody else does
    as(w.token(Role.STAF)).get("/api/v1/tasks").then().body("formId", hasItem((int) id))
        .body("find { it.formId == " + id + " }.step", equalTo(1));
    as(w.token(Role.SEKCAM)).get("/api/v1/tasks").then().body("formId", not(hasItem((int) id)));

    // step 1 -> 2, then the Kasubbag returns it with a note on one indicator
    as(w.token(Role.STAF)).body(Map.of("note", "Mohon dikoreksi")).post("/api/v1/forms/" + id + "/correction-requests")
        .then().statusCode(200).body("state", equalTo("IN_CORRECTION"));
    as(w.token(Role.KASUBBAG)).get("/api/v1/tasks").then().body("find { it.formId == " + id + " }.step", equalTo(2));
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN", "reason", "Target S1.1 belum sesuai Renstra",
            "notes", List.of(Map.of("indicatorCode", "S1.1", "text", "Target seharusnya 95"))))
        .post("/api/v1/forms/" + id + "/corrections").then().statusCode(200)
        .body("state", equalTo("DRAFT")).body("round", equalTo(2))
        .body("notes.find { it.indicatorCode == 'S1.1' }.text", equalTo("Target seharusnya 95"));

    // the Staf fixes it; the Kasubbag corrects the letter himself and forwards: the diff shows it
    save(w, Role.STAF, id, content(w, 95));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    int submitted = form(w, id).getInt("versionNumber");
    Map<String, Object> corrected = new HashMap<>(content(w, 95));
    Map<String, Object> letter = new HashMap<>(castMap(corrected.get("letter")));
    letter.put("deadline", "2027-01-20");
    corrected.put("letter", letter);
    save(w, Role.KASUBBAG, id, corrected);
    as(w.token(Role.STAF)).queryParam("from", submitted).get("/api/v1/forms/" + id + "/diff").then().statusCode(200)
        .body("letter.field", hasItem("deadline")).body("indicatorsChanged", hasSize(0));
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + id + "/corrections")
        .then().statusCode(200).body("state", equalTo("AWAITING_PARAF"));

    // step 3: paraf bound to the hash shown; step 4: "Tidak"
    String sha = form(w, id).getString("contentSha256");
    as(w.token(Role.SEKCAM)).get("/api/v1/tasks").then().body("find { it.formId == " + id + " }.step", equalTo(3));
    as(w.token(Role.SEKCAM)).body(approval("APPROVE", sha, null)).post("/api/v1/forms/" + id + "/parafs")
        .then().statusCode(200).body("state", equalTo("AWAITING_SIGNATURE"))
        .body("approvals[0].kind", equalTo("PARAF")).body("approvals[0].contentSha256", equalTo(sha));
    as(w.token(Role.CAMAT)).body(approval("REFUSE", sha, "Indikator S2 perlu ditambah"))
        .post("/api/v1/forms/" + id + "/signatures").then().statusCode(200)
        .body("state", equalTo("DRAFT")).body("round", equalTo(3))
        .body("approvals.find { it.kind == 'PARAF' }.voidedAt", notNullValue())
        .body("approvals.find { it.kind == 'SIGNATURE' }.decision", equalTo("REFUSED"));

    // second round to the signature
    String sha2 = throughParaf(w, id);
    as(w.token(Role.CAMAT)).body(approval("APPROVE", sha2, null)).post("/api/v1/forms/" + id + "/signatures")
        .then().statusCode(200).body("state", equalTo("SIGNED"))
        .body("approvals.findAll { it.voidedAt == null && it.decision == 'APPROVED' }.kind",
            equalTo(List.of("PARAF", "SIGNATURE")));

    List<String> actions = as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id + "/timeline").then()
        .statusCode(200).extract().jsonPath().getList("action");
    // the Kasubbag's save while correcting is a CORRECT, the Staf's an EDIT
    assertEquals(List.of("CREATE", "EDIT", "SUBMIT_FOR_CORRECTION", "RETURN_TO_STAF", "EDIT",
        "SUBMIT_FOR_CORRECTION", "CORRECT", "FORWARD_TO_SEKCAM", "PARAF", "REFUSE_SIGNATURE",
        "SUBMIT_FOR_CORRECTION", "FORWARD_TO_SEKCAM", "PARAF", "SIGN"), actions);
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id + "/timeline").then()
        .body("find { it.action == 'REFUSE_SIGNATURE' }.reason", equalTo("Indikator S2 perlu ditambah"))
        .body("find { it.action == 'REFUSE_SIGNATURE' }.fromState", equalTo("AWAITING_SIGNATURE"))
        .body("find { it.action == 'REFUSE_SIGNATURE' }.capacity", equalTo("Camat " + w.kecamatanName()))
        .body("find { it.action == 'CREATE' }.fromState", equalTo(null))
        .body("find { it.action == 'SIGN' }.details.contentSha256", notNullValue());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> castMap(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  void anApprovalOfAVersionNotShownIsRefusedWith409() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    save(w, Role.STAF, id, content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    String shown = form(w, id).getString("contentSha256");
    save(w, Role.KASUBBAG, id, content(w, 90)); // changed after the Sekcam was shown it
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + id + "/corrections")
        .then().statusCode(200);
    as(w.token(Role.SEKCAM)).body(approval("APPROVE", shown, null)).post("/api/v1/forms/" + id + "/parafs")
        .then().statusCode(409).contentType(PROBLEM).body("context.currentSha256", not(equalTo(shown)));
    assertEquals("AWAITING_PARAF", form(w, id).getString("state"));
  }

  @Test
  void editingAfterParafNeedsAWithdrawalWhichVoidsTheParaf() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    save(w, Role.STAF, id, content(w, 100));
    throughParaf(w, id);
    as(w.token(Role.STAF)).header("If-Match", etag(w, Role.STAF, id)).body(content(w, 80))
        .put("/api/v1/forms/" + id + "/content").then().statusCode(409).contentType(PROBLEM)
        .body("context.state", equalTo("AWAITING_SIGNATURE"));
    as(w.token(Role.STAF)).body(Map.of("reason", "Ada salah ketik pada target"))
        .post("/api/v1/forms/" + id + "/withdrawals").then().statusCode(200)
        .body("state", equalTo("DRAFT")).body("approvals[0].voidedAt", notNullValue());
    save(w, Role.STAF, id, content(w, 80));
    as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/versions").then().statusCode(200).body("size()", equalTo(3))
        .body("stateAtSave", equalTo(List.of("DRAFT", "DRAFT", "DRAFT")));
  }

  @Test
  void aTransitionInTheWrongStateNamesTheStateAndTheAllowedOnes() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    String sha = form(w, id).getString("contentSha256");
    as(w.token(Role.SEKCAM)).body(approval("APPROVE", sha, null)).post("/api/v1/forms/" + id + "/parafs")
        .then().statusCode(409).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:invalid-state"))
        .body("context.state", equalTo("DRAFT"))
        .body("context.allowedTransitions", hasItem("SUBMIT_FOR_CORRECTION"));
  }

  @Test
  void anIncompleteDraftCannotGoToCorrectionAndARefusalNeedsAReason() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(422)
        .contentType(PROBLEM).body("errors.field", hasItem("letter.deadline"));
    save(w, Role.STAF, id, content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN")).post("/api/v1/forms/" + id + "/corrections")
        .then().statusCode(400).body("errors[0].field", equalTo("reason"));
    assertEquals("IN_CORRECTION", form(w, id).getString("state"));
  }

  @Test
  void badContentIsRefusedAndNoVersionIsMade() {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    String path = "/api/v1/forms/" + id + "/content";
    as(w.token(Role.STAF)).header("If-Match", etag(w, Role.STAF, id)).body(content(w, -5)).put(path).then()
        .statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("sasaran[0].indicators[0].target"));
    as(w.token(Role.STAF)).header("If-Match", etag(w, Role.STAF, id)).body(content(w, 150)).put(path).then()
        .statusCode(400).body("errors.field", hasItem("sasaran[0].indicators[0].target"));
    Map<String, Object> foreignUnit = new HashMap<>(content(Fixtures.world(), 100));
    as(w.token(Role.STAF)).header("If-Match", etag(w, Role.STAF, id)).body(foreignUnit).put(path).then()
        .statusCode(400).body("errors.field", hasItem("letter.addresseeUnitIds[0]"));
    Map<String, Object> huge = new HashMap<>(content(w, 100));
    huge.put("letter", Map.of("perihal", "x".repeat(301), "body", "", "addresseeUnitIds", List.of()));
    as(w.token(Role.STAF)).header("If-Match", etag(w, Role.STAF, id)).body(huge).put(path).then()
        .statusCode(400).body("errors.field", hasItem("letter.perihal"));
    as(w.token(Role.STAF)).header("If-Match", "\"999\"").body(content(w, 100)).put(path).then().statusCode(412);
    as(w.token(Role.STAF)).body(content(w, 100)).put(path).then().statusCode(428);
    assertEquals(1, form(w, id).getInt("versionNumber"));
  }

  @Test
  void eachStepBelongsToItsOfficialAndOtherKecamatanSeeNothing() {
    World w = Fixtures.world();
    World neighbour = Fixtures.neighbourOf(w);
    long id = newForm(w, 2026);
    save(w, Role.STAF, id, content(w, 100));
    String sha = form(w, id).getString("contentSha256");
    for (Role role : Role.values()) {
      int expected = role == Role.STAF ? 200 : 403;
      if (role != Role.STAF) {
        as(w.token(role)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(expected);
        as(w.token(role)).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2030)).post("/api/v1/cycles")
            .then().statusCode(403);
      }
      // ADMIN manages people and units, not the SOP's documents
      as(w.token(role)).get("/api/v1/forms/" + id).then().statusCode(role == Role.ADMIN ? 403 : 200);
      if (role != Role.KABUPATEN) {
        as(neighbour.token(role)).get("/api/v1/forms/" + id).then().statusCode(404);
        as(neighbour.token(role)).body(approval("APPROVE", sha, null)).post("/api/v1/forms/" + id + "/parafs")
            .then().statusCode(404);
      }
    }
    // a Staf outside the unit pengelola does not draft the form
    as(w.token(Role.KASI)).header("If-Match", etag(w, Role.KASI, id)).body(content(w, 100))
        .put("/api/v1/forms/" + id + "/content").then().statusCode(403);
    throughParaf(w, id);
    String sha2 = form(w, id).getString("contentSha256");
    as(w.token(Role.SEKCAM)).body(approval("APPROVE", sha2, null)).post("/api/v1/forms/" + id + "/signatures")
        .then().statusCode(403);
    as(w.token(Role.KABUPATEN)).body(approval("APPROVE", sha2, null)).post("/api/v1/forms/" + id + "/signatures")
        .then().statusCode(403);
  }

  @Test
  void twoOfficialsAtOnceExactlyOneWins() throws Exception {
    World w = Fixtures.world();
    long id = newForm(w, 2026);
    save(w, Role.STAF, id, content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    String sha = form(w, id).getString("contentSha256");
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + id + "/corrections");
    // the Sekcam and a Plh. Sekcam act on the same form at the same moment
    var plh = w.user(Role.KASI);
    as(w.token(Role.ADMIN)).body(Map.of("kind", "PLH", "role", "SEKCAM",
            "startsOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).toString(),
            "endsOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).plusDays(1).toString()))
        .post("/api/v1/users/" + plh.id + "/acting-assignments").then().statusCode(201);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Callable<Integer>> calls = new ArrayList<>();
    calls.add(() -> as(w.token(Role.SEKCAM)).body(approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + id + "/parafs").then().extract().statusCode());
    calls.add(() -> as(Fixtures.token(plh)).body(approval("REFUSE", sha, "Belum lengkap"))
        .post("/api/v1/forms/" + id + "/parafs").then().extract().statusCode());
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    statuses.sort(Integer::compare);
    assertEquals(List.of(200, 409), statuses);
  }

  @Test
  void thisYearsFormIsClonedFromLastYearsSignedOneWithTheDifferencesShown() {
    World w = Fixtures.world();
    long last = newForm(w, 2025);
    save(w, Role.STAF, last, content(w, 100));
    String sha = throughParaf(w, last);
    long cycle = ((Number) as(w.token(Role.STAF)).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2026))
        .post("/api/v1/cycles").then().statusCode(201).extract().path("id")).longValue();
    // not signed yet: nothing to clone
    as(w.token(Role.STAF)).body(Map.of("source", "PREVIOUS_YEAR")).post("/api/v1/cycles/" + cycle + "/forms")
        .then().statusCode(422);
    as(w.token(Role.CAMAT)).body(approval("APPROVE", sha, null)).post("/api/v1/forms/" + last + "/signatures")
        .then().statusCode(200);
    long id = ((Number) as(w.token(Role.STAF)).body(Map.of("source", "PREVIOUS_YEAR"))
        .post("/api/v1/cycles/" + cycle + "/forms").then().statusCode(201)
        .body("origin", equalTo("CLONED")).body("clonedFromFormId", equalTo((int) last))
        .body("content.sasaran", hasSize(2)).body("content.letter.deadline", equalTo(null))
        .extract().path("id")).longValue();
    Map<String, Object> changed = new HashMap<>(content(w, 97));
    save(w, Role.STAF, id, changed);
    as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/diff").then().statusCode(200)
        .body("from", equalTo("Tahun 2025"))
        .body("indicatorsChanged[0].code", equalTo("S1.1"))
        .body("indicatorsChanged[0].changes.find { it.field == 'target' }.from", equalTo("100"))
        .body("indicatorsChanged[0].changes.find { it.field == 'target' }.to", equalTo("97"));
  }

  @Test
  void creatingPostsAreIdempotentWithAKey() {
    World w = Fixtures.world();
    Map<String, Object> body = Map.of("kecamatanId", w.kecamatanId(), "year", 2026);
    var first = as(w.token(Role.STAF)).header("Idempotency-Key", "k-1").body(body).post("/api/v1/cycles")
        .then().statusCode(201).extract();
    as(w.token(Role.STAF)).header("Idempotency-Key", "k-1").body(body).post("/api/v1/cycles").then()
        .statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(first.path("id")));
    as(w.token(Role.STAF)).header("Idempotency-Key", "k-1")
        .body(Map.of("kecamatanId", w.kecamatanId(), "year", 2027)).post("/api/v1/cycles").then().statusCode(422);
    as(w.token(Role.STAF)).body(body).post("/api/v1/cycles").then().statusCode(409);
    as(w.token(Role.STAF)).queryParam("kecamatanId", w.kecamatanId()).get("/api/v1/cycles").then()
        .body("size()", equalTo(1));
  }
}
