package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox holds the work that really waits, and a cycle says where it stands in the SOP. */
@QuarkusTest
class TasksAndProgressTest extends ApiTest {

  private static String tasksOf(long form) {
    return "findAll { it.formId == " + form + " }";
  }

  @Test
  void aUnitsReceiptAndDataAreItsTasksInTurnAndTheStafsRecapWaitsForEveryUnit() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, false);
    String kasi = w.token(Role.KASI);
    // before receipt: a receipt to confirm, no data to fill yet
    as(kasi).get("/api/v1/tasks").then().body(tasksOf(form) + ".kind", equalTo(List.of("DISPATCH")))
        .body("find { it.formId == " + form + " }.transitions", equalTo(List.of("RECEIVE")))
        .body("find { it.formId == " + form + " }.step", equalTo(6));
    int dispatch = as(kasi).get("/api/v1/dispatches").then().extract().path("[0].id");
    as(kasi).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
    // the receipt task is gone; the unit's data is the task now
    as(kasi).get("/api/v1/tasks").then().body(tasksOf(form) + ".kind", equalTo(List.of("SUBMISSION")))
        .body("find { it.formId == " + form + " }.stepTitle", equalTo("Mengisi dan menyampaikan data kinerja unit"));

    // the Staf of the unit pengelola has no step-8 task while a unit's data is outstanding
    String staf = w.token(Role.STAF);
    as(staf).get("/api/v1/tasks").then().body(tasksOf(form) + ".kind", not(hasItem("RECAP")));
    as(w.token(Role.KASUBBAG)).post("/api/v1/dispatches/" + as(w.token(Role.KASUBBAG)).get("/api/v1/dispatches")
        .then().extract().path("[0].id") + "/receipts").then().statusCode(200);
    long seksi = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    long subbag = SubmissionWorkflowTest.submissionOf(w, form, w.pengelolaUnitId());
    SubmissionWorkflowTest.save(w, Role.KASI, seksi, SubmissionWorkflowTest.values("S1.1", 90), 200);
    as(kasi).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200);
    as(w.token(Role.SEKCAM)).get("/api/v1/tasks").then()
        .body("find { it.submissionId == " + seksi + " }.unitName", equalTo("Seksi Pemerintahan"));
    as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + seksi + "/verifications")
        .then().statusCode(200);
    as(staf).get("/api/v1/tasks").then().body(tasksOf(form) + ".kind", not(hasItem("RECAP")));
    cycleOf(w, form).then().body("step", equalTo(7)).body("status", equalTo("IN_PROGRESS"));

    // the last unit is marked as not reporting: now every unit is done and step 8 waits for the Staf
    as(w.token(Role.SEKCAM)).body(Map.of("reason", "Tidak menyampaikan"))
        .post("/api/v1/submissions/" + subbag + "/non-submissions").then().statusCode(200);
    as(staf).get("/api/v1/tasks").then()
        .body("find { it.formId == " + form + " && it.kind == 'RECAP' }.step", equalTo(8))
        .body("find { it.formId == " + form + " && it.kind == 'RECAP' }.recapId", nullValue())
        .body("find { it.formId == " + form + " && it.kind == 'RECAP' }.transitions", equalTo(List.of("CREATE")));
    cycleOf(w, form).then().body("step", equalTo(8));
    // the form's page says the step the cycle is at, not step 6
    as(staf).get("/api/v1/forms/" + form).then().body("state", equalTo("DISTRIBUTED")).body("step", equalTo(8))
        .body("stepTitle", equalTo("Memasukkan dan menyerahkan data kinerja kepada Kasubbag yang membidangi"));
    as(kasi).get("/api/v1/tasks").then().body(tasksOf(form), hasSize(0));
  }

  @Test
  void aCycleSaysItsStepFromTheFirstDraftToTheSignedRecap() {
    World w = Fixtures.world();
    String staf = w.token(Role.STAF);
    long cycle = ((Number) as(staf).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2026)).post("/api/v1/cycles")
        .then().statusCode(201).body("status", equalTo("NOT_STARTED")).body("step", equalTo(0))
        .extract().path("id")).longValue();
    long form = ((Number) as(staf).body(Map.of("source", "EMPTY")).post("/api/v1/cycles/" + cycle + "/forms").then()
        .statusCode(201).extract().path("id")).longValue();
    as(staf).get("/api/v1/cycles/" + cycle).then().body("status", equalTo("IN_PROGRESS")).body("step", equalTo(1))
        .body("formId", equalTo((int) form))
        .body("stepTitle", equalTo("Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data"));
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    FormWorkflowTest.throughParaf(w, form);
    as(staf).get("/api/v1/cycles?kecamatanId=" + w.kecamatanId()).then()
        .body("find { it.id == " + cycle + " }.step", equalTo(4));

    World v = Fixtures.world();
    long sent = SubmissionWorkflowTest.dispatchedForm(v, true);
    long recap = RecapTestSupport.verifiedRecap(v, sent);
    cycleOf(v, sent).then().body("step", equalTo(8)).body("recapId", equalTo((int) recap));
    RecapTestSupport.advance(v, recap, "AWAITING_PARAF");
    cycleOf(v, sent).then().body("step", equalTo(10));
    RecapTestSupport.advance(v, recap, "SIGNED");
    cycleOf(v, sent).then().body("status", equalTo("FINISHED")).body("signedRecapId", equalTo((int) recap))
        .body("stepTitle", equalTo("Selesai: data kinerja telah ditandatangani"));
    // a ralat reopens steps 8-11; the signed recap stands meanwhile
    long ralat = ((Number) as(v.token(Role.STAF)).body(Map.of("reason", "Nilai final"))
        .post("/api/v1/recaps/" + recap + "/ralat").then().statusCode(201).extract().path("id")).longValue();
    cycleOf(v, sent).then().body("status", equalTo("IN_PROGRESS")).body("step", equalTo(8))
        .body("recapId", equalTo((int) ralat)).body("signedRecapId", equalTo((int) recap));
  }

  private static Response cycleOf(World w, long form) {
    int cycle = as(w.token(Role.STAF)).get("/api/v1/forms/" + form).then().extract().path("cycleId");
    return as(w.token(Role.STAF)).get("/api/v1/cycles/" + cycle);
  }
}
