package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.FullKecamatan;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * All eleven steps for a kecamatan with seven units, through HTTP only: a submission returned and
 * resubmitted twice, a validation return, a Camat's refusal that voids the Sekcam's paraf and
 * sends the recap back for an edit, the signature, and a ralat that supersedes the signed recap.
 * The final recap's values are compared with what the units submitted, value by value.
 */
@QuarkusTest
class SopElevenStepsScenarioTest extends ApiTest {

  private static final String CSV = """
      sasaran_code,sasaran,indicator_code,indicator,satuan,data_type,polarity,target,reporting_unit,aggregation
      S1,Pelayanan publik,S1.1,Indeks Kepuasan Masyarakat,indeks,index,+,82.5,Seksi Pelayanan Umum,
      S2,Pemerintahan desa,S2.1,Desa tertib administrasi,%,percent,+,100,Seksi Pemerintahan,
      S3,Ketertiban umum,S3.1,Pelanggaran perda ditemukan,kasus,number,-,10,Seksi Ketenteraman dan Ketertiban Umum,
      S4,Pemberdayaan,S4.1,Laporan monitoring Dana Desa,ada/tidak,yesno,+,1,Seksi Pemberdayaan Masyarakat dan Desa,
      S5,Kesejahteraan sosial,S5.1,Kegiatan sosial difasilitasi,kegiatan,number,+,12,Seksi Kesejahteraan Sosial,
      S6,Akuntabilitas,S6.1,Nilai SAKIP kecamatan,nilai,index,+,70,Subbag Perencanaan dan Keuangan,
      S6,Akuntabilitas,S6.2,Dokumen kinerja tepat waktu,%,percent,+,100,Subbag Umum dan Kepegawaian;Subbag Perencanaan dan Keuangan,average
      """;

  /** What each unit finally submits: unit → indicator → value. */
  private static final Map<String, Map<String, Number>> SUBMITTED = new LinkedHashMap<>();

  static {
    SUBMITTED.put("Seksi Pelayanan Umum", Map.of("S1.1", 84.2));
    SUBMITTED.put("Seksi Pemerintahan", Map.of("S2.1", 91.67));
    SUBMITTED.put("Seksi Ketenteraman dan Ketertiban Umum", Map.of("S3.1", 8));
    SUBMITTED.put("Seksi Pemberdayaan Masyarakat dan Desa", Map.of("S4.1", 1));
    SUBMITTED.put("Seksi Kesejahteraan Sosial", Map.of("S5.1", 14));
    SUBMITTED.put("Subbag Perencanaan dan Keuangan", Map.of("S6.1", 68.4, "S6.2", 100));
    SUBMITTED.put("Subbag Umum dan Kepegawaian", Map.of("S6.2", 90));
  }

  @Test
  void allElevenStepsForKecamatanWithSevenUnits() {
    FullKecamatan full = Fixtures.fullKecamatan();
    World w = full.world();
    long form = stepsOneToSix(full);

    // step 7: every unit fills and submits; the Sekcam returns one twice, then verifies all
    Map<String, Long> submissions = new HashMap<>();
    for (String unit : SUBMITTED.keySet()) {
      long id = SubmissionWorkflowTest.submissionOf(w, form, full.units().get(unit));
      submissions.put(unit, id);
      String head = full.heads().get(unit);
      Map<String, Number> values = new HashMap<>(SUBMITTED.get(unit));
      if (unit.equals("Seksi Pemerintahan")) {
        values.put("S2.1", 75); // a first figure that the Sekcam will not accept
      }
      fill(head, id, values);
      as(head).post("/api/v1/submissions/" + id + "/submittals").then().statusCode(200);
    }
    long pem = submissions.get("Seksi Pemerintahan");
    String pemHead = full.heads().get("Seksi Pemerintahan");
    for (int i = 0; i < 2; i++) {
      as(w.token(Role.SEKCAM)).body(Map.of("decision", "RETURN", "reason", "Tidak sesuai laporan desa",
              "notes", List.of(Map.of("indicatorCode", "S2.1", "reasonCode", i == 0 ? "INCONSISTENT" : "MISSING_EVIDENCE",
                  "text", "Periksa kembali jumlah desa"))))
          .post("/api/v1/submissions/" + pem + "/verifications").then().statusCode(200);
      fill(pemHead, pem, i == 0 ? Map.of("S2.1", 83.33) : SUBMITTED.get("Seksi Pemerintahan"));
      as(pemHead).post("/api/v1/submissions/" + pem + "/submittals").then().statusCode(200);
    }
    for (long id : submissions.values()) {
      as(w.token(Role.SEKCAM)).body(Map.of("decision", "VERIFY")).post("/api/v1/submissions/" + id + "/verifications")
          .then().statusCode(200).body("state", equalTo("VERIFIED"));
    }
    as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + pem + "/rounds").then().body("", hasSize(3));

