package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A document's version moves with anything it owns (values, evidence, notes, receipts, recap
 * values), so a stale edit is refused, a conditional GET says "unchanged" only when it is, and every
 * ETag a write answers with is the one the next read gives.
 */
@QuarkusTest
class VersionsAndETagsTest extends ApiTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static String etagOf(String token, String path) {
    return as(token).get(path).then().statusCode(200).extract().header("ETag");
  }

  @Test
  void theSecondOfTwoSavesOfOneUnitsDataIsRefusedAndTheFirstWritersValuesStay() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, true);
    long s = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    String path = "/api/v1/submissions/" + s;
    String kasi = w.token(Role.KASI);
    String staf = DistributionTest.seksiStaf(w);
    String read = etagOf(kasi, path);
    assertEquals(read, etagOf(staf, path), "both read the same version");

    // the first save (NOT_STARTED to DRAFT) moves the version, and answers with the next read's ETag
    String saved = as(kasi).header("If-Match", read).body(SubmissionWorkflowTest.values("S1.1", 80)).put(path)
        .then().statusCode(200).body("indicators.find { it.code == 'S1.1' }.value", equalTo(80f))
        .extract().header("ETag");
    assertNotEquals(read, saved);
    assertEquals(saved, etagOf(kasi, path));

    // the second writer read the old version: refused, nothing of theirs stored
    as(staf).header("If-Match", read).body(SubmissionWorkflowTest.values("S1.1", 55)).put(path).then()
        .statusCode(412).contentType(PROBLEM).body("context.currentETag", equalTo(saved));
    as(staf).get(path).then().body("indicators.find { it.code == 'S1.1' }.value", equalTo(80f));

    // a later save moves it again: DRAFT stays DRAFT, the version does not
    String again = as(staf).header("If-Match", saved).body(SubmissionWorkflowTest.values("S1.1", 81)).put(path)
        .then().statusCode(200).extract().header("ETag");
    assertNotEquals(saved, again);
    as(kasi).header("If-Match", saved).body(SubmissionWorkflowTest.values("S1.1", 1)).put(path).then().statusCode(412);
  }

  @Test
  void evidenceAndReceiptsMoveTheVersionOfTheSubmissionThatShowsThem() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, false);
    long s = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    String path = "/api/v1/submissions/" + s;
    String kasi = w.token(Role.KASI);
    String beforeReceipt = etagOf(kasi, path);
    int dispatch = as(kasi).get("/api/v1/dispatches").then().extract().path("[0].id");
    as(kasi).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
    String afterReceipt = etagOf(kasi, path);
    assertNotEquals(beforeReceipt, afterReceipt, "the submission now shows the letter received");
    // the stale ETag no longer passes for "unchanged"
    as(kasi).header("If-None-Match", beforeReceipt).get(path).then().statusCode(200).body("received", equalTo(true));

    given().auth().oauth2(kasi).contentType("application/pdf").body(PDF)
        .post(path + "/attachments?filename=bukti.pdf&indicatorCode=S1.1").then().statusCode(201);
    String afterUpload = etagOf(kasi, path);
    assertNotEquals(afterReceipt, afterUpload, "the evidence belongs to the submission");
    as(kasi).header("If-Match", afterReceipt).body(SubmissionWorkflowTest.values("S1.1", 80)).put(path).then()
        .statusCode(412);
  }

  @Test
  void aConditionalGetOfAnUnchangedDocumentOrListAnswers304() {
    World w = Fixtures.world();
    long form = FormWorkflowTest.newForm(w, 2026);
    String staf = w.token(Role.STAF);
    String path = "/api/v1/forms/" + form;
    String etag = etagOf(staf, path);
    as(staf).header("If-None-Match", etag).get(path).then().statusCode(304);
    as(staf).header("If-None-Match", "\"999\"").get(path).then().statusCode(200);
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    as(staf).header("If-None-Match", etag).get(path).then().statusCode(200);

    // a list gets a weak ETag over its body, moving when an entry changes
    Response tasks = as(staf).get("/api/v1/tasks").then().statusCode(200).extract().response();
    String listTag = tasks.header("ETag");
    assertEquals(true, listTag.startsWith("W/"), listTag);
    as(staf).header("If-None-Match", listTag).get("/api/v1/tasks").then().statusCode(304);
    as(staf).post(path + "/correction-requests").then().statusCode(200);
    as(staf).header("If-None-Match", listTag).get("/api/v1/tasks").then().statusCode(200);
  }

  @Test
  void everyEtagAWriteAnswersWithIsTheOneTheNextReadGives() {
    World w = Fixtures.world();
    long form = FormWorkflowTest.newForm(w, 2026);
    String staf = w.token(Role.STAF);
    String formPath = "/api/v1/forms/" + form;
    String saved = as(staf).header("If-Match", etagOf(staf, formPath)).body(FormWorkflowTest.content(w, 100))
        .put(formPath + "/content").then().statusCode(200).extract().header("ETag");
    assertEquals(saved, etagOf(staf, formPath));
    String sent = as(staf).post(formPath + "/correction-requests").then().statusCode(200).extract().header("ETag");
    assertEquals(sent, etagOf(staf, formPath));
    // a note the Kasubbag writes is owned by the form: the return moves its version
    String returned = as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN", "reason", "Perbaiki",
            "notes", List.of(Map.of("indicatorCode", "S1.1", "text", "Target 95"))))
        .post(formPath + "/corrections").then().statusCode(200).extract().header("ETag");
    assertNotEquals(sent, returned);
    assertEquals(returned, etagOf(staf, formPath));

    World v = Fixtures.world();
    long recap = RecapTestSupport.verifiedUnitsAndRecap(v, SubmissionWorkflowTest.dispatchedForm(v, true));
    String recapPath = "/api/v1/recaps/" + recap;
    for (long unit : List.of(v.seksiUnitId(), v.pengelolaUnitId())) {
      String entered = as(v.token(Role.STAF)).body(Map.of("unitId", unit)).post(recapPath + "/entries").then()
          .statusCode(200).extract().header("ETag");
      assertEquals(entered, etagOf(v.token(Role.STAF), recapPath));
    }
    String corrected = as(v.token(Role.STAF)).header("If-Match", etagOf(v.token(Role.STAF), recapPath))
        .body(Map.of("corrections", List.of(Map.of("indicatorCode", "S1.1", "unitId", v.seksiUnitId(), "value", 91,
            "reason", "Salah ketik"))))
        .put(recapPath + "/values").then().statusCode(200).extract().header("ETag");
    assertEquals(corrected, etagOf(v.token(Role.STAF), recapPath));
    RecapTestSupport.advance(v, recap, "SIGNED");
    Response ralat = as(v.token(Role.STAF)).body(Map.of("reason", "Nilai final")).post(recapPath + "/ralat").then()
        .statusCode(201).extract().response();
    assertEquals(ralat.header("ETag"), etagOf(v.token(Role.STAF), "/api/v1/recaps/" + ralat.path("id")));
  }
}
