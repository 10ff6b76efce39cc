package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.TestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfra.class)
class HealthAndContractTest extends ApiTest {

  @Test
  void livenessAndReadinessAreUpWithTheDatabaseChecked() {
    given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.status", equalTo("UP"));
    given().get("/q/health/live").then().body("checks.find { it.name == 'embedded-database' }.status", equalTo("UP"));
  }

  @Test
  void prometheusMetricsAreForTheOperatorsScraperOnly() {
    given().get("/q/metrics").then().statusCode(401).contentType(PROBLEM);
    given().header("Authorization", "Bearer wrong").get("/q/metrics").then().statusCode(401);
    given().header("Authorization", "Bearer test-metrics-token").get("/q/metrics").then().statusCode(200)
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void theSpaIsServedWithHistoryModeFallback() {
    given().get("/").then().statusCode(200).contentType(containsString("text/html"))
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Frame-Options", equalTo("DENY"))
        .body(containsString("<div id=\"app\">"));
    given().get("/admin/users").then().statusCode(200).body(containsString("<div id=\"app\">"))
        .header("Cache-Control", equalTo("no-cache"));
    given().get("/").then().header("Cache-Control", equalTo("no-cache"));
    given().get("/assets/does-not-exist.js").then().statusCode(404);
  }

  @Test
  void committedOpenApiMatchesWhatTheCodeGenerates() throws IOException {
    String generated = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
        .extract().asString();
    Path committed = Path.of(System.getProperty("repo.root", ".."), "openapi.yaml");
    Path written = Path.of("target", "openapi-generated.yaml");
    Files.writeString(written, generated);
    if (Boolean.getBoolean("openapi.update")) {
      Files.writeString(committed, generated);
    }
    assertEquals(Files.readString(committed), generated,
        "openapi.yaml differs from the code; review " + written.toAbsolutePath()
            + " and copy it to the repository root (or run the tests with -Dopenapi.update=true)");
  }
}
