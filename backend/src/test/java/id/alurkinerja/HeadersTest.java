package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the headers promise: where a created thing lives, and what caches may keep. */
@QuarkusTest
class HeadersTest extends ApiTest {

  @Test
  void theLocationOfACreatedCycleIsTheAddressItIsReadAt() {
    World w = Fixtures.world();
    String location = as(w.token(Role.STAF)).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2027))
        .post("/api/v1/cycles").then().statusCode(201).header("Location", containsString("/api/v1/cycles/"))
        .extract().header("Location");
    as(w.token(Role.STAF)).get(location).then().statusCode(200).body("year", equalTo(2027));
  }

  @Test
  void authenticatedAnswersAreNotStoredButTheSpaPageIsRevalidatedAndItsAssetsKept() {
    World w = Fixtures.world();
    as(w.token(Role.CAMAT)).get("/api/v1/me").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
    String html = given().get("/").then().statusCode(200).header("Cache-Control", equalTo("no-cache")).extract()
        .asString();
    String asset = html.replaceAll("(?s).*?src=\"(/assets/[^\"]+)\".*", "$1");
    given().get(asset).then().statusCode(200).header("Cache-Control", startsWith("public, max-age=31536000"));
  }
}
