package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step 7: units fill and submit; the Sekcam verifies or returns; every round is kept. */
@QuarkusTest
class SubmissionWorkflowTest extends ApiTest {

  /** A fixture form numbered and dispatched; receipts confirmed when {@code receive}. */
  static long dispatchedForm(World w, boolean receive) {
    return dispatchedForm(w, receive, FormWorkflowTest.content(w, 100));
  }

  static long dispatchedForm(World w, boolean receive, Object content) {
    long id = DistributionTest.signedForm(w, content);
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + id + "/dispatches").then().statusCode(200);
    if (receive) {
      for (Role head : List.of(Role.KASI, Role.KASUBBAG)) {
        int dispatch = as(w.token(head)).get("/api/v1/dispatches").then().extract().path("[0].id");
        as(w.token(head)).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
      }
    }
    return id;
  }

  static long submissionOf(World w, long formId, long unitId) {
    return ((Number) as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + formId + "/submissions").then()
        .statusCode(200).extract().path("find { it.unitId == " + unitId + " }.id")).longValue();
  }

  static void save(World w, Role role, long submissionId, Object body, int status) {
    String etag = as(w.token(role)).get("/api/v1/submissions/" + submissionId).then().statusCode(200)
        .extract().header("ETag");
    as(w.token(role)).header("If-Match", etag).body(body).put("/api/v1/submissions/" + submissionId).then()
        .statusCode(status);
  }

  static Map<String, Object> values(String code, Object value) {
    Map<String, Object> v = new HashMap<>(Map.of("indicatorCode", code));
    v.put("value", value);
    return Map.of("values", List.of(v));
  }

  @Test
  void aReturnedSubmissionIsFixedAndResubmittedTwiceThenVerified() {
    World w = Fixtures.world();
    long form = dispatchedForm(w, true);
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + form + "/submissions").then()
        .body("", hasSize(2)).body("state", equalTo(List.of("NOT_STARTED", "NOT_STARTED")));
    long seksi = submissionOf(w, form, w.seksiUnitId());

    // nothing filled: the system says what is missing before a human looks
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(409);
    save(w, Role.KASI, seksi, Map.of("values", List.of()), 200);
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(422)
        .body("errors.field", hasItem("S1.1"));

    save(w, Role.KASI, seksi, values("S1.1", 80), 200);
    as(w.token(Role.KASI)).get("/api/v1/submissions/" + seksi).then()
        .body("state", equalTo("DRAFT"))
        .body("indicators[0].capaian", equalTo(80.00f)).body("indicators[0].band", equalTo("tinggi"))
        .body("missing", hasSize(0));
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200)
        .body("state", equalTo("SUBMITTED")).body("round", equalTo(1));
    as(w.token(Role.SEKCAM)).get("/api/v1/tasks").then()
        .body("find { it.submissionId == " + seksi + " }.step", equalTo(7))
        .body("find { it.submissionId == " + seksi + " }.kind", equalTo("SUBMISSION"))
        .body("find { it.submissionId == " + seksi + " }.unitName", equalTo("Seksi Pemerintahan"));

    for (int round = 1; round <= 2; round++) {
      as(w.token(Role.SEKCAM)).body(Map.of("decision", "RETURN", "reason", "Data belum sesuai laporan desa",
              "notes", List.of(Map.of("indicatorCode", "S1.1", "reasonCode", "INCONSISTENT",
                  "text", "Angka berbeda dengan rekap desa (putaran " + round + ")"))))
          .post("/api/v1/submissions/" + seksi + "/verifications").then().statusCode(200)
          .body("state", equalTo("RETURNED")).body("returnedCount", equalTo(round));
      as(w.token(Role.KASI)).get("/api/v1/submissions/" + seksi).then()
          .body("indicators[0].notes[0].reasonCode", equalTo("INCONSISTENT"))
          .body("indicators[0].notes[0].text", equalTo("Angka berbeda dengan rekap desa (putaran " + round + ")"));
      save(w, Role.KASI, seksi, values("S1.1", 80 + round * 5), 200);
      as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200)
          .body("round", equalTo(round + 1));
    }
    as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + seksi + "/verifications")
        .then().statusCode(200).body("state", equalTo("VERIFIED")).body("indicators[0].notes", hasSize(0));
    as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi + "/rounds").then().statusCode(200)
        .body("", hasSize(3))
        .body("decision", equalTo(List.of("RETURNED", "RETURNED", "VERIFIED")))
        .body("[1].changedFromPrevious", equalTo(List.of("S1.1")))
        .body("[2].values[0].value", equalTo(90))
        .body("[0].notes[0].reasonCode", equalTo("INCONSISTENT"));
    as(w.token(Role.KASI)).get("/api/v1/submissions/" + seksi + "/timeline").then().statusCode(200)
        .body("findAll { it.action == 'RETURN' }", hasSize(2))
        .body("find { it.action == 'RETURN' }.reason", equalTo("Data belum sesuai laporan desa"))
        .body("find { it.action == 'VERIFY' }.capacity", equalTo("Sekretaris Kecamatan " + w.kecamatanName()));
    // verified data is final
    save(w, Role.KASI, seksi, values("S1.1", 1), 409);
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + form + "/submissions").then()
        .body("find { it.id == " + seksi + " }.returnedCount", equalTo(2));
  }

  @Test
  void aVerificationFromTheGridIsBoundToTheVersionTheSekcamSaw() {
    World w = Fixtures.world();
    long form = dispatchedForm(w, true);
    long seksi = submissionOf(w, form, w.seksiUnitId());
    save(w, Role.KASI, seksi, values("S1.1", 80), 200);
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200);
    int seen = as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + form + "/submissions").then().statusCode(200)
        .extract().path("find { it.id == " + seksi + " }.version");
    String etag = as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi).then().extract().header("ETag");
    assertEquals("\"" + seen + "\"", etag, "the grid's version is the ETag");

    // meanwhile it went back to the unit and came in again with other figures
    as(w.token(Role.SEKCAM)).body(Map.of("decision", "RETURN", "reason", "Periksa lagi"))
        .post("/api/v1/submissions/" + seksi + "/verifications").then().statusCode(200);
    save(w, Role.KASI, seksi, values("S1.1", 95), 200);
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200);

    as(w.token(Role.SEKCAM)).header("If-Match", etag).body(Map.of("decision", "VERIFY"))
        .post("/api/v1/submissions/" + seksi + "/verifications").then().statusCode(412)
        .contentType("application/problem+json");
    as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi).then().body("state", equalTo("SUBMITTED"));
    String now = as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi).then().extract().header("ETag");
    String answered = as(w.token(Role.SEKCAM)).header("If-Match", now).body(Map.of("decision", "VERIFY"))
        .post("/api/v1/submissions/" + seksi + "/verifications").then().statusCode(200)
        .body("state", equalTo("VERIFIED")).extract().header("ETag");
    as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi).then().header("ETag", equalTo(answered));
  }

  @Test
  void valuesAreTypedAndOwnedByTheUnitAndNothingBadIsStored() {
    World w = Fixtures.world();
    long form = dispatchedForm(w, true);
    long seksi = submissionOf(w, form, w.seksiUnitId());
    save(w, Role.KASI, seksi, values("S1.1", 50), 200);
    save(w, Role.KASI, seksi, values("S2.1", 70), 400); // the subbag's indicator
    save(w, Role.KASI, seksi, values("S1.1", -1), 400);
    save(w, Role.KASI, seksi, values("S1.1", 120), 400); // a percentage
    save(w, Role.KASI, seksi, Map.of("values", List.of(Map.of("indicatorCode", "S1.1", "text", "banyak"))), 400);
    String etag = as(w.token(Role.KASI)).get("/api/v1/submissions/" + seksi).then().extract().header("ETag");
    as(w.token(Role.KASI)).header("If-Match", etag).body("{\"values\":[{\"indicatorCode\":\"S1.1\",\"value\":\"lima\"}]}")
        .put("/api/v1/submissions/" + seksi).then().statusCode(400).body("errors[0].field", equalTo("values[0].value"));
    as(w.token(Role.KASI)).get("/api/v1/submissions/" + seksi).then().body("indicators[0].value", equalTo(50.0f));
  }

  @Test
  void aUnitSeesAndWritesOnlyItsOwnSubmission() {
    World w = Fixtures.world();
    long form = dispatchedForm(w, true);
    long seksi = submissionOf(w, form, w.seksiUnitId());
    long subbag = submissionOf(w, form, w.pengelolaUnitId());
    as(w.token(Role.KASI)).get("/api/v1/submissions/" + subbag).then().statusCode(403);
    save(w, Role.STAF, subbag, values("S2.1", 72), 200);
    as(w.token(Role.STAF)).get("/api/v1/submissions/" + seksi).then().statusCode(403);
    as(w.token(Role.KASI)).get("/api/v1/forms/" + form + "/submissions").then().body("", hasSize(1))
        .body("[0].unitId", equalTo((int) w.seksiUnitId()));
    // staff fill in, the head submits
    as(w.token(Role.STAF)).post("/api/v1/submissions/" + subbag + "/submittals").then().statusCode(403);
    as(w.token(Role.KASUBBAG)).post("/api/v1/submissions/" + subbag + "/submittals").then().statusCode(200);
    // only the Sekcam verifies; other kecamatan see nothing
    as(w.token(Role.CAMAT)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + subbag + "/verifications")
        .then().statusCode(403);
    World neighbour = Fixtures.neighbourOf(w);
    as(neighbour.token(Role.SEKCAM)).get("/api/v1/submissions/" + subbag).then().statusCode(404);
    as(neighbour.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY"))
        .post("/api/v1/submissions/" + subbag + "/verifications").then().statusCode(404);
    as(w.token(Role.KABUPATEN)).get("/api/v1/submissions/" + subbag).then().statusCode(200);
  }

  @Test
  void dataCanOnlyBeFilledAfterReceiptAndAUnitThatNeverReportsIsMarkedSo() {
    World w = Fixtures.world();
    long form = dispatchedForm(w, false);
    long seksi = submissionOf(w, form, w.seksiUnitId());
    save(w, Role.KASI, seksi, values("S1.1", 50), 409);
    as(w.token(Role.SEKCAM)).body(Map.of("reason", "")).post("/api/v1/submissions/" + seksi + "/non-submissions")
        .then().statusCode(400);
    as(w.token(Role.KASI)).body(Map.of("reason", "x")).post("/api/v1/submissions/" + seksi + "/non-submissions")
        .then().statusCode(403);
    as(w.token(Role.SEKCAM)).body(Map.of("reason", "Tidak menyampaikan sampai batas waktu"))
        .post("/api/v1/submissions/" + seksi + "/non-submissions").then().statusCode(200)
        .body("state", equalTo("NOT_SUBMITTED")).body("notSubmittedReason", notNullValue());
    as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + seksi + "/verifications")
        .then().statusCode(409).body("context.state", equalTo("NOT_SUBMITTED"));
  }
}
