package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthTest extends ApiTest {

  private static Response login(String username, String password, String address) {
    return anonymous().header("X-Forwarded-For", address)
        .body(Map.of("username", username, "password", password)).post("/api/v1/auth/login");
  }

  private static String address() {
    return "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250 + 1);
  }

  @Test
  void demoCamatLogsInAndMeShowsCamatOfBulu() {
    String token = login("camat", "kinerja-demo", address()).then().statusCode(200)
        .body("tokenType", equalTo("Bearer")).body("expiresIn", equalTo(900))
        .body("refreshToken", notNullValue()).extract().path("accessToken");
    as(token).get("/api/v1/me").then().log().ifValidationFails().statusCode(200)
        .body("user.username", equalTo("camat"))
        .body("user.roles", hasItem("CAMAT"))
        .body("kecamatan.name", equalTo("Bulu"))
        .body("positions[0].title", equalTo("Camat Bulu"))
        .body("verbs", hasItem("form.sign"));
  }

  @Test
  void loginWithNipWorksToo() {
    login("197504122000031004", "kinerja-demo", address()).then().statusCode(200);
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    Response wrong = login("sekcam", "salah-sandi-sekali", address());
    Response unknown = login("tidak-ada-" + Fixtures.unique("x"), "salah-sandi-sekali", address());
    wrong.then().statusCode(401).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:invalid-credentials"));
    unknown.then().statusCode(401).contentType(PROBLEM);
    assertEquals(wrong.jsonPath().getString("detail"), unknown.jsonPath().getString("detail"));
    assertEquals(wrong.jsonPath().getString("type"), unknown.jsonPath().getString("type"));
  }

  @Test
  void repeatedFailuresLockTheAccountWith429AndRetryAfter() {
    AppUser user = Fixtures.world().user(Role.STAF);
    for (int i = 0; i < 5; i++) {
      login(user.username, "bukan-sandinya-" + i, address()).then().statusCode(401);
    }
    // even the right password is refused while throttled, from any address
    login(user.username, Fixtures.PASSWORD, address()).then().statusCode(429).contentType(PROBLEM)
        .header("Retry-After", notNullValue())
        .body("type", equalTo("urn:alur-kinerja:problem:too-many-requests"));
  }

  @Test
  void unknownAccountsAreThrottledExactlyLikeKnownOnes() {
    String ghost = Fixtures.unique("hantu");
    for (int i = 0; i < 5; i++) {
      login(ghost, "bukan-sandinya-" + i, address()).then().statusCode(401);
    }
    login(ghost, "bukan-sandinya-x", address()).then().statusCode(429).header("Retry-After", notNullValue());
  }

  @Test
  void repeatedFailuresFromOneAddressAreThrottledAcrossAccounts() {
    String from = address();
    for (int i = 0; i < 20; i++) {
      login(Fixtures.unique("coba"), "bukan-sandinya-1", from).then().statusCode(401);
    }
    AppUser user = Fixtures.world().user(Role.KASI);
    login(user.username, Fixtures.PASSWORD, from).then().statusCode(429);
    login(user.username, Fixtures.PASSWORD, address()).then().statusCode(200);
  }

  @Test
  void refreshRotatesAndReuseRevokesTheWholeFamily() {
    AppUser user = Fixtures.world().user(Role.SEKCAM);
    String first = login(user.username, Fixtures.PASSWORD, address()).then().statusCode(200)
        .extract().path("refreshToken");
    Response rotated = anonymous().body(Map.of("refreshToken", first)).post("/api/v1/auth/refresh");
    rotated.then().statusCode(200).body("accessToken", notNullValue());
    String second = rotated.path("refreshToken");
    assertNotEquals(first, second);
    as(rotated.path("accessToken")).get("/api/v1/me").then().statusCode(200);

    // replaying the first token is reuse: refused, and the rotated one dies with it
    anonymous().body(Map.of("refreshToken", first)).post("/api/v1/auth/refresh").then()
        .statusCode(401).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:invalid-refresh-token"));
    anonymous().body(Map.of("refreshToken", second)).post("/api/v1/auth/refresh").then().statusCode(401);
  }

  @Test
  void aLoginEndsAfterTheMaximumSessionTimeHoweverOftenItIsRefreshed() {
    AppUser user = Fixtures.world().user(Role.STAF);
    String refresh = login(user.username, Fixtures.PASSWORD, address()).then().statusCode(200)
        .extract().path("refreshToken");
    String next = anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/refresh").then()
        .statusCode(200).extract().path("refreshToken");
    // the login began eight days ago (the default maximum is seven)
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> id.alurkinerja.identity.RefreshToken
        .update("issuedAt = ?1 where userId = ?2 and usedAt is not null",
            java.time.Instant.now().minus(java.time.Duration.ofDays(8)), user.id));
    anonymous().body(Map.of("refreshToken", next)).post("/api/v1/auth/refresh").then().statusCode(401)
        .contentType(PROBLEM);
  }

  @Test
  void logoutRevokesTheRefreshToken() {
    AppUser user = Fixtures.world().user(Role.CAMAT);
    String refresh = login(user.username, Fixtures.PASSWORD, address()).path("refreshToken");
    anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/logout").then().statusCode(204);
    anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/refresh").then().statusCode(401);
  }

  @Test
  void deactivatedUserIsRefusedEvenWithAValidToken() {
    var world = Fixtures.world();
    AppUser user = world.user(Role.ARSIP);
    String token = Fixtures.token(user);
    as(token).get("/api/v1/me").then().statusCode(200);
    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
      AppUser u = AppUser.findById(user.id);
      u.active = false;
    });
    as(token).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void tokensThatAreMissingExpiredForgedOrTamperedAre401() throws Exception {
    AppUser user = Fixtures.world().user(Role.CAMAT);
    anonymous().get("/api/v1/me").then().statusCode(401).contentType(PROBLEM)
        .header("WWW-Authenticate", equalTo("Bearer"));

    String expired = Jwt.upn(user.username).subject(String.valueOf(user.id)).issuer("alur-kinerja")
        .audience("alur-kinerja-api").issuedAt(1_700_000_000L).expiresAt(1_700_000_600L).sign();
    as(expired).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);

    String wrongIssuer = Jwt.upn(user.username).subject(String.valueOf(user.id)).issuer("someone-else")
        .audience("alur-kinerja-api").expiresIn(600).sign();
    as(wrongIssuer).get("/api/v1/me").then().statusCode(401);

    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String otherKey = Jwt.upn(user.username).subject(String.valueOf(user.id)).issuer("alur-kinerja")
        .audience("alur-kinerja-api").expiresIn(600).sign(generator.generateKeyPair().getPrivate());
    as(otherKey).get("/api/v1/me").then().statusCode(401);

    String valid = Fixtures.token(user);
    String[] parts = valid.split("\\.");
    String header = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
    as(header + "." + parts[1] + ".").get("/api/v1/me").then().statusCode(401);

    AppUser other = Fixtures.world().user(Role.ADMIN);
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"sub\":\"" + user.id + "\"", "\"sub\":\"" + other.id + "\"");
    as(parts[0] + "." + b64(payload) + "." + parts[2]).get("/api/v1/me").then().statusCode(401);

    as(valid).get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void changingMyPasswordChecksTheCurrentOneAndThePolicy() {
    AppUser user = Fixtures.world().user(Role.KASUBBAG);
    String token = Fixtures.token(user);
    as(token).body(Map.of("currentPassword", "keliru-sekali-123", "newPassword", "sandi-baru-yang-kuat"))
        .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
    as(token).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "pendek"))
        .put("/api/v1/me/password").then().statusCode(400).body("errors[0].field", equalTo("newPassword"));
    as(token).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", user.username))
        .put("/api/v1/me/password").then().statusCode(400);
    as(token).body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "sandi-baru-yang-kuat"))
        .put("/api/v1/me/password").then().statusCode(204);
    login(user.username, Fixtures.PASSWORD, address()).then().statusCode(401);
    login(user.username, "sandi-baru-yang-kuat", address()).then().statusCode(200);
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }
}
