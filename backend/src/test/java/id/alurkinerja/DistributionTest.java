package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** SOP steps 5-6: numbering from the register, dispatch to the units, receipts. */
@QuarkusTest
class DistributionTest extends ApiTest {

  private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

  /** A fixture kecamatan's form taken to SIGNED; returns its id. */
  static long signedForm(World w) {
    return signedForm(w, FormWorkflowTest.content(w, 100));
  }

  static long signedForm(World w, Object content) {
    long id = FormWorkflowTest.newForm(w, 2026);
    FormWorkflowTest.save(w, Role.STAF, id, content);
    String sha = FormWorkflowTest.throughParaf(w, id);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + id + "/signatures").then().statusCode(200);
    return id;
  }

  /** A staff member of the seksi (not its head), created through the admin API. */
  static String seksiStaf(World w) {
    long id = ((Number) as(w.token(Role.ADMIN)).body(Map.of("username", Fixtures.unique("stafseksi"),
            "password", "sandi-awal-panjang", "fullName", "Staf Seksi", "employment", "NON_ASN",
            "jabatan", "Staf", "unitId", w.seksiUnitId(), "roles", java.util.Set.of("STAF")))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/users").then().statusCode(201).extract().path("id"))
        .longValue();
    return Fixtures.token(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> AppUser.<AppUser>findById(id)));
  }

  @Test
  void theClerkNumbersTheSignedLetterAndTheUnitsConfirmReceipt() {
    World w = Fixtures.world();
    long id = signedForm(w);
    String signedSha = FormWorkflowTest.form(w, id).getString("contentSha256");
    as(w.token(Role.STAF)).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(403);
    as(w.token(Role.ARSIP)).get("/api/v1/tasks").then().body("find { it.formId == " + id + " }.step", equalTo(5));
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200)
        .body("state", equalTo("NUMBERED"))
        .body("letterNumber.number", equalTo("000.1.5/001/Kec." + w.kecamatanName().replace(" ", "") + "/" + YEAR))
        .body("letterNumber.letterDate", equalTo(LocalDate.now(ZoneId.of("Asia/Jakarta")).toString()))
        // the number is not part of what was signed: the signature still stands on the same hash
        .body("contentSha256", equalTo(signedSha))
        .body("approvals.find { it.kind == 'SIGNATURE' }.voidedAt", equalTo(null));
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(409);

    as(w.token(Role.KASUBBAG)).get("/api/v1/tasks").then().body("find { it.formId == " + id + " }.step", equalTo(5));
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + id + "/dispatches").then().statusCode(200)
        .body("state", equalTo("DISTRIBUTING")).body("distribution.units", equalTo(2))
        .body("distribution.received", equalTo(0));

    // the seksi's head sees only the dispatch addressed to the seksi, and cannot sign for the subbag
    var mine = as(w.token(Role.KASI)).get("/api/v1/dispatches").then().statusCode(200)
        .body("", hasSize(1)).body("[0].unitId", equalTo((int) w.seksiUnitId())).extract();
    // the Kasi distributes (lane "Kasubbag dan Kasi") and the pengelola Staf drafts the form: both see
    // the whole list; the staff of another unit only their own unit's dispatch
    as(w.token(Role.KASI)).get("/api/v1/forms/" + id + "/dispatches").then().body("", hasSize(2));
    as(w.token(Role.STAF)).get("/api/v1/forms/" + id + "/dispatches").then().body("", hasSize(2));
    as(seksiStaf(w)).get("/api/v1/forms/" + id + "/dispatches").then().body("", hasSize(1))
        .body("[0].unitId", equalTo((int) w.seksiUnitId())).body("[0].canConfirmReceipt", equalTo(false));
    as(w.token(Role.KASI)).get("/api/v1/dispatches").then().body("[0].canConfirmReceipt", equalTo(true));
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id + "/dispatches").then().body("", hasSize(2))
        .body("findAll { it.state == 'SENT' }", hasSize(2));
    int seksiDispatch = mine.path("[0].id");
    int subbagDispatch = as(w.token(Role.KASUBBAG)).get("/api/v1/dispatches").then()
        .extract().path("find { it.unitId == " + w.pengelolaUnitId() + " }.id");
    as(w.token(Role.KASI)).post("/api/v1/dispatches/" + subbagDispatch + "/receipts").then().statusCode(403);
    as(w.token(Role.STAF)).post("/api/v1/dispatches/" + subbagDispatch + "/receipts").then().statusCode(403);
    as(Fixtures.neighbourOf(w).token(Role.KASI)).post("/api/v1/dispatches/" + seksiDispatch + "/receipts")
        .then().statusCode(404);

    as(w.token(Role.KASI)).post("/api/v1/dispatches/" + seksiDispatch + "/receipts").then().statusCode(200)
        .body("state", equalTo("RECEIVED")).body("receivedCapacity", equalTo("Kepala Seksi Pemerintahan"));
    as(w.token(Role.KASI)).post("/api/v1/dispatches/" + seksiDispatch + "/receipts").then().statusCode(409);
    assertEquals("DISTRIBUTING", FormWorkflowTest.form(w, id).getString("state"));
    as(w.token(Role.KASUBBAG)).post("/api/v1/dispatches/" + subbagDispatch + "/receipts").then().statusCode(200);
    FormWorkflowTest.form(w, id);
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id).then().body("state", equalTo("DISTRIBUTED"))
        .body("distribution.received", equalTo(2));
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id + "/timeline").then()
        .body("action", org.hamcrest.Matchers.hasItems("NUMBER", "DISPATCH", "RECEIVE", "COMPLETE_DISTRIBUTION"))
        .body("find { it.action == 'NUMBER' }.details.letterNumber", notNullValue())
        .body("find { it.action == 'RECEIVE' }.details.unitName", notNullValue());
    // the register entry names the signed hash the number was given to
    as(w.token(Role.ARSIP)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then()
        .body("find { it.formId == " + id + " }.signedSha256", equalTo(signedSha));
  }

  @Test
  void twentyConcurrentNumbersAreUniqueAndGapFreeInTheSharedRegister() throws Exception {
    World w = Fixtures.world();
    String arsip = w.token(Role.ARSIP);
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Callable<Integer>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      calls.add(() -> as(arsip).body(Map.of("subject", "Surat undangan " + n))
          .post("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then().extract().statusCode());
    }
    List<Integer> statuses = new ArrayList<>();
    for (Future<Integer> f : pool.invokeAll(calls)) {
      statuses.add(f.get());
    }
    pool.shutdown();
    assertEquals(20, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
    List<Integer> seqs = as(arsip).get("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then()
        .statusCode(200).extract().jsonPath().getList("seq", Integer.class);
    assertEquals(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList(), seqs);
    // the form's letter takes the next number of the same register
    long id = signedForm(w);
    as(arsip).body(Map.of("classification", "000.1.5.2")).post("/api/v1/forms/" + id + "/letter-number").then()
        .statusCode(200).body("letterNumber.number", equalTo("000.1.5.2/021/Kec." + w.kecamatanName().replace(" ", "") + "/" + YEAR));
  }

  @Test
  void numberingSettingsArePerKecamatanAndChecked() {
    World w = Fixtures.world();
    String admin = w.token(Role.ADMIN);
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/letter-settings";
    String etag = as(admin).get(path).then().statusCode(200).extract().header("ETag");
    // the settings are edited like documents: without the ETag read, nothing changes
    as(admin).body(Map.of("pattern", "{classification}/{seq}/KEC/{year}", "classification", "400.10",
        "sequenceStart", 117)).put(path).then().statusCode(428);
    as(admin).header("If-Match", etag).body(Map.of("pattern", "{classification}/Kec.{kecamatan}/{year}",
        "classification", "000.1.5", "sequenceStart", 1)).put(path).then().statusCode(400)
        .body("errors[0].field", equalTo("pattern")).body("errors[0].code", equalTo("PATTERN_NEEDS_SEQ"));
    as(admin).header("If-Match", etag).body(Map.of("pattern", "{classification}/{seq}/{nope}",
        "classification", "000.1.5", "sequenceStart", 1)).put(path).then().statusCode(400)
        .body("errors[0].code", equalTo("PATTERN_PLACEHOLDERS"));
    as(admin).header("If-Match", etag).body(Map.of("pattern", "{seq}/{classification}/KEC/{year}",
        "classification", "abc", "sequenceStart", 1)).put(path).then().statusCode(400)
        .body("errors[0].field", equalTo("classification"));
    as(w.token(Role.ARSIP)).header("If-Match", etag).body(Map.of("pattern", "{seq}", "classification", "000",
        "sequenceStart", 1)).put(path).then().statusCode(403);
    String changed = as(admin).header("If-Match", etag).body(Map.of("pattern", "{classification}/{seq}/KEC/{year}",
        "classification", "400.10", "sequenceStart", 117)).put(path).then().statusCode(200).extract().header("ETag");
    assertEquals(changed, as(admin).get(path).then().extract().header("ETag"));
    as(admin).header("If-Match", etag).body(Map.of("pattern", "{seq}/KEC", "classification", "400.10",
        "sequenceStart", 1)).put(path).then().statusCode(412);
    as(w.token(Role.ARSIP)).body(Map.of("subject", "Surat keterangan")).post("/api/v1/kecamatan/" + w.kecamatanId()
        + "/letter-numbers").then().statusCode(201).body("number", equalTo("400.10/117/KEC/" + YEAR));
    as(w.token(Role.CAMAT)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then().statusCode(200)
        .body("", hasSize(1));
    as(w.token(Role.KASI)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then().statusCode(403);
    as(Fixtures.world().token(Role.ARSIP)).body(Map.of("subject", "x"))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers").then().statusCode(404);
  }

  @Test
  void receiptsAreOnlyForTheHeadsOfTheReceivingUnit() {
    World w = Fixtures.world();
    long id = signedForm(w);
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200);
    as(w.token(Role.KASI)).post("/api/v1/forms/" + id + "/dispatches").then().statusCode(200);
    AppUser head = w.user(Role.KASI);
    as(w.token(Role.STAF)).get("/api/v1/dispatches").then().body("", hasSize(1))
        .body("[0].canConfirmReceipt", equalTo(false)); // the subbag's, to see; its head confirms
    as(Fixtures.token(head)).get("/api/v1/dispatches").then().body("[0].letterNumber", notNullValue());
  }
}
