package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Role;
import id.alurkinerja.documents.Issuance;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Step 11's archive: a signed cycle's bundle unpacks, its manifest and SHA256SUMS name every file with
 * the hash of its bytes, its PDFs are the issued files byte for byte, its data and audit trail hold the
 * cycle's values and decisions; and the recap exports as CSV and XLSX.
 */
@QuarkusTest
class ArchiveBundleTest extends ApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theArchiveOfASignedCycleUnpacksAndItsManifestHashesMatch() throws Exception {
    World w = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(w);
    int form = as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap).then().extract().path("formId");
    int cycle = as(w.token(Role.STAF)).get("/api/v1/forms/" + form).then().extract().path("cycleId");

    byte[] zip = given().auth().oauth2(w.token(Role.KASUBBAG)).get("/api/v1/cycles/" + cycle + "/archive").then()
        .statusCode(200).contentType("application/zip")
        .header("Content-Disposition", containsString("arsip-data-kinerja-2026-")).extract().asByteArray();
    Map<String, byte[]> files = unzip(zip);

    JsonNode manifest = JSON.readTree(files.get("manifest.json"));
    assertEquals(cycle, manifest.get("cycleId").asInt());
    assertEquals("FINISHED", manifest.get("status").asText());
    TreeSet<String> listed = new TreeSet<>();
    for (JsonNode f : manifest.get("files")) {
      String path = f.get("path").asText();
      listed.add(path);
      assertTrue(files.containsKey(path), "the manifest lists " + path + ", which the bundle lacks");
      assertEquals(f.get("sha256").asText(), Issuance.sha256(files.get(path)), "hash of " + path);
      assertEquals(f.get("bytes").asLong(), files.get(path).length, "size of " + path);
    }
    TreeSet<String> inZip = new TreeSet<>(files.keySet());
    inZip.removeAll(List.of("manifest.json", "SHA256SUMS"));
    assertEquals(inZip, listed, "the manifest lists every file of the bundle");
    // SHA256SUMS, as `sha256sum -c` reads it, holds the manifest too
    String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
    for (String line : sums.split("\n")) {
      String[] parts = line.split(" {2}", 2);
      assertEquals(parts[0], Issuance.sha256(files.get(parts[1])), "SHA256SUMS line " + line);
    }
    assertTrue(sums.contains("  manifest.json\n"), sums);

    // the PDFs are the issued files byte for byte: the letter, a copy per addressed unit, the signed recap
    List<String> issued = new ArrayList<>();
    as(w.token(Role.STAF)).get("/api/v1/forms/" + form + "/documents").then().statusCode(200).extract().jsonPath()
        .getList("sha256", String.class).forEach(issued::add);
    String recapSha = as(w.token(Role.STAF)).get("/api/v1/recaps/" + recap + "/documents").then().statusCode(200)
        .extract().path("[0].sha256");
    issued.add(recapSha);
    List<String> pdfs = files.keySet().stream().filter(p -> p.startsWith("dokumen/") && p.endsWith(".pdf"))
        .map(p -> Issuance.sha256(files.get(p))).toList();
    assertEquals(new TreeSet<>(issued), new TreeSet<>(pdfs));
    assertEquals(issued.size(), pdfs.size());
    assertTrue(files.keySet().stream().anyMatch(p -> p.matches("dokumen/\\d\\d-rekap-[0-9A-Z]{12}\\.pdf")),
        files.keySet().toString());

    // the data: the recap's values as JSON and CSV (S1.1: 90 of a target of 100), and XLSX
    String base = files.keySet().stream().filter(p -> p.startsWith("data/rekap-") && p.endsWith(".json")).findFirst()
        .orElseThrow().replace(".json", "");
    JsonNode recapJson = JSON.readTree(files.get(base + ".json"));
    assertEquals("SIGNED", recapJson.get("state").asText());
    assertTrue(recapJson.get("verbs") == null, "what the downloader may do is not archived");
    String csv = new String(files.get(base + ".csv"), StandardCharsets.UTF_8);
    assertTrue(csv.contains("\"S1.1\","), csv);
    assertTrue(csv.matches("(?s).*\"S1.1\",.*,100,90,.*"), csv);
    assertEquals("PK", new String(files.get(base + ".xlsx"), 0, 2, StandardCharsets.US_ASCII));
    assertTrue(JSON.readTree(files.get("data/formulir.json")).get("letterNumber").asText().contains("/"));
    assertTrue(new String(files.get("monitoring/monitoring-sop.csv"), StandardCharsets.UTF_8)
        .contains("Uraian prosedur"));

    // the audit trail: the Camat's signature of the recap, sealed in the chain
    List<JsonNode> audit = new ArrayList<>();
    for (String line : new String(files.get("audit/jejak-audit.jsonl"), StandardCharsets.UTF_8).split("\n")) {
      audit.add(JSON.readTree(line));
    }
    JsonNode signature = audit.stream().filter(e -> e.get("objectType").asText().equals("recap")
        && "SIGNED".equals(e.get("toState").asText())).findFirst().orElseThrow();
    assertEquals(w.user(Role.CAMAT).fullName, signature.get("actorName").asText());
    assertEquals(64, signature.get("hash").asText().length());
    assertTrue(audit.stream().anyMatch(e -> e.get("objectType").asText().equals("submission")), "units' steps");
    assertTrue(new String(files.get("audit/jejak-audit.csv"), StandardCharsets.UTF_8)
        .contains(signature.get("hash").asText()));
  }

  @Test
  void onlyArchiveReadersOfThatKecamatanDownloadIt() {
    World w = Fixtures.world();
    long form = SubmissionWorkflowTest.dispatchedForm(w, true);
    int cycle = as(w.token(Role.STAF)).get("/api/v1/forms/" + form).then().extract().path("cycleId");
    String path = "/api/v1/cycles/" + cycle + "/archive";
    for (Role reader : List.of(Role.SEKCAM, Role.CAMAT, Role.ARSIP, Role.KABUPATEN)) {
      given().auth().oauth2(w.token(reader)).get(path).then().statusCode(200).contentType("application/zip");
    }
    for (Role other : List.of(Role.STAF, Role.KASI, Role.ADMIN)) {
      given().auth().oauth2(w.token(other)).get(path).then().statusCode(403).contentType(PROBLEM);
    }
    World neighbour = Fixtures.neighbourOf(w);
    given().auth().oauth2(neighbour.token(Role.SEKCAM)).get(path).then().statusCode(404).contentType(PROBLEM);
    given().auth().oauth2(Fixtures.world().token(Role.KABUPATEN)).get(path).then().statusCode(404)
        .contentType(PROBLEM);
    given().auth().oauth2(w.token(Role.SEKCAM)).get("/api/v1/cycles/99999999/archive").then().statusCode(404)
        .contentType(PROBLEM);
  }

  @Test
  void theRecapExportsAsCsvAndXlsx() {
    World w = Fixtures.world();
    long recap = RecapTestSupport.verifiedRecap(w, SubmissionWorkflowTest.dispatchedForm(w, true));
    String path = "/api/v1/recaps/" + recap + "/export";
    String csv = new String(given().auth().oauth2(w.token(Role.STAF)).get(path).then().statusCode(200)
        .contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"))
        .extract().asByteArray(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFF\"Rekap Data Kinerja Kecamatan " + w.kecamatanName() + " Tahun 2026\""), csv);
    assertTrue(csv.contains("\"Kode sasaran\",\"Sasaran\",\"Kode indikator\""), csv);
    assertTrue(csv.contains("\"Kecamatan (keseluruhan)\""), csv);
    byte[] xlsx = given().auth().oauth2(w.token(Role.STAF))
        .accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").get(path).then().statusCode(200)
        .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
    assertEquals("PK", new String(xlsx, 0, 2, StandardCharsets.US_ASCII));
    given().auth().oauth2(w.token(Role.STAF)).queryParam("format", "pdf").get(path).then().statusCode(400)
        .contentType(PROBLEM);
    given().auth().oauth2(w.token(Role.STAF)).queryParam("fromat", "csv").get(path).then().statusCode(400)
        .contentType(PROBLEM);
    given().auth().oauth2(Fixtures.neighbourOf(w).token(Role.STAF)).get(path).then().statusCode(404)
        .contentType(PROBLEM);
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }
}
