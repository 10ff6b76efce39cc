package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kabupaten read API as a nightly kabupaten job uses it. */
@QuarkusTest
class KabupatenReadTest extends ApiTest {

  @Test
  void oneCallSaysWhereEveryKecamatanStandsAndTheSignedRecapsCarryTheirValues() throws Exception {
    World bulu = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(bulu);
    World neighbour = Fixtures.neighbourOf(bulu);
    FormWorkflowTest.newForm(neighbour, 2031);
    String token = MachineAccessTest.token(MachineAccessTest.serviceAccount(bulu.kabupatenId(), List.of("recaps:read")));
    String cycles = "/api/v1/kabupaten/" + bulu.kabupatenId() + "/cycles";

    JsonPath page = as(token).get(cycles).then().statusCode(200).header("ETag", notNullValue())
        .body("items.size()", equalTo(2)).extract().jsonPath();
    assertEquals("FINISHED", page.getString("items.find { it.kecamatanId == " + bulu.kecamatanId() + " }.status"));
    assertEquals(true, page.getBoolean("items.find { it.kecamatanId == " + bulu.kecamatanId() + " }.sopFinished"));
    assertEquals(recap, page.getLong("items.find { it.kecamatanId == " + bulu.kecamatanId() + " }.signedRecapId"));
    assertEquals("IN_PROGRESS", page.getString("items.find { it.kecamatanId == " + neighbour.kecamatanId() + " }.status"));
    as(token).get(cycles + "?status=FINISHED").then().statusCode(200).body("items.size()", equalTo(1));
    as(token).get(cycles + "?kecamatanId=" + neighbour.kecamatanId()).then().body("items.size()", equalTo(1))
        .body("items[0].step", equalTo(1));
    as(token).get(cycles + "?year=2019").then().statusCode(200).body("items.size()", equalTo(0));
    as(token).get(cycles + "?updatedSince=2999-01-01T00:00:00Z").then().body("items.size()", equalTo(0));
    // a polling job that already has this page moves no data
    String etag = as(token).get(cycles).then().extract().header("ETag");
    as(token).header("If-None-Match", etag).get(cycles).then().statusCode(304);

    String signed = "/api/v1/kabupaten/" + bulu.kabupatenId() + "/signed-recaps";
    as(token).get(signed).then().statusCode(200).body("items.size()", equalTo(1))
        .body("items[0].recapId", equalTo((int) recap)).body("items[0].kecamatanName", equalTo(bulu.kecamatanName()))
        .body("items[0].contentSha256", equalTo(RecapTestSupport.sha(bulu, recap)))
        .body("items[0].values.find { it.indicatorCode == 'S1.1' }.target", equalTo(100))
        .body("items[0].values.find { it.indicatorCode == 'S1.1' }.realisasi", equalTo(90));
    // the same as CSV, one line per indicator, tagged too
    String csv = given().auth().oauth2(token).accept("text/csv").get(signed).then().statusCode(200)
        .contentType(startsWith("text/csv")).body(startsWith("\uFEFF\"recap_id\"")).extract().asString();
    assertTrue(csv.contains("\"S1.1\""), csv);
    assertTrue(csv.lines().anyMatch(l -> l.startsWith("\"" + recap + "\"") && l.contains(",100,") && l.contains(",90,")),
        csv);
    String csvTag = given().auth().oauth2(token).accept("text/csv").get(signed).then().extract().header("ETag");
    given().auth().oauth2(token).accept("text/csv").header("If-None-Match", csvTag).get(signed).then().statusCode(304);
    given().auth().oauth2(token).accept("text/csv").get(cycles).then().statusCode(200)
        .body(containsString("\"FINISHED\""));
  }

