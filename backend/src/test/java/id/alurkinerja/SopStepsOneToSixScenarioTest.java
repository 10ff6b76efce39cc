package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.FullKecamatan;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SOP steps 1-6 in one go for a kecamatan with all seven units: last year's format imported, this
 * year's cloned, returned by the Kasubbag, refused by the Camat ("Tidak"), withdrawn after a paraf,
 * signed, numbered, sent to every unit and received by every unit's head.
 */
@QuarkusTest
class SopStepsOneToSixScenarioTest extends ApiTest {

  private static final String CSV = """
      sasaran_code,sasaran,indicator_code,indicator,satuan,data_type,polarity,target,reporting_unit
      S1,Pelayanan publik,S1.1,Indeks Kepuasan Masyarakat,indeks,index,+,82.5,Seksi Pelayanan Umum
      S2,Pemerintahan desa,S2.1,Desa tertib administrasi,%,percent,+,100,Seksi Pemerintahan
      S3,Ketertiban umum,S3.1,Pelanggaran perda ditemukan,kasus,number,-,10,Seksi Ketenteraman dan Ketertiban Umum
      S4,Pemberdayaan,S4.1,Laporan monitoring Dana Desa,ada/tidak,yesno,+,1,Seksi Pemberdayaan Masyarakat dan Desa
      S5,Kesejahteraan sosial,S5.1,Kegiatan sosial difasilitasi,kegiatan,number,+,12,Seksi Kesejahteraan Sosial
      S6,Akuntabilitas,S6.1,Nilai SAKIP kecamatan,nilai,index,+,70,Subbag Perencanaan dan Keuangan
      S6,Akuntabilitas,S6.2,Pegawai dinilai tepat waktu,%,percent,+,100,Subbag Umum dan Kepegawaian
      """;

  @Test
  void stepsOneToSixForAllSevenUnits() {
    FullKecamatan full = Fixtures.fullKecamatan();
    World w = full.world();
    String staf = w.token(Role.STAF);
    long lastCycle = cycle(w, 2025);
    as(staf).contentType("text/csv").body(CSV).post("/api/v1/cycles/" + lastCycle + "/forms/import").then()
        .statusCode(201);
    long cycle = cycle(w, 2026);
    long id = ((Number) as(staf).body(Map.of("source", "PREVIOUS_YEAR")).post("/api/v1/cycles/" + cycle + "/forms")
        .then().statusCode(201).extract().path("id")).longValue();

    // step 1: letter text and deadline, one target raised
    String etag = as(staf).get("/api/v1/forms/" + id).then().extract().header("ETag");
    Map<String, Object> content = new HashMap<>(as(staf).get("/api/v1/forms/" + id).then().extract().path("content"));
    Map<String, Object> letter = new HashMap<>(cast(content.get("letter")));
    letter.put("body", "Dalam rangka penyusunan LKjIP, mohon Saudara mengisi format data kinerja terlampir.");
    letter.put("deadline", "2027-01-31");
    content.put("letter", letter);
    List<Map<String, Object>> sasaran = castList(content.get("sasaran"));
    Map<String, Object> s1 = new HashMap<>(sasaran.get(0));
    Map<String, Object> ikm = new HashMap<>(castList(s1.get("indicators")).get(0));
    ikm.put("target", 85);
    s1.put("indicators", List.of(ikm));
    List<Map<String, Object>> newSasaran = new java.util.ArrayList<>(sasaran);
    newSasaran.set(0, s1);
    content.put("sasaran", newSasaran);
    as(staf).header("If-Match", etag).body(content).put("/api/v1/forms/" + id + "/content").then().statusCode(200);
    as(staf).get("/api/v1/forms/" + id + "/diff").then().body("indicatorsChanged[0].code", equalTo("S1.1"));
    as(staf).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);

    // step 2: returned once, then forwarded
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN", "reason", "Lengkapi dasar hukum di surat"))
        .post("/api/v1/forms/" + id + "/corrections").then().statusCode(200).body("state", equalTo("DRAFT"));
    as(staf).post("/api/v1/forms/" + id + "/correction-requests").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + id + "/corrections")
        .then().statusCode(200);

    // step 3 then withdrawn: the paraf is voided and the form goes round again
    String sha = as(staf).get("/api/v1/forms/" + id).then().extract().path("contentSha256");
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + id + "/parafs").then().statusCode(200);
    as(staf).body(Map.of("reason", "Tenggat perlu dimundurkan")).post("/api/v1/forms/" + id + "/withdrawals")
        .then().statusCode(200).body("approvals[0].voidedAt", org.hamcrest.Matchers.notNullValue());
    letter.put("deadline", "2027-02-07");
    content.put("letter", letter);
    etag = as(staf).get("/api/v1/forms/" + id).then().extract().header("ETag");
    as(staf).header("If-Match", etag).body(content).put("/api/v1/forms/" + id + "/content").then().statusCode(200);
    sha = FormWorkflowTest.throughParaf(w, id);

    // step 4: "Tidak", a new round, then signed
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("REFUSE", sha, "Belum memuat target Renstra terbaru"))
        .post("/api/v1/forms/" + id + "/signatures").then().statusCode(200).body("state", equalTo("DRAFT"));
    sha = FormWorkflowTest.throughParaf(w, id);
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + id + "/signatures").then().statusCode(200).body("state", equalTo("SIGNED"))
        .body("round", equalTo(4));

    // step 5: numbered and sent; step 6: every unit's head confirms
    as(w.token(Role.ARSIP)).body(Map.of()).post("/api/v1/forms/" + id + "/letter-number").then().statusCode(200);
    as(w.token(Role.KASUBBAG)).post("/api/v1/forms/" + id + "/dispatches").then().statusCode(200)
        .body("distribution.units", equalTo(7));
    for (Map.Entry<String, String> head : full.heads().entrySet()) {
      List<Map<String, Object>> mine = as(head.getValue()).get("/api/v1/dispatches").then().statusCode(200)
          .body("", hasSize(1)).body("[0].unitName", equalTo(head.getKey())).extract().path("");
      as(head.getValue()).post("/api/v1/dispatches/" + mine.get(0).get("id") + "/receipts").then().statusCode(200);
    }
    as(w.token(Role.SEKCAM)).get("/api/v1/forms/" + id).then().body("state", equalTo("DISTRIBUTED"))
        .body("distribution.received", equalTo(7));
    List<String> actions = as(w.token(Role.CAMAT)).get("/api/v1/forms/" + id + "/timeline").then().extract()
        .jsonPath().getList("action");
    assertEquals(7, actions.stream().filter("RECEIVE"::equals).count());
    assertEquals("COMPLETE_DISTRIBUTION", actions.get(actions.size() - 1));
  }

  private static long cycle(World w, int year) {
    return ((Number) as(w.token(Role.STAF)).body(Map.of("kecamatanId", w.kecamatanId(), "year", year))
        .post("/api/v1/cycles").then().statusCode(201).extract().path("id")).longValue();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castList(Object o) {
    return (List<Map<String, Object>>) o;
  }
}