    // step 8: the Staf enters unit by unit (timed), then corrects one entry mistake with a reason
    String staf = w.token(Role.STAF);
    long recap = ((Number) as(staf).post("/api/v1/forms/" + form + "/recaps").then().statusCode(201)
        .extract().path("id")).longValue();
    as(staf).post("/api/v1/recaps/" + recap + "/validation-requests").then().statusCode(422);
    for (String unit : SUBMITTED.keySet()) {
      as(staf).body(Map.of("unitId", full.units().get(unit))).post("/api/v1/recaps/" + recap + "/entries")
          .then().statusCode(200);
    }
    as(staf).get("/api/v1/recaps/" + recap).then().body("units.findAll { it.enteredAt != null }", hasSize(7));
    as(staf).get("/api/v1/tasks").then().body("find { it.recapId == " + recap + " }.step", equalTo(8));
    as(staf).post("/api/v1/recaps/" + recap + "/validation-requests").then().statusCode(200)
        .body("state", equalTo("AWAITING_VALIDATION"));

    // step 9: the Kasubbag returns it once, then validates the version shown
    String kasubbag = w.token(Role.KASUBBAG);
    as(kasubbag).body(Map.of("decision", "RETURN", "contentSha256", sha(w, recap), "reason", "Cek kembali S5.1"))
        .post("/api/v1/recaps/" + recap + "/validations").then().statusCode(200).body("state", equalTo("DRAFT"));
    correct(w, recap, "S5.1", full.units().get("Seksi Kesejahteraan Sosial"), 13,
        "Salah ketik: laporan seksi mencatat 13 kegiatan");
    as(staf).post("/api/v1/recaps/" + recap + "/validation-requests").then().statusCode(200);
    as(kasubbag).body(Map.of("decision", "VALIDATE", "contentSha256", sha(w, recap)))
        .post("/api/v1/recaps/" + recap + "/validations").then().statusCode(200).body("state", equalTo("AWAITING_PARAF"));