  @Test
  void theKabupatenReadsEveryCyclesSopMonitoringAndEveryIssuedDocument() throws Exception {
    World w = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(w);
    String kab = "/api/v1/kabupaten/" + w.kabupatenId();
    String token = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(),
        List.of("recaps:read", "sla:read")));
    as(token).get(kab + "/sop-monitoring").then().statusCode(200).body("items.size()", equalTo(1))
        .body("items[0].status", equalTo("FINISHED")).body("items[0].steps.size()", equalTo(11))
        .body("items[0].kecamatanName", equalTo(w.kecamatanName()));
    String recapSha = as(w.token(Role.CAMAT)).get("/api/v1/recaps/" + recap + "/documents").then().extract()
        .path("[0].sha256");
    JsonPath docs = as(token).get(kab + "/documents").then().statusCode(200).extract().jsonPath();
    assertTrue(docs.getList("items.kind").containsAll(List.of("LETTER", "LETTER_COPY", "RECAP")), docs.prettify());
    JsonPath signed = as(token).get(kab + "/documents?kind=RECAP").then().statusCode(200)
        .body("items.size()", equalTo(1)).body("items[0].sha256", equalTo(recapSha)).extract().jsonPath();
    byte[] pdf = given().auth().oauth2(token).get(signed.getString("items[0].pdf")).then().statusCode(200)
        .extract().asByteArray();
    assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
    given().auth().oauth2(token).accept("text/csv").get(kab + "/documents?kind=RECAP").then().statusCode(200)
        .contentType(startsWith("text/csv")).body(containsString(recapSha));
    // a client that does not read recaps sees the letters, not the signed recap; one without sla.read no sheets
    String forms = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("forms:read")));
    as(forms).get(kab + "/documents").then().statusCode(200).body("items.kind", not(hasItem("RECAP")))
        .body("items.kind", hasItem("LETTER"));
    as(forms).get(kab + "/sop-monitoring").then().statusCode(403);
    as(token).get(kab + "/documents?kind=SURAT").then().statusCode(400).body("errors[0].field", equalTo("kind"));
  }

  @Test
  void anotherKabupatenOrAKecamatanOfficialOrAWrongScopeOrAnUnknownFilterIsRefused() {
    World w = Fixtures.world();
    String cycles = "/api/v1/kabupaten/" + w.kabupatenId() + "/cycles";
    String other = MachineAccessTest.token(MachineAccessTest.serviceAccount(Fixtures.world().kabupatenId(),
        List.of("recaps:read")));
    as(other).get(cycles).then().statusCode(404).contentType(PROBLEM);
    as(w.token(Role.CAMAT)).get(cycles).then().statusCode(403);
    String sla = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("sla:read")));
    as(sla).get(cycles).then().statusCode(403);
    as(sla).get("/api/v1/kabupaten/" + w.kabupatenId() + "/signed-recaps").then().statusCode(403);
    String officer = w.token(Role.KABUPATEN);
    as(officer).get(cycles + "?updatedSince=kemarin").then().statusCode(400)
        .body("errors[0].field", equalTo("updatedSince"));
    as(officer).get(cycles + "?status=SELESAI").then().statusCode(400).body("errors[0].field", equalTo("status"));
    as(officer).get(cycles + "?tahun=2026").then().statusCode(400).body("errors[0].field", equalTo("tahun"));
    as(officer).get(cycles + "?cursor=abc").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    as(officer).get("/api/v1/kabupaten/987654321/cycles").then().statusCode(404);
    // no list ignores a filter it does not have: the kecamatan's own cycle list has no updatedSince
    as(w.token(Role.CAMAT)).get("/api/v1/cycles?kecamatanId=" + w.kecamatanId() + "&updatedSince=2026-01-01T00:00:00Z")
        .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("updatedSince"));
    as(w.token(Role.CAMAT)).get("/api/v1/tasks?mine=true").then().statusCode(400).body("errors[0].field", equalTo("mine"));
  }

  @Test
  void pagingThroughAThousandCyclesReturnsEachExactlyOnceWhileMoreAreAdded() {
    World first = Fixtures.world();
    List<World> kecamatan = new ArrayList<>(List.of(first));
    for (int i = 0; i < 10; i++) {
      kecamatan.add(Fixtures.neighbourOf(first));
    }
    long creator = first.user(Role.STAF).id;
    Set<Long> before = new HashSet<>(QuarkusTransaction.requiringNew().call(() -> {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        ids.add(cycle(kecamatan.get(i / 100).kecamatanId(), 2000 + i % 100, creator));
      }
      return ids;
    }));
    long late = kecamatan.get(10).kecamatanId();
    String token = first.token(Role.KABUPATEN);
    String cursor = null;
    List<Long> seen = new ArrayList<>();
    Set<Long> added = new HashSet<>();
    int pages = 0;
    do {
      String path = "/api/v1/kabupaten/" + first.kabupatenId() + "/cycles?limit=37" + (cursor == null ? "" : "&cursor=" + cursor);
      JsonPath page = as(token).get(path).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id", Long.class));
      cursor = page.getString("nextCursor");
      if (pages < 5) { // kecamatan keep working while the job pages
        int year = 2000 + pages;
        added.add(QuarkusTransaction.requiringNew().call(() -> cycle(late, year, creator)));
      }
      pages++;
    } while (cursor != null);
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no cycle twice");
    assertTrue(seen.containsAll(before), "every cycle there at the start");
    assertTrue(seen.containsAll(added), "and those added while paging");
    assertEquals(before.size() + added.size(), seen.size());
  }

  private static long cycle(long kecamatanId, int year, long creator) {
    Cycle c = new Cycle();
    c.kecamatanId = kecamatanId;
    c.year = year;
    c.title = "Data Kinerja " + year;
    c.createdBy = creator;
    c.persist();
    return c.id;
  }
}
