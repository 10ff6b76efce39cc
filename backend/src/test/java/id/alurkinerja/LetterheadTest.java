package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kop surat: read by the kecamatan's officials, changed by its ADMIN with If-Match, logo checked by content. */
@QuarkusTest
class LetterheadTest extends ApiTest {

  @Test
  void theAdminSetsTheKopSuratAndItsLogo() throws Exception {
    World w = Fixtures.world();
    String admin = w.token(Role.ADMIN);
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/letterhead";
    String etag = as(w.token(Role.STAF)).get(path).then().statusCode(200)
        .body("office", equalTo("KECAMATAN " + w.kecamatanName().toUpperCase(java.util.Locale.ROOT)))
        .body("place", equalTo(w.kecamatanName())).body("hasLogo", equalTo(false)).extract().header("ETag");
    Map<String, Object> settings = Map.of("address", "Jalan Raya No. 9", "place", "Kota Uji",
        "tembusan", List.of("Bupati", " ", "Inspektur"));
    as(admin).body(settings).put(path).then().statusCode(428).contentType(PROBLEM);
    as(w.token(Role.STAF)).header("If-Match", etag).body(settings).put(path).then().statusCode(403);
    as(Fixtures.neighbourOf(w).token(Role.ADMIN)).header("If-Match", etag).body(settings).put(path).then()
        .statusCode(404);
    String changed = as(admin).header("If-Match", etag).body(settings).put(path).then().statusCode(200)
        .body("address", equalTo("Jalan Raya No. 9")).body("place", equalTo("Kota Uji"))
        .body("tembusan", equalTo(List.of("Bupati", "Inspektur"))).extract().header("ETag");
    as(admin).get(path).then().header("ETag", equalTo(changed));
    as(admin).header("If-Match", etag).body(settings).put(path).then().statusCode(412);

    byte[] logo = IssuedLetterTest.png(40, 40);
    given().auth().oauth2(admin).header("If-Match", changed).contentType("image/png").body("not an image".getBytes())
        .put(path + "/logo").then().statusCode(415).contentType(PROBLEM);
    given().auth().oauth2(admin).header("If-Match", changed).contentType("image/png").body(new byte[600 * 1024])
        .put(path + "/logo").then().statusCode(413).contentType(PROBLEM);
    String withLogo = given().auth().oauth2(admin).header("If-Match", changed).contentType("image/png").body(logo)
        .put(path + "/logo").then().statusCode(200).body("hasLogo", equalTo(true))
        .body("logoType", equalTo("image/png")).extract().header("ETag");
    assertArrayEquals(logo, given().auth().oauth2(w.token(Role.KASI)).get(path + "/logo").then().statusCode(200)
        .contentType("image/png").extract().asByteArray());
    as(admin).get(path).then().header("ETag", equalTo(withLogo));
    as(admin).header("If-Match", withLogo).delete(path + "/logo").then().statusCode(200)
        .body("hasLogo", equalTo(false));
    as(admin).get(path + "/logo").then().statusCode(404);
  }
}
