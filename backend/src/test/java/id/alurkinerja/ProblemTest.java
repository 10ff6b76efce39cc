package id.alurkinerja;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json answer and changes nothing. */
@QuarkusTest
class ProblemTest extends ApiTest {

  private static long unitCount(long kecamatanId) {
    return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> OrgUnit.count("kecamatanId", kecamatanId));
  }

  @Test
  void malformedJsonIs400AndNothingIsStored() {
    var world = Fixtures.world();
    long before = unitCount(world.kecamatanId());
    as(world.token(Role.ADMIN)).body("{\"code\": \"X\", \"name\": ")
        .post("/api/v1/kecamatan/" + world.kecamatanId() + "/units").then()
        .statusCode(400).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:malformed-request"))
        .body(not(containsString("at com.")), not(containsString("Exception")));
    assertEquals(before, unitCount(world.kecamatanId()));
  }

  @Test
  void unknownFieldsAndWrongTypesAre400NamingTheField() {
    var world = Fixtures.world();
    String path = "/api/v1/kecamatan/" + world.kecamatanId() + "/units";
    long before = unitCount(world.kecamatanId());
    as(world.token(Role.ADMIN))
        .body("{\"code\":\"X1\",\"name\":\"Seksi X\",\"kind\":\"SEKSI\",\"reporting\":true,\"colour\":\"red\"}")
        .post(path).then().statusCode(400).contentType(PROBLEM)
        .body("errors.field", hasItem("colour"));
    as(world.token(Role.ADMIN))
        .body("{\"code\":\"X1\",\"name\":\"Seksi X\",\"kind\":\"SEKSI\",\"reporting\":true,\"sortOrder\":\"tiga\"}")
        .post(path).then().statusCode(400).contentType(PROBLEM)
        .body("errors.field", hasItem("sortOrder"));
    as(world.token(Role.ADMIN))
        .body("{\"code\":\"X1\",\"name\":\"Seksi X\",\"kind\":\"KANTOR\",\"reporting\":true}")
        .post(path).then().statusCode(400).contentType(PROBLEM)
        .body("errors.field", hasItem("kind"));
    assertEquals(before, unitCount(world.kecamatanId()));
  }

  @Test
  void validationListsEveryBadField() {
    var world = Fixtures.world();
    as(world.token(Role.ADMIN)).body("{\"code\":\"bad code!\",\"name\":\"\",\"reporting\":true}")
        .post("/api/v1/kecamatan/" + world.kecamatanId() + "/units").then()
        .statusCode(400).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:validation-failed"))
        .body("errors.field", hasItem("code"))
        .body("errors.field", hasItem("name"))
        .body("errors.field", hasItem("kind"));
    as(world.token(Role.ADMIN)).post("/api/v1/kecamatan/" + world.kecamatanId() + "/units").then()
        .statusCode(400).contentType(PROBLEM);
  }

  @Test
  void oversizeBodyIs413() {
    var world = Fixtures.world();
    String huge = "{\"code\":\"X\",\"name\":\"" + "a".repeat(1_100_000) + "\"}";
    as(world.token(Role.ADMIN)).body(huge)
        .post("/api/v1/kecamatan/" + world.kecamatanId() + "/units").then()
        .statusCode(413).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:payload-too-large"));
    assertEquals(2, unitCount(world.kecamatanId()));
  }

  @Test
  void aChunkedBodyCountsAgainstTheSameLimit() throws Exception {
    var world = Fixtures.world();
    String token = world.token(Role.ADMIN);
    String huge = "{\"code\":\"X\",\"name\":\"" + "a".repeat(1_100_000) + "\"}";
    HttpResponse<String> refused = chunked(token, "/api/v1/kecamatan/" + world.kecamatanId() + "/units", huge);
    assertEquals(413, refused.statusCode(), refused.body());
    assertEquals(PROBLEM, refused.headers().firstValue("Content-Type").orElse(""));
    assertTrue(refused.body().contains("urn:alur-kinerja:problem:payload-too-large"), refused.body());
    assertEquals(2, unitCount(world.kecamatanId()));
    // a small chunked body is read as usual
    String small = "{\"code\":\"CH\",\"name\":\"Seksi Chunked\",\"kind\":\"SEKSI\",\"reporting\":true}";
    assertEquals(201, chunked(token, "/api/v1/kecamatan/" + world.kecamatanId() + "/units", small).statusCode());
  }

  @Test
  void aTooLongUriIs414ProblemJson() {
    var world = Fixtures.world();
    as(world.token(Role.ADMIN)).queryParam("q", "a".repeat(9_000)).get("/api/v1/cycles").then()
        .statusCode(414).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:uri-too-long"));
    // a long but reasonable one is still answered
    as(world.token(Role.ADMIN)).queryParam("kecamatanId", world.kecamatanId()).queryParam("action", "a".repeat(5_000))
        .get("/api/v1/audit").then().statusCode(200).body("items.size()", equalTo(0));
  }

  /** A POST whose body length is not declared: the client sends it with chunked transfer encoding. */
  private static HttpResponse<String> chunked(String token, String path, String json) throws Exception {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void wrongMediaTypeIs415() {
    var world = Fixtures.world();
    as(world.token(Role.ADMIN)).contentType(ContentType.TEXT).body("code=X")
        .post("/api/v1/kecamatan/" + world.kecamatanId() + "/units").then()
        .statusCode(415).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:unsupported-media-type"));
  }

  @Test
  void unknownPathsAndMethodsAreProblemsToo() {
    var world = Fixtures.world();
    as(world.token(Role.ADMIN)).get("/api/v1/tidak-ada").then().statusCode(404).contentType(PROBLEM);
    as(world.token(Role.ADMIN)).delete("/api/v1/kecamatan/" + world.kecamatanId()).then()
        .statusCode(405).contentType(PROBLEM);
    as(world.token(Role.ADMIN)).get("/api/v1/units/999999999").then().statusCode(404)
        .contentType(PROBLEM).body("type", equalTo("urn:alur-kinerja:problem:not-found"));
  }

  @Test
  void jsonIsReadAsTheContractTypesItNothingIsCoerced() {
    var world = Fixtures.world();
    String staf = world.token(Role.STAF);
    for (String year : new String[] {"\"2026\"", "2026.5", "true"}) {
      as(staf).body("{\"kecamatanId\":" + world.kecamatanId() + ",\"year\":" + year + "}").post("/api/v1/cycles")
          .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("year"))
          .body("errors[0].code", equalTo("WRONG_TYPE"));
    }
    as(staf).body("{\"kecamatanId\":" + world.kecamatanId() + ",\"year\":2026,\"title\":2026}").post("/api/v1/cycles")
        .then().statusCode(400).body("errors[0].field", equalTo("title"));
    String path = "/api/v1/kecamatan/" + world.kecamatanId() + "/units";
    long before = unitCount(world.kecamatanId());
    for (String name : new String[] {"Seksi\\u0000X", "Seksi \\ud800X", "\\u00a0\\u200b  "}) {
      as(world.token(Role.ADMIN)).body("{\"code\":\"" + Fixtures.unique("N") + "\",\"name\":\"" + name
          + "\",\"kind\":\"SEKSI\",\"reporting\":true}").post(path).then().statusCode(400).contentType(PROBLEM)
          .body("errors[0].field", equalTo("name"));
    }
    as(world.token(Role.ADMIN)).body("{\"code\":\"" + Fixtures.unique("N") + "\",\"name\":\"Seksi Baru\",\"kind\":1,"
        + "\"reporting\":true}").post(path).then().statusCode(400).body("errors[0].field", equalTo("kind"));
    assertEquals(before, unitCount(world.kecamatanId()));
  }
}