    // steps 10-11: paraf, then "Tidak": the paraf is voided and the recap goes back for an edit
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha(w, recap), null))
        .post("/api/v1/recaps/" + recap + "/parafs").then().statusCode(200);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("REFUSE", sha(w, recap), "S5.1 tetap 14 sesuai laporan"))
        .post("/api/v1/recaps/" + recap + "/signatures").then().statusCode(200).body("state", equalTo("DRAFT"))
        .body("approvals.find { it.kind == 'PARAF' }.voidedAt", notNullValue());
    correct(w, recap, "S5.1", full.units().get("Seksi Kesejahteraan Sosial"), 14, "Dikembalikan sesuai arahan Camat");
    as(staf).post("/api/v1/recaps/" + recap + "/validation-requests").then().statusCode(200);
    as(kasubbag).body(Map.of("decision", "VALIDATE", "contentSha256", sha(w, recap)))
        .post("/api/v1/recaps/" + recap + "/validations").then().statusCode(200);
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha(w, recap), null))
        .post("/api/v1/recaps/" + recap + "/parafs").then().statusCode(200);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha(w, recap), null))
        .post("/api/v1/recaps/" + recap + "/signatures").then().statusCode(200).body("state", equalTo("SIGNED"));

    // the signed recap holds exactly what the units submitted
    JsonPath signed = as(w.token(Role.CAMAT)).get("/api/v1/recaps/" + recap).then().statusCode(200)
        .extract().jsonPath();
    for (Map.Entry<String, Map<String, Number>> unit : SUBMITTED.entrySet()) {
      long unitId = full.units().get(unit.getKey());
      for (Map.Entry<String, Number> value : unit.getValue().entrySet()) {
        Object actual = signed.get("sasaran.indicators.flatten().find { it.code == '" + value.getKey()
            + "' }.units.find { it.unitId == " + unitId + " }.value");
        assertEquals(0, new BigDecimal(value.getValue().toString()).compareTo(new BigDecimal(actual.toString())),
            unit.getKey() + " " + value.getKey());
      }
    }
    // aggregates and capaian: S6.2 averages two units; S3.1 is lower-is-better
    assertEquals(0, new BigDecimal("95").compareTo(new BigDecimal(signed.get(
        "sasaran.indicators.flatten().find { it.code == 'S6.2' }.aggregate").toString())));
    assertEquals(0, new BigDecimal("125.00").compareTo(new BigDecimal(signed.get(
        "sasaran.indicators.flatten().find { it.code == 'S3.1' }.capaian").toString())));
    as(w.token(Role.CAMAT)).get("/api/v1/recaps/" + recap + "/timeline").then().statusCode(200)
        .body("action", org.hamcrest.Matchers.hasItems("CREATE", "ENTER", "CORRECT_VALUES",
            "RETURN_TO_STAF", "REFUSE_SIGNATURE", "SIGN"))
        .body("find { it.action == 'REFUSE_SIGNATURE' }.reason", equalTo("S5.1 tetap 14 sesuai laporan"));
    // read-only once signed
    correctExpecting(w, recap, "S5.1", full.units().get("Seksi Kesejahteraan Sosial"), 15, "terlambat", 409);
    as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap + "/history").then()
        .body("findAll { it.kind == 'CORRECTED' }", hasSize(2))
        .body("find { it.kind == 'CORRECTED' }.reason", equalTo("Salah ketik: laporan seksi mencatat 13 kegiatan"))
        .body("findAll { it.kind == 'ENTERED' }", hasSize(8));

    // a ralat: a new version through steps 9-11; the signed one is kept and marked superseded
    long ralat = ((Number) as(staf).body(Map.of("reason", "Nilai SAKIP final dari kabupaten 69,1"))
        .post("/api/v1/recaps/" + recap + "/ralat").then().statusCode(201).body("ralatOf", equalTo((int) recap))
        .extract().path("id")).longValue();
    correct(w, ralat, "S6.1", full.units().get("Subbag Perencanaan dan Keuangan"), 69.1, "Nilai final kabupaten");
    as(staf).post("/api/v1/recaps/" + ralat + "/validation-requests").then().statusCode(200);
    as(kasubbag).body(Map.of("decision", "VALIDATE", "contentSha256", sha(w, ralat)))
        .post("/api/v1/recaps/" + ralat + "/validations").then().statusCode(200);
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha(w, ralat), null))
        .post("/api/v1/recaps/" + ralat + "/parafs").then().statusCode(200);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha(w, ralat), null))
        .post("/api/v1/recaps/" + ralat + "/signatures").then().statusCode(200);
    as(w.token(Role.CAMAT)).get("/api/v1/recaps/" + recap).then().body("state", equalTo("SUPERSEDED"))
        .body("supersededBy", equalTo((int) ralat));
    as(w.token(Role.CAMAT)).get("/api/v1/forms/" + form + "/recaps").then().body("state",
        equalTo(List.of("SUPERSEDED", "SIGNED")));

    // the kecamatan may compute lower-is-better capaian as (2t - r)/t and cap sasaran capaian lower
    String settings = "/api/v1/kecamatan/" + w.kecamatanId() + "/kinerja-settings";
    String etag = as(w.token(Role.ADMIN)).get(settings).then().extract().header("ETag");
    as(w.token(Role.STAF)).header("If-Match", etag).body(Map.of("lowerIsBetterFormula", "DIFFERENCE", "capaianCap", 110)).put(settings)
        .then().statusCode(403);
    as(w.token(Role.ADMIN)).body(Map.of("lowerIsBetterFormula", "RATIO", "capaianCap", 50)).put(settings)
        .then().statusCode(400).body("errors[0].field", equalTo("capaianCap"));
    as(w.token(Role.ADMIN)).header("If-Match", etag).body(Map.of("lowerIsBetterFormula", "DIFFERENCE",
        "capaianCap", 110)).put(settings).then().statusCode(200).body("lowerIsBetterFormula", equalTo("DIFFERENCE"));
    JsonPath recomputed = as(w.token(Role.CAMAT)).get("/api/v1/recaps/" + ralat).then().extract().jsonPath();
    assertEquals(0, new BigDecimal("120.00").compareTo(new BigDecimal(recomputed.get(
        "sasaran.indicators.flatten().find { it.code == 'S3.1' }.capaian").toString())));
    assertEquals(0, new BigDecimal("110.00").compareTo(new BigDecimal(recomputed.get(
        "sasaran.find { it.code == 'S3' }.capaian").toString())));
  }

  /** Steps 1-6 without detours (those are walked in SopStepsOneToSixScenarioTest). */
  private static long stepsOneToSix(FullKecamatan full) {
    World w = full.world();
    String staf = w.token(Role.STAF);
    long last = ((Number) as(staf).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2025)).post("/api/v1/cycles")
        .then().statusCode(201).extract().path("id")).longValue();
    as(staf).contentType("text/csv").body(CSV).post("/api/v1/cycles/" + last + "/forms/import").then().statusCode(201);
    long cycle = ((Number) as(staf).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2026)).post("/api/v1/cycles")
        .then().statusCode(201).extract().path("id")).longValue();
    long form = ((Number) as(staf).body(Map.of("source", "PREVIOUS_YEAR")).post("/api/v1/cycles/" + cycle + "/forms")
        .then().statusCode(201).extract().path("id")).longValue();
    var response = as(staf).get("/api/v1/forms/" + form).then().extract();
    Map<String, Object> content = new HashMap<>(response.path("content"));
    Map<String, Object> letter = new HashMap<>(response.path("content.letter"));
    letter.put("body", "Mohon mengisi data kinerja tahun 2026.");
    letter.put("deadline", "2027-01-31");
    content.put("letter", letter);
    as(staf).header("If-Match", response.header("ETag")).body(content).put("/api/v1/forms/" + form + "/content")
        .then().statusCode(200);
    String sha = FormWorkflowTest.throughParaf(w, form);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + form + "/signatures").then().statusCode(200);
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + form + "/letter-number").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + form + "/dispatches").then().statusCode(200);
    for (String head : full.heads().values()) {
      int dispatch = as(head).get("/api/v1/dispatches").then().extract().path("[0].id");
      as(head).post("/api/v1/dispatches/" + dispatch + "/receipts").then().statusCode(200);
    }
    return form;
  }

  private static void fill(String token, long submission, Map<String, ? extends Number> values) {
    String etag = as(token).get("/api/v1/submissions/" + submission).then().statusCode(200).extract().header("ETag");
    List<Map<String, Object>> list = values.entrySet().stream()
        .map(e -> Map.<String, Object>of("indicatorCode", e.getKey(), "value", e.getValue())).toList();
    as(token).header("If-Match", etag).body(Map.of("values", list)).put("/api/v1/submissions/" + submission)
        .then().statusCode(200);
  }

  private static String sha(World w, long recap) {
    return as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().extract().path("contentSha256");
  }

  private static void correct(World w, long recap, String code, long unitId, Number value, String reason) {
    correctExpecting(w, recap, code, unitId, value, reason, 200);
    as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then()
        .body("sasaran.indicators.flatten().find { it.code == '" + code + "' }.units.find { it.unitId == "
            + unitId + " }.corrected", equalTo(true));
    List<String> reasons = as(w.token(Role.STAF)).queryParam("indicatorCode", code)
        .get("/api/v1/recaps/" + recap + "/history").then().extract().jsonPath()
        .getList("findAll { it.kind == 'CORRECTED' }.reason", String.class);
    assertEquals(reason, reasons.get(reasons.size() - 1));
  }

  private static void correctExpecting(World w, long recap, String code, long unitId, Number value,
      String reason, int status) {
    String etag = as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().extract().header("ETag");
    as(w.token(Role.STAF)).header("If-Match", etag).body(Map.of("corrections", List.of(Map.of(
            "indicatorCode", code, "unitId", unitId, "value", value, "reason", reason))))
        .put("/api/v1/recaps/" + recap + "/values").then().statusCode(status);
  }
}
