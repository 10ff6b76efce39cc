package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An access token lives no longer than its login, and approvals need two pairs of eyes. */
@QuarkusTest
class SessionsAndDutiesTest extends ApiTest {

  private static Response login(AppUser user) {
    return anonymous().header("X-Forwarded-For", "10.30." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250))
        .body(Map.of("username", user.username, "password", Fixtures.PASSWORD)).post("/api/v1/auth/login");
  }

  @Test
  void logoutEndsTheAccessTokenOfThatLoginAtOnce() {
    Response login = login(Fixtures.world().user(Role.CAMAT));
    String access = login.path("accessToken");
    as(access).get("/api/v1/me").then().statusCode(200);
    anonymous().body(Map.of("refreshToken", login.path("refreshToken"))).post("/api/v1/auth/logout").then()
        .statusCode(204);
    as(access).get("/api/v1/me").then().statusCode(401).contentType(PROBLEM);
  }

  @Test
  void aReusedRefreshTokenEndsTheAccessTokensOfItsLogin() {
    Response login = login(Fixtures.world().user(Role.SEKCAM));
    String first = login.path("refreshToken");
    String access = anonymous().body(Map.of("refreshToken", first)).post("/api/v1/auth/refresh").then()
        .statusCode(200).extract().path("accessToken");
    as(access).get("/api/v1/me").then().statusCode(200);
    anonymous().body(Map.of("refreshToken", first)).post("/api/v1/auth/refresh").then().statusCode(401);
    as(access).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void aPasswordResetEndsTheUsersLogins() {
    World w = Fixtures.world();
    String access = login(w.user(Role.KASI)).path("accessToken");
    as(w.token(Role.ADMIN)).body(Map.of("newPassword", "sandi-baru-direset-1"))
        .put("/api/v1/users/" + w.user(Role.KASI).id + "/password").then().statusCode(204);
    as(access).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void aTokenIssuedInTheFutureOrLivingLongerThanThisApiIssuesIsRefused() {
    AppUser user = Fixtures.world().user(Role.CAMAT);
    long now = Instant.now().getEpochSecond();
    String future = Jwt.upn(user.username).subject(String.valueOf(user.id)).issuer("alur-kinerja")
        .audience("alur-kinerja-api").issuedAt(now + 3600).expiresAt(now + 4000).sign();
    as(future).get("/api/v1/me").then().statusCode(401);
    String tooLong = Jwt.upn(user.username).subject(String.valueOf(user.id)).issuer("alur-kinerja")
        .audience("alur-kinerja-api").issuedAt(now).expiresAt(now + 30 * 24 * 3600).sign();
    as(tooLong).get("/api/v1/me").then().statusCode(401);
    as(Fixtures.token(user)).get("/api/v1/me").then().statusCode(200);
  }

  @Test
  void anAdministratorGivesNoOfficialRoleOrActingPostToThemselves() {
    World w = Fixtures.world();
    AppUser admin = w.user(Role.ADMIN);
    String token = w.token(Role.ADMIN);
    String etag = as(token).get("/api/v1/users/" + admin.id).then().statusCode(200).extract().header("ETag");
    as(token).header("If-Match", etag).body(Map.of("fullName", admin.fullName, "employment", "NON_ASN",
            "jabatan", "Administrator", "roles", List.of("ADMIN", "CAMAT"), "active", true))
        .put("/api/v1/users/" + admin.id).then().statusCode(422);
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    as(token).body(Map.of("kind", "PLH", "role", "CAMAT", "startsOn", today.toString(),
            "endsOn", today.plusDays(3).toString(), "basis", "Sprint 1"))
        .post("/api/v1/users/" + admin.id + "/acting-assignments").then().statusCode(422);
    as(token).get("/api/v1/users/" + admin.id).then().body("roles", equalTo(List.of("ADMIN")));
  }

  @Test
  void theOfficialWhoGaveTheParafDoesNotAlsoSignTheSameVersionEvenAsPlhCamat() {
    World w = Fixtures.world();
    LocalDate today = LocalDate.now(ZoneId.of("Asia/Jakarta"));
    AppUser sekcam = w.user(Role.SEKCAM);
    as(w.token(Role.ADMIN)).body(Map.of("kind", "PLH", "role", "CAMAT", "startsOn", today.toString(),
            "endsOn", today.plusDays(3).toString(), "basis", "Sprint 800/5/2026"))
        .post("/api/v1/users/" + sekcam.id + "/acting-assignments").then().statusCode(201);
    long form = FormWorkflowTest.newForm(w, 2026);
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    String sha = FormWorkflowTest.throughParaf(w, form); // the Sekcam gave the paraf
    as(w.token(Role.SEKCAM)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + form + "/signatures").then().statusCode(403).contentType(PROBLEM)
        .body("context.verb", equalTo("form.sign"));
    as(w.token(Role.CAMAT)).body(FormWorkflowTest.approval("APPROVE", sha, null))
        .post("/api/v1/forms/" + form + "/signatures").then().statusCode(200).body("state", equalTo("SIGNED"));
  }
}
