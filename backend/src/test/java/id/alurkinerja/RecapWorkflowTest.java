package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Steps 8-11 on the recap, transition by transition, each refused where the table says so. */
@QuarkusTest
class RecapWorkflowTest extends ApiTest {

  private static final String STALE = "0".repeat(64);

  private static String path(long recap) {
    return "/api/v1/recaps/" + recap;
  }

  private static Map<String, Object> decision(String decision, String sha, String reason) {
    return FormWorkflowTest.approval(decision, sha, reason);
  }

  /** A recap whose two units are verified, entered, and handed to the Kasubbag. */
  private static long awaitingValidation(World w) {
    long recap = RecapTestSupport.verifiedRecap(w, SubmissionWorkflowTest.dispatchedForm(w, true));
    RecapTestSupport.advance(w, recap, "AWAITING_VALIDATION");
    return recap;
  }

  @Test
  void aUnitIsEnteredOnceAndOnlyWhenItsDataIsVerified() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, true);
    long seksi = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    SubmissionWorkflowTest.save(w, Role.KASI, seksi, SubmissionWorkflowTest.values("S1.1", 90), 200);
    long recap = ((Number) as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/recaps").then().statusCode(201)
        .body("transitions", equalTo(List.of("REQUEST_VALIDATION"))).body("editable", equalTo(true))
        .extract().path("id")).longValue();
    String staf = w.token(Role.STAF);
    // still a draft of the unit: not entered
    as(staf).body(Map.of("unitId", w.seksiUnitId())).post(path(recap) + "/entries").then().statusCode(409)
        .body("type", equalTo("urn:alur-kinerja:problem:invalid-state")).body("context.state", equalTo("DRAFT"));
    as(w.token(Role.KASI)).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200);
    as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + seksi + "/verifications")
        .then().statusCode(200);
    as(staf).body(Map.of("unitId", w.seksiUnitId())).post(path(recap) + "/entries").then().statusCode(200)
        .body("units.find { it.unitId == " + w.seksiUnitId() + " }.status", equalTo("VERIFIED"));
    as(staf).body(Map.of("unitId", w.seksiUnitId())).post(path(recap) + "/entries").then().statusCode(409);
    // handing over with a unit missing lists it
    as(staf).post(path(recap) + "/validation-requests").then().statusCode(422)
        .body("errors.code", hasItem("NOT_ENTERED"));
    as(staf).get(path(recap)).then().body("state", equalTo("DRAFT"));
  }

  @Test
  void valuesAreCorrectedOnlyInDraftAgainstTheVersionRead() {
    World w = Fixtures.world();
    long recap = RecapTestSupport.verifiedRecap(w, SubmissionWorkflowTest.dispatchedForm(w, true));
    String staf = w.token(Role.STAF);
    Map<String, Object> body = Map.of("corrections", List.of(Map.of("indicatorCode", "S1.1", "unitId",
        w.seksiUnitId(), "value", 91, "reason", "Salah ketik")));
    as(staf).body(body).put(path(recap) + "/values").then().statusCode(428);
    as(staf).header("If-Match", "\"1\"").body(body).put(path(recap) + "/values").then().statusCode(412);
    String etag = as(staf).get(path(recap)).then().extract().header("ETag");
    as(staf).header("If-Match", etag).body(body).put(path(recap) + "/values").then().statusCode(200)
        .body("sasaran[0].indicators[0].units[0].value", equalTo(91));
    RecapTestSupport.advance(w, recap, "AWAITING_VALIDATION");
    String handed = as(staf).get(path(recap)).then().extract().header("ETag");
    as(staf).header("If-Match", handed).body(body).put(path(recap) + "/values").then().statusCode(409)
        .body("context.state", equalTo("AWAITING_VALIDATION"));
  }

  @Test
  void everyApprovalOfTheRecapIsBoundToTheHashOfTheVersionShown() {
    World w = Fixtures.world();
    long recap = awaitingValidation(w);
    String kasubbag = w.token(Role.KASUBBAG);
    String sekcam = w.token(Role.SEKCAM);
    String camat = w.token(Role.CAMAT);
    for (String decision : List.of("VALIDATE", "RETURN")) {
      as(kasubbag).body(decision(decision, STALE, "Belum sesuai")).post(path(recap) + "/validations").then()
          .statusCode(409).body("type", equalTo("urn:alur-kinerja:problem:version-changed"))
          .body("context.currentSha256", equalTo(RecapTestSupport.sha(w, recap)));
    }
    RecapTestSupport.advance(w, recap, "AWAITING_PARAF");
    for (String decision : List.of("APPROVE", "REFUSE")) {
      as(sekcam).body(decision(decision, STALE, "Belum sesuai")).post(path(recap) + "/parafs").then()
          .statusCode(409).body("type", equalTo("urn:alur-kinerja:problem:version-changed"));
    }
    as(sekcam).body(decision("APPROVE", RecapTestSupport.sha(w, recap), null)).post(path(recap) + "/parafs").then()
        .statusCode(200);
    for (String decision : List.of("APPROVE", "REFUSE")) {
      as(camat).body(decision(decision, STALE, "Belum sesuai")).post(path(recap) + "/signatures").then()
          .statusCode(409).body("type", equalTo("urn:alur-kinerja:problem:version-changed"));
    }
    // nothing was recorded for the stale decisions
    as(camat).get(path(recap)).then().body("state", equalTo("AWAITING_SIGNATURE"))
        .body("approvals.kind", equalTo(List.of("VALIDATION", "PARAF")));
  }

  @Test
  void eachRefusalNeedsAReasonAndSendsTheRecapBackToTheStafInANewRound() {
    World w = Fixtures.world();
    long recap = awaitingValidation(w);
    String sha = RecapTestSupport.sha(w, recap);
    as(w.token(Role.KASUBBAG)).body(decision("RETURN", sha, null)).post(path(recap) + "/validations").then()
        .statusCode(400).body("errors[0].code", equalTo("REASON_REQUIRED"));
    as(w.token(Role.KASUBBAG)).body(decision("RETURN", sha, "Cek S1.1")).post(path(recap) + "/validations").then()
        .statusCode(200).body("state", equalTo("DRAFT")).body("round", equalTo(2))
        .body("approvals[0].kind", equalTo("VALIDATION")).body("approvals[0].decision", equalTo("REFUSED"));

    RecapTestSupport.advance(w, recap, "AWAITING_PARAF");
    as(w.token(Role.SEKCAM)).body(decision("REFUSE", RecapTestSupport.sha(w, recap), "Cek lagi"))
        .post(path(recap) + "/parafs").then().statusCode(200).body("state", equalTo("DRAFT")).body("round", equalTo(3))
        // the validation given in round 2 no longer stands
        .body("approvals.find { it.kind == 'VALIDATION' && it.decision == 'APPROVED' }.voidedAt", notNullValue());

    RecapTestSupport.advance(w, recap, "AWAITING_SIGNATURE");
    as(w.token(Role.CAMAT)).body(decision("REFUSE", RecapTestSupport.sha(w, recap), null))
        .post(path(recap) + "/signatures").then().statusCode(400);
    as(w.token(Role.CAMAT)).body(decision("REFUSE", RecapTestSupport.sha(w, recap), "Tidak"))
        .post(path(recap) + "/signatures").then().statusCode(200).body("state", equalTo("DRAFT"))
        .body("round", equalTo(4))
        .body("approvals.findAll { it.voidedAt == null && it.decision == 'APPROVED' }", hasSize(0));
    as(w.token(Role.STAF)).get(path(recap) + "/timeline").then()
        .body("action", hasItem("RETURN_TO_STAF")).body("action", hasItem("REFUSE_PARAF"))
        .body("find { it.action == 'REFUSE_SIGNATURE' }.reason", equalTo("Tidak"));
  }

  @Test
  void aSignedRecapIsFinalAndARalatSupersedesItOnceSigned() {
    World w = Fixtures.world();
    long recap = awaitingValidation(w);
    RecapTestSupport.advance(w, recap, "SIGNED");
    String staf = w.token(Role.STAF);
    as(staf).get(path(recap)).then().body("transitions", equalTo(List.of("RALAT"))).body("editable", equalTo(false));
    as(staf).body(Map.of("unitId", w.seksiUnitId())).post(path(recap) + "/entries").then().statusCode(409);
    as(staf).body(Map.of("reason", " ")).post(path(recap) + "/ralat").then().statusCode(400);
    as(w.token(Role.KASI)).body(Map.of("reason", "Nilai final")).post(path(recap) + "/ralat").then().statusCode(403);
    long ralat = ((Number) as(staf).body(Map.of("reason", "Nilai final")).post(path(recap) + "/ralat").then()
        .statusCode(201).body("ralatOf", equalTo((int) recap)).body("state", equalTo("DRAFT"))
        .extract().path("id")).longValue();
    as(staf).body(Map.of("reason", "Lagi")).post(path(recap) + "/ralat").then().statusCode(409);
    // the signed recap stands until the ralat is signed
    as(staf).get(path(recap)).then().body("state", equalTo("SIGNED")).body("supersededBy", nullValue());
    RecapTestSupport.advance(w, ralat, "SIGNED");
    as(staf).get(path(recap)).then().body("state", equalTo("SUPERSEDED")).body("supersededBy", equalTo((int) ralat))
        .body("transitions", hasSize(0));
    as(staf).get(path(recap) + "/timeline").then().body("action", hasItem("RALAT")).body("action", hasItem("SUPERSEDE"));
    // the ralat is not a new first recap: the form keeps one standing recap
    as(staf).post("/api/v1/forms/" + as(staf).get(path(ralat)).then().extract().path("formId") + "/recaps").then()
        .statusCode(409);
  }
}
