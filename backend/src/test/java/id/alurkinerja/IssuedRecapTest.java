package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.documents.Issuance;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Step 11's output as a document: the recap the officials approve from, then the signed data kinerja
 * issued at the Camat's signature with every value, capaian per sasaran and overall, and the marks of
 * validation, paraf and signature.
 */
@QuarkusTest
class IssuedRecapTest extends ApiTest {

  @Test
  void theSignedRecapIsIssuedWithEveryValueAndItsCapaian() throws Exception {
    World w = Fixtures.world();
    String nip = IssuedLetterTest.officialise(w);
    long recap = RecapTestSupport.verifiedRecap(w, SubmissionWorkflowTest.dispatchedForm(w, true));
    RecapTestSupport.advance(w, recap, "AWAITING_SIGNATURE");
    String path = "/api/v1/recaps/" + recap;

    String preview = IssuedLetterTest.text(given().auth().oauth2(w.token(Role.CAMAT)).get(path + "/preview").then()
        .statusCode(200).contentType("application/pdf").extract().asByteArray());
    for (String expected : List.of("Pratinjau rekap versi", "(belum ditandatangani)", "Validasi",
        w.user(Role.KASUBBAG).fullName, w.user(Role.SEKCAM).fullName)) {
      assertTrue(preview.contains(expected), "the preview lacks \"" + expected + "\":\n" + preview);
    }
    as(w.token(Role.STAF)).get(path + "/documents").then().statusCode(200).body("size()", equalTo(0));

    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", RecapTestSupport.sha(w, recap), null))
        .post(path + "/signatures").then().statusCode(200);
    JsonPath docs = as(w.token(Role.STAF)).get(path + "/documents").then().statusCode(200).extract().jsonPath();
    assertEquals(List.of("RECAP"), docs.getList("kind"));
    byte[] pdf = given().auth().oauth2(w.token(Role.KASUBBAG)).get("/api/v1/documents/" + docs.getLong("[0].id")
        + "/pdf").then().statusCode(200).extract().asByteArray();
    assertEquals(docs.getString("[0].sha256"), Issuance.sha256(pdf));
    IssuedLetterTest.assertSignedWhole(pdf);
    String text = IssuedLetterTest.text(pdf);
    String today = LocalDate.now(ZoneId.of("Asia/Jakarta"))
        .format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
    // S1.1: 90 of 100 → 90 %; S2.1: 90 of 70 → 128,57 %, counted as 120 % in its sasaran; overall 105 %
    for (String expected : List.of("DATA KINERJA KECAMATAN " + w.kecamatanName().toUpperCase(Locale.ROOT) + " TAHUN 2026",
        "Persentase desa yang menetapkan APBDes tepat waktu", "% 100 90 90 Seksi Pemerintahan: 90",
        "Meningkatnya kualitas pemerintahan desa 90 tinggi", "Meningkatnya akuntabilitas kinerja 120 sangat tinggi",
        "nilai 70 90 128,57 Subbag Perencanaan dan Keuangan: 90",
        "Capaian kinerja kecamatan (rata-rata capaian sasaran) 105 sangat tinggi", w.kecamatanName() + ", " + today,
        "Camat " + w.kecamatanName() + ",", w.user(Role.CAMAT).fullName, "NIP. " + nip,
        "Ditandatangani secara elektronik", "Validasi", w.user(Role.KASUBBAG).fullName, w.user(Role.SEKCAM).fullName,
        docs.getString("[0].code"))) {
      assertTrue(text.contains(expected), "the recap lacks \"" + expected + "\":\n" + text);
    }
    assertFalse(text.contains("Pratinjau"), text);
    IssuedLetterTest.render(pdf, "recap-page1.png");

    given().get("/api/v1/verify/" + docs.getString("[0].code")).then().statusCode(200)
        .body("kind", equalTo("RECAP")).body("facts.approvals.kind", equalTo(List.of("VALIDATION", "PARAF", "SIGNATURE")));

    World neighbour = Fixtures.neighbourOf(w);
    for (String other : List.of(path + "/documents", path + "/preview", "/api/v1/documents/" + docs.getLong("[0].id"))) {
      given().auth().oauth2(neighbour.token(Role.CAMAT)).get(other).then().statusCode(404).contentType(PROBLEM);
    }
  }
}
