package id.alurkinerja;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.ServiceClient;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How kabupaten systems and scripts get in without a person's password: service accounts with OAuth
 * 2.0 client credentials and scopes, and personal API tokens.
 */
@QuarkusTest
class MachineAccessTest extends ApiTest {

  /** A kabupaten ADMIN's new service account: (account id, client_id, client_secret). */
  record Client(long id, String clientId, String secret) {}

  static Client serviceAccount(long kabupatenId, List<String> scopes) {
    String admin = Fixtures.token(Fixtures.kabupatenUser(kabupatenId, Role.ADMIN));
    JsonPath made = as(admin).body(Map.of("name", "e-SAKIP " + Fixtures.unique(""), "scopes", scopes))
        .post("/api/v1/kabupaten/" + kabupatenId + "/service-accounts").then().statusCode(201)
        .header("Cache-Control", "no-store").body("clientSecret", notNullValue()).extract().jsonPath();
    return new Client(made.getLong("account.id"), made.getString("clientId"), made.getString("clientSecret"));
  }

  static io.restassured.response.ValidatableResponse tokenRequest(String clientId, String secret, String scope) {
    var request = given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "client_credentials")
        .formParam("client_id", clientId).formParam("client_secret", secret);
    if (scope != null) {
      request.formParam("scope", scope);
    }
    return request.post("/api/v1/auth/token").then();
  }

  static String token(Client c) {
    return tokenRequest(c.clientId(), c.secret(), null).statusCode(200).extract().path("access_token");
  }

  @Test
  void aServiceTokenOfTheKabupatenReadsItsKecamatansSignedRecapAndAnotherKabupatensDoesNot() throws Exception {
    World bulu = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(bulu);
    Client sakip = serviceAccount(bulu.kabupatenId(), List.of("recaps:read"));
    tokenRequest(sakip.clientId(), sakip.secret(), null).statusCode(200).header("Cache-Control", "no-store")
        .body("token_type", equalTo("Bearer")).body("expires_in", equalTo(900))
        .body("scope", equalTo("recaps:read"));
    String token = token(sakip);
    as(token).get("/api/v1/recaps/" + recap).then().statusCode(200).body("state", equalTo("SIGNED"))
        .body("sasaran[0].indicators[0].code", notNullValue());
    as(token).get("/api/v1/cycles?kecamatanId=" + bulu.kecamatanId()).then().statusCode(200)
        .body("signedRecapId", hasItem((int) recap));
    // HTTP Basic works as well as the form (RFC 6749 2.3.1)
    String basic = Base64.getEncoder().encodeToString((sakip.clientId() + ":" + sakip.secret())
        .getBytes(StandardCharsets.UTF_8));
    given().header("Authorization", "Basic " + basic).contentType("application/x-www-form-urlencoded")
        .formParam("grant_type", "client_credentials").post("/api/v1/auth/token").then().statusCode(200);

    World elsewhere = Fixtures.world();
    String other = token(serviceAccount(elsewhere.kabupatenId(), List.of("recaps:read")));
    as(other).get("/api/v1/recaps/" + recap).then().statusCode(404).contentType(PROBLEM);
    as(other).get("/api/v1/kecamatan/" + bulu.kecamatanId()).then().statusCode(404);
  }

  @Test
  void aTokenReachesOnlyItsScopesAndNeverWrites() throws Exception {
    World w = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(w);
    Client forms = serviceAccount(w.kabupatenId(), List.of("forms:read", "sla:read"));
    String token = token(forms);
    as(token).get("/api/v1/recaps/" + recap).then().statusCode(403).contentType(PROBLEM);
    as(token).get("/api/v1/cycles?kecamatanId=" + w.kecamatanId()).then().statusCode(200);
    // a narrower scope may be asked for; one the account lacks is refused
    String narrow = tokenRequest(forms.clientId(), forms.secret(), "sla:read").statusCode(200)
        .body("scope", equalTo("sla:read")).extract().path("access_token");
    as(narrow).get("/api/v1/cycles?kecamatanId=" + w.kecamatanId()).then().statusCode(200).body("size()", equalTo(0));
    tokenRequest(forms.clientId(), forms.secret(), "recaps:read").statusCode(400).contentType(PROBLEM)
        .body("errors[0].field", equalTo("scope"));
    // a KABUPATEN token reads; it holds no verb that writes
    as(token).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2031)).post("/api/v1/cycles").then().statusCode(403);
    // a service account makes no API tokens and is no user to edit
    as(token).body(Map.of("name", "x", "validDays", 5)).post("/api/v1/me/api-tokens").then().statusCode(403);
    as(Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN))).get("/api/v1/users/"
        + QuarkusTransaction.requiringNew().call(() -> ServiceClient.byClientId(forms.clientId()).userId))
        .then().statusCode(404);
  }

  @Test
  void wrongRevokedOrExpiredCredentialsAre401AndARevokedAccountsTokensStopAtOnce() {
    World w = Fixtures.world();
    Client c = serviceAccount(w.kabupatenId(), List.of("forms:read"));
    tokenRequest(c.clientId(), c.secret() + "x", null).statusCode(401).contentType(PROBLEM)
        .body("type", equalTo("urn:alur-kinerja:problem:invalid-client"));
    tokenRequest("svc-tidak-ada", c.secret(), null).statusCode(401);
    given().contentType("application/x-www-form-urlencoded").formParam("grant_type", "password")
        .formParam("client_id", c.clientId()).formParam("client_secret", c.secret()).post("/api/v1/auth/token")
        .then().statusCode(400).body("errors[0].field", equalTo("grant_type"));
    // a service account never logs in with a password
    anonymous().body(Map.of("username", c.clientId(), "password", c.secret())).post("/api/v1/auth/login").then()
        .statusCode(401);

    String token = token(c);
    as(token).get("/api/v1/kecamatan/" + w.kecamatanId()).then().statusCode(200);
    String admin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    as(admin).delete("/api/v1/service-accounts/" + c.id()).then().statusCode(200).body("active", equalTo(false))
        .body("revokedAt", notNullValue());
    as(token).get("/api/v1/kecamatan/" + w.kecamatanId()).then().statusCode(401).contentType(PROBLEM);
    tokenRequest(c.clientId(), c.secret(), null).statusCode(401);

    Client expiring = serviceAccount(w.kabupatenId(), List.of("forms:read"));
    QuarkusTransaction.requiringNew().run(() -> ServiceClient.update("secretExpiresAt = ?1 where clientId = ?2",
        Instant.now().minusSeconds(1), expiring.clientId()));
    tokenRequest(expiring.clientId(), expiring.secret(), null).statusCode(401);
  }

  @Test
  void aRotatedSecretReplacesTheOldOneAfterItsGracePeriod() {
    World w = Fixtures.world();
    String admin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    Client c = serviceAccount(w.kabupatenId(), List.of("forms:read"));
    String path = "/api/v1/service-accounts/" + c.id();
    String etag = as(admin).get(path).then().statusCode(200).extract().header("ETag");
    as(admin).body(Map.of("previousValidHours", 2)).post(path + "/secrets").then().statusCode(428);
    String graced = as(admin).header("If-Match", etag).body(Map.of("previousValidHours", 2)).post(path + "/secrets")
        .then().statusCode(200).body("account.previousSecretExpiresAt", notNullValue())
        .extract().path("clientSecret");
    tokenRequest(c.clientId(), c.secret(), null).statusCode(200); // the old one, in its grace period
    tokenRequest(c.clientId(), graced, null).statusCode(200);
    as(admin).header("If-Match", etag).body(Map.of()).post(path + "/secrets").then().statusCode(412);
    String etag2 = as(admin).get(path).then().extract().header("ETag");
    String fresh = as(admin).header("If-Match", etag2).body(Map.of()).post(path + "/secrets").then().statusCode(200)
        .body("account.previousSecretExpiresAt", equalTo(null)).extract().path("clientSecret");
    tokenRequest(c.clientId(), graced, null).statusCode(401);
    tokenRequest(c.clientId(), c.secret(), null).statusCode(401);
    tokenRequest(c.clientId(), fresh, null).statusCode(200);
  }

  @Test
  void onlyTheKabupatenAdminManagesServiceAccounts() {
    World w = Fixtures.world();
    String path = "/api/v1/kabupaten/" + w.kabupatenId() + "/service-accounts";
    Map<String, Object> body = Map.of("name", "Inspektorat", "scopes", List.of("audit:read"));
    as(w.token(Role.ADMIN)).body(body).post(path).then().statusCode(403).contentType(PROBLEM);
    as(w.token(Role.KABUPATEN)).body(body).post(path).then().statusCode(403);
    as(w.token(Role.KABUPATEN)).get(path).then().statusCode(403);
    World elsewhere = Fixtures.world();
    String otherAdmin = Fixtures.token(Fixtures.kabupatenUser(elsewhere.kabupatenId(), Role.ADMIN));
    as(otherAdmin).body(body).post(path).then().statusCode(404);
    Client mine = serviceAccount(w.kabupatenId(), List.of("audit:read"));
    as(otherAdmin).get("/api/v1/service-accounts/" + mine.id()).then().statusCode(404);
    as(otherAdmin).delete("/api/v1/service-accounts/" + mine.id()).then().statusCode(404);
    String admin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    as(admin).body(Map.of("name", "x", "scopes", List.of("recaps:write"))).post(path).then().statusCode(400);
    as(admin).body(Map.of("name", "x", "scopes", List.of())).post(path).then().statusCode(400);
    as(admin).get(path + "?limit=1").then().statusCode(200).body("items.size()", equalTo(1))
        .body("items[0].clientId", equalTo(mine.clientId())).body("items[0]", not(hasItem("clientSecret")));
    as(admin).get(path + "?limt=1").then().statusCode(400).body("errors[0].field", equalTo("limt"));
  }

  @Test
  void aPersonalApiTokenActsAsItsOwnerWithAtMostTheChosenVerbsUntilRevoked() throws Exception {
    World w = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(w);
    String camat = w.token(Role.CAMAT);
    JsonPath made = as(camat).body(Map.of("name", "rekap malam", "validDays", 30)).post("/api/v1/me/api-tokens")
        .then().statusCode(201).header("Cache-Control", "no-store").body("info.active", equalTo(true))
        .extract().jsonPath();
    String token = made.getString("token");
    as(token).get("/api/v1/me").then().statusCode(200).body("user.username", equalTo(w.user(Role.CAMAT).username));
    as(token).get("/api/v1/recaps/" + recap).then().statusCode(200);
    // a token does not make tokens
    as(token).body(Map.of("name", "turunan", "validDays", 30)).post("/api/v1/me/api-tokens").then().statusCode(403);
    // one limited to reading forms cannot read the recap, let alone sign
    String formsOnly = as(camat).body(Map.of("name", "formulir", "validDays", 1, "verbs", List.of("form.read")))
        .post("/api/v1/me/api-tokens").then().statusCode(201).extract().path("token");
    as(formsOnly).get("/api/v1/recaps/" + recap).then().statusCode(403);
    as(formsOnly).get("/api/v1/cycles?kecamatanId=" + w.kecamatanId()).then().statusCode(200);
    // it carries at most the owner's verbs: a Staf's token naming recap.sign still cannot sign
    String staf = as(w.token(Role.STAF)).body(Map.of("name", "x", "validDays", 1, "verbs", List.of("recap.sign")))
        .post("/api/v1/me/api-tokens").then().statusCode(201).extract().path("token");
    as(staf).get("/api/v1/recaps/" + recap).then().statusCode(403);
    as(camat).get("/api/v1/me/api-tokens").then().statusCode(200).body("name", hasItem("rekap malam"))
        .body("[0]", not(hasItem("token")));
    // someone else's token is not found; revoking stops it at once
    as(w.token(Role.SEKCAM)).delete("/api/v1/me/api-tokens/" + made.getLong("info.id")).then().statusCode(404);
    as(camat).delete("/api/v1/me/api-tokens/" + made.getLong("info.id")).then().statusCode(204);
    as(token).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
    as(camat).body(Map.of("name", "x", "validDays", 400)).post("/api/v1/me/api-tokens").then().statusCode(400);
  }

  @Test
  void aMachineClientPastItsRateLimitGets429WithRetryAfterAndAPersonIsNotCounted() {
    World w = Fixtures.world();
    String token = token(serviceAccount(w.kabupatenId(), List.of("forms:read")));
    String path = "/api/v1/kecamatan/" + w.kecamatanId();
    as(token).get(path).then().statusCode(200).header("RateLimit-Limit", "300")
        .header("RateLimit-Remaining", "299").header("RateLimit-Reset", notNullValue());
    int sent = 1;
    Response refused = null;
    while (refused == null && sent < 400) {
      Response answer = as(token).get(path).then().extract().response();
      sent++;
      if (answer.statusCode() != 200) {
        refused = answer;
      }
    }
    // the bucket refills evenly (5 a second), so a few more than 300 may pass while the loop runs; for
    // the same reason the refusal itself is checked, not a later request (a token may have come back)
    org.junit.jupiter.api.Assertions.assertNotNull(refused, "no refusal after " + sent + " requests");
    org.junit.jupiter.api.Assertions.assertTrue(sent > 300 && sent < 360, "429 after " + sent + " requests");
    refused.then().statusCode(429).contentType(PROBLEM).header("Retry-After", notNullValue())
        .header("RateLimit-Remaining", "0");
    // a person's session is not limited here (the login throttle guards passwords), nor are other clients
    as(w.token(Role.CAMAT)).get(path).then().statusCode(200).header("RateLimit-Limit", equalTo(null));
    as(token(serviceAccount(w.kabupatenId(), List.of("forms:read")))).get(path).then().statusCode(200);
  }
}
