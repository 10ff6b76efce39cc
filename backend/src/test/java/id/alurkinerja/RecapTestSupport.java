package id.alurkinerja;


import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import java.util.List;
import java.util.Map;

/** Builds recaps of a fixture kecamatan for tests of steps 8-11. */
final class RecapTestSupport extends ApiTest {

  private RecapTestSupport() {}

  /** Both fixture units submit and are verified; the Staf creates the recap and enters them. */
  static long verifiedRecap(World w, long form) {
    long recap = verifiedUnitsAndRecap(w, form);
    for (long unit : List.of(w.seksiUnitId(), w.pengelolaUnitId())) {
      as(w.token(Role.STAF)).body(Map.of("unitId", unit)).post("/api/v1/recaps/" + recap + "/entries").then()
          .statusCode(200);
    }
    return recap;
  }

  /** Both fixture units submit and are verified; the Staf creates the recap (nothing entered yet). */
  static long verifiedUnitsAndRecap(World w, long form) {
    Map<Role, String> codes = Map.of(Role.KASI, "S1.1", Role.KASUBBAG, "S2.1");
    for (Map.Entry<Role, String> unit : codes.entrySet()) {
      long unitId = unit.getKey() == Role.KASI ? w.seksiUnitId() : w.pengelolaUnitId();
      long s = SubmissionWorkflowTest.submissionOf(w, form, unitId);
      SubmissionWorkflowTest.save(w, unit.getKey(), s, SubmissionWorkflowTest.values(unit.getValue(), 90), 200);
      as(w.token(unit.getKey())).post("/api/v1/submissions/" + s + "/submittals").then().statusCode(200);
      as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + s + "/verifications")
          .then().statusCode(200);
    }
    return ((Number) as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/recaps").then().statusCode(201)
        .extract().path("id")).longValue();
  }

  /** A whole cycle of {@code w} up to the Camat's signature on its recap; answers the signed recap's id. */
  static long signedRecap(World w) throws java.io.IOException {
    IssuedLetterTest.officialise(w);
    long form = SubmissionWorkflowTest.dispatchedForm(w, true);
    long recap = verifiedRecap(w, form);
    advance(w, recap, "AWAITING_SIGNATURE");
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha(w, recap), null))
        .post("/api/v1/recaps/" + recap + "/signatures").then().statusCode(200);
    return recap;
  }

  static String sha(World w, long recap) {
    return as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().extract().path("contentSha256");
  }

  /** Moves a recap forward from where it stands until it stands in {@code state}. */
  static void advance(World w, long recap, String state) {
    List<String> order = List.of("DRAFT", "AWAITING_VALIDATION", "AWAITING_PARAF", "AWAITING_SIGNATURE", "SIGNED");
    String now = as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().extract().path("state");
    for (int i = order.indexOf(now) + 1; i <= order.indexOf(state); i++) {
      switch (order.get(i)) {
        case "AWAITING_VALIDATION" -> as(w.token(Role.STAF)).post("/api/v1/recaps/" + recap + "/validation-requests")
            .then().statusCode(200);
        case "AWAITING_PARAF" -> as(w.token(Role.KASUBBAG)).body(Map.of("decision", "VALIDATE",
            "contentSha256", sha(w, recap))).post("/api/v1/recaps/" + recap + "/validations").then().statusCode(200);
        case "AWAITING_SIGNATURE" -> as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE",
            sha(w, recap), null)).post("/api/v1/recaps/" + recap + "/parafs").then().statusCode(200);
        default -> as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha(w, recap), null))
            .post("/api/v1/recaps/" + recap + "/signatures").then().statusCode(200);
      }
    }
    as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().statusCode(200)
        .body("state", org.hamcrest.Matchers.equalTo(state));
  }
}
