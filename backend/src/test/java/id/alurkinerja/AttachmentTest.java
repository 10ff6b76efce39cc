package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Evidence: checked by content, limited in size, stored with its hash, required where the form says. */
@QuarkusTest
class AttachmentTest extends ApiTest {

  private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private static Map<String, Object> contentWithEvidence(World w) {
    Map<String, Object> content = new HashMap<>(FormWorkflowTest.content(w, 100));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> sasaran = (List<Map<String, Object>>) content.get("sasaran");
    Map<String, Object> s1 = new HashMap<>(sasaran.get(0));
    @SuppressWarnings("unchecked")
    Map<String, Object> indicator = new HashMap<>(((List<Map<String, Object>>) s1.get("indicators")).get(0));
    indicator.put("evidenceRequired", true);
    s1.put("indicators", List.of(indicator));
    content.put("sasaran", List.of(s1, sasaran.get(1)));
    return content;
  }

  private static Response upload(String token, long submission, String filename, String indicator, byte[] bytes,
      String declaredType) {
    var request = given().auth().oauth2(token).contentType(declaredType).body(bytes).queryParam("filename", filename);
    if (indicator != null) {
      request.queryParam("indicatorCode", indicator);
    }
    return request.post("/api/v1/submissions/" + submission + "/attachments");
  }

  private static byte[] xlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : List.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml")) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void evidenceIsCheckedByContentStoredWithItsHashAndRequiredWhereTheFormSays() throws Exception {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, true, contentWithEvidence(w));
    long seksi = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    String kasi = w.token(Role.KASI);
    SubmissionWorkflowTest.save(w, Role.KASI, seksi, SubmissionWorkflowTest.values("S1.1", 100), 200);
    as(kasi).get("/api/v1/submissions/" + seksi).then()
        .body("missing.code", hasItem("EVIDENCE_MISSING"));
    as(kasi).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(422);

    // a program renamed to .pdf and declared as PDF is refused; nothing is stored
    byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
    upload(kasi, seksi, "laporan.pdf", "S1.1", exe, "application/pdf").then().statusCode(415).contentType(PROBLEM);
    // a PNG named .pdf is kept, and named, as what it is
    upload(kasi, seksi, "foto.pdf", null, PNG, "application/pdf").then().statusCode(201)
        .body("mediaType", equalTo("image/png")).body("filename", equalTo("foto.png"));
    // a right-to-left override would show "Laporan\u202Eslx.bat" as "Laporantab.xls"
    upload(kasi, seksi, "Laporan\u202Eslx.bat", null, xlsx(), "application/octet-stream").then().statusCode(201)
        .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .body("filename", equalTo("Laporanslx.xlsx"));
    upload(kasi, seksi, "data.csv", null, "desa,jumlah\nBulu,12\n".getBytes(StandardCharsets.UTF_8), "text/plain")
        .then().statusCode(201).body("mediaType", equalTo("text/csv"));
    upload(kasi, seksi, "x.pdf", "S9.9", PDF, "application/pdf").then().statusCode(400);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    int pdf = upload(kasi, seksi, "../../etc/Berita Acara.pdf", "S1.1", PDF, "application/pdf").then()
        .statusCode(201).body("sha256", equalTo(sha)).body("filename", equalTo("Berita Acara.pdf"))
        .extract().path("id");
    as(kasi).get("/api/v1/submissions/" + seksi).then().body("attachments", hasSize(4)).body("missing", hasSize(0))
        .body("attachments.filename", hasItem("data.csv"));

    byte[] back = given().auth().oauth2(w.token(Role.SEKCAM)).get("/api/v1/attachments/" + pdf).then()
        .statusCode(200).contentType("application/pdf").header("X-Content-SHA256", sha).extract().asByteArray();
    assertArrayEquals(PDF, back);
    given().auth().oauth2(w.token(Role.STAF)).get("/api/v1/attachments/" + pdf).then().statusCode(403);
    given().auth().oauth2(Fixtures.neighbourOf(w).token(Role.SEKCAM)).get("/api/v1/attachments/" + pdf)
        .then().statusCode(404);

    as(kasi).post("/api/v1/submissions/" + seksi + "/submittals").then().statusCode(200);
    upload(kasi, seksi, "late.pdf", null, PDF, "application/pdf").then().statusCode(409);
    given().auth().oauth2(kasi).delete("/api/v1/attachments/" + pdf).then().statusCode(409);
    as(w.token(Role.SEKCAM)).get("/api/v1/submissions/" + seksi + "/rounds").then().statusCode(200);
  }

  @Test
  void oversizeFilesAndSubmissionsAre413AndDeletedFilesStillCount() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, true);
    long seksi = SubmissionWorkflowTest.submissionOf(w, form, w.seksiUnitId());
    String kasi = w.token(Role.KASI);
    byte[] big = Arrays.copyOf(PDF, 21 * 1024 * 1024);
    upload(kasi, seksi, "besar.pdf", null, big, "application/pdf").then().statusCode(413).contentType(PROBLEM);
    // the test profile allows 3 MB per submission (200 MB by default)
    byte[] two = Arrays.copyOf(PDF, 2 * 1024 * 1024);
    upload(kasi, seksi, "a.pdf", null, two, "application/pdf").then().statusCode(201);
    upload(kasi, seksi, "b.pdf", null, two, "application/pdf").then().statusCode(413).contentType(PROBLEM);
    int id = as(kasi).get("/api/v1/submissions/" + seksi).then().body("attachments", hasSize(1))
        .extract().path("attachments[0].id");
    byte[] back = given().auth().oauth2(kasi).get("/api/v1/attachments/" + id).then().statusCode(200)
        .extract().asByteArray();
    assertArrayEquals(two, back);
    // a deleted file stays archived and stored: deleting and uploading again cannot store without limit
    given().auth().oauth2(kasi).delete("/api/v1/attachments/" + id).then().statusCode(204);
    as(kasi).get("/api/v1/submissions/" + seksi).then().body("attachments", hasSize(0))
        .body("evidenceLimits.usedBytes", equalTo(two.length));
    upload(kasi, seksi, "b.pdf", null, two, "application/pdf").then().statusCode(413).contentType(PROBLEM);
    upload(kasi, seksi, "kecil.pdf", null, PDF, "application/pdf").then().statusCode(201);
  }
}
