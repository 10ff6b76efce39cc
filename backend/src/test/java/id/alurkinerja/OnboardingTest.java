package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.onboarding.AdminBootstrap;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A production install from nothing: the bootstrap makes the first kabupaten ADMIN, who opens a
 * kecamatan with its first ADMIN and manages the kabupaten's officers.
 */
@QuarkusTest
class OnboardingTest extends ApiTest {

  @Inject AdminBootstrap bootstrap;

  private static String login(String username, String password) {
    return anonymous().header("X-Forwarded-For", "10.77." + (int) (Math.random() * 250) + ".1")
        .body(Map.of("username", username, "password", password))
        .post("/api/v1/auth/login").then().statusCode(200).extract().path("accessToken");
  }

  @Test
  void theBootstrapMakesTheFirstKabupatenAdminOnceAndNeverResetsItsPassword() {
    String code = Fixtures.unique("B");
    String username = Fixtures.unique("admin.kab");
    var settings = new AdminBootstrap.Settings(username, "sandi-awal-kabupaten", "Admin Uji", null, code,
        "Kabupaten " + code);
    assertEquals(AdminBootstrap.Outcome.CREATED, bootstrap.ensure(settings));
    String token = login(username, "sandi-awal-kabupaten");
    long kabupatenId = QuarkusTransaction.requiringNew().call(() -> Kabupaten.findByCode(code).id);
    as(token).get("/api/v1/me").then().statusCode(200).body("user.kecamatanId", equalTo(null))
        .body("user.roles", equalTo(java.util.List.of("ADMIN"))).body("verbs", hasItem("kecamatan.manage"));
    as(token).get("/api/v1/kabupaten/" + kabupatenId + "/users").then().statusCode(200)
        .body("items.username", hasItem(username)).body("items[0].roles", hasItem("ADMIN"));

    var again = new AdminBootstrap.Settings(username, "sandi-lain-sekali", "Admin Uji", null, code, null);
    assertEquals(AdminBootstrap.Outcome.ALREADY_THERE, bootstrap.ensure(again));
    login(username, "sandi-awal-kabupaten"); // the first password still stands
    assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AppUser.count("username", username)));
  }

  @Test
  void aBootstrapWithAWeakPasswordOrAnUnnamedNewKabupatenRefusesToStart() {
    var weak = new AdminBootstrap.Settings(Fixtures.unique("admin.kab"), "pendek", "Admin", null,
        Fixtures.unique("B"), "Kabupaten Uji");
    assertThrows(IllegalStateException.class, () -> bootstrap.ensure(weak));
    String code = Fixtures.unique("B");
    var unnamed = new AdminBootstrap.Settings(Fixtures.unique("admin.kab"), "sandi-awal-kabupaten", "Admin",
        null, code, null);
    assertThrows(IllegalStateException.class, () -> bootstrap.ensure(unnamed));
    assertEquals(null, QuarkusTransaction.requiringNew().call(() -> Kabupaten.findByCode(code)));
  }

  static Map<String, Object> kecamatan(long kabupatenId, String adminUsername) {
    Map<String, Object> admin = new HashMap<>(Map.of("username", adminUsername, "password", "sandi-admin-kecamatan",
        "fullName", "Admin Kecamatan Baru", "employment", "NON_ASN", "jabatan", "Pranata Komputer"));
    return new HashMap<>(Map.of("kabupatenId", kabupatenId, "code", Fixtures.unique("33.11."), "name",
        Fixtures.unique("Nguter "), "admin", admin));
  }

  @Test
  @SuppressWarnings("unchecked")
  void aKabupatenAdminOpensAKecamatanWhoseFirstAdminSetsItUp() {
    World w = Fixtures.world();
    String kabAdmin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    String adminName = Fixtures.unique("admin.kec");
    var body = kecamatan(w.kabupatenId(), adminName);
    var made = as(kabAdmin).body(body).post("/api/v1/kecamatan").then().statusCode(201)
        .header("Location", notNullValue())
        .body("kecamatan.name", equalTo(body.get("name"))).body("kecamatan.timeZone", equalTo("Asia/Jakarta"))
        .body("admin.roles", equalTo(java.util.List.of("ADMIN"))).body("sopVersionId", notNullValue())
        .extract().jsonPath();
    long kecamatanId = made.getLong("kecamatan.id");
    // the SOP of the new kecamatan is version 1, from the template
    as(kabAdmin).get("/api/v1/sop/versions/" + made.getLong("sopVersionId")).then().statusCode(200)
        .body("version", equalTo(1)).body("kecamatanId", equalTo((int) kecamatanId));
    // its first ADMIN logs in and adds a unit, which the kabupaten officer then sees
    String admin = login(adminName, "sandi-admin-kecamatan");
    as(admin).body(Map.of("code", "PERKEU", "name", "Subbag Perencanaan dan Keuangan", "kind", "SUBBAG",
        "reporting", true)).post("/api/v1/kecamatan/" + kecamatanId + "/units").then().statusCode(201);
    as(w.token(Role.KABUPATEN)).get("/api/v1/kecamatan/" + kecamatanId + "/units").then().statusCode(200)
        .body("name", hasItem("Subbag Perencanaan dan Keuangan"));
    // the same code again is a conflict, and changes nothing
    var twice = kecamatan(w.kabupatenId(), Fixtures.unique("admin.kec"));
    twice.put("code", body.get("code"));
    as(kabAdmin).body(twice).post("/api/v1/kecamatan").then().statusCode(409).contentType(PROBLEM)
        .body("errors[0].field", equalTo("code"));
    var badZone = kecamatan(w.kabupatenId(), Fixtures.unique("admin.kec"));
    badZone.put("timeZone", "Europe/Berlin");
    as(kabAdmin).body(badZone).post("/api/v1/kecamatan").then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    var weakAdmin = kecamatan(w.kabupatenId(), Fixtures.unique("admin.kec"));
    ((Map<String, Object>) weakAdmin.get("admin")).put("password", "pendek");
    as(kabAdmin).body(weakAdmin).post("/api/v1/kecamatan").then().statusCode(400)
        .body("errors[0].field", equalTo("password"));
    // nothing of the refused ones was made, not even half
    long count = QuarkusTransaction.requiringNew().call(() -> id.alurkinerja.org.Kecamatan.count("kabupatenId",
        w.kabupatenId()));
    assertEquals(2L, count);
  }

  @Test
  void onlyTheKabupatenAdminOfThatKabupatenOpensKecamatan() {
    World w = Fixtures.world();
    var body = kecamatan(w.kabupatenId(), Fixtures.unique("admin.kec"));
    as(w.token(Role.ADMIN)).body(body).post("/api/v1/kecamatan").then().statusCode(403).contentType(PROBLEM);
    as(w.token(Role.KABUPATEN)).body(body).post("/api/v1/kecamatan").then().statusCode(403);
    as(w.token(Role.CAMAT)).body(body).post("/api/v1/kecamatan").then().statusCode(403);
    World elsewhere = Fixtures.world();
    String otherAdmin = Fixtures.token(Fixtures.kabupatenUser(elsewhere.kabupatenId(), Role.ADMIN));
    as(otherAdmin).body(body).post("/api/v1/kecamatan").then().statusCode(404).contentType(PROBLEM);
    body.put("kabupatenId", 987654321L);
    as(otherAdmin).body(body).post("/api/v1/kecamatan").then().statusCode(404);
  }

  @Test
  void aKabupatenAdminManagesTheKabupatensOfficers() {
    World w = Fixtures.world();
    String kabAdmin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    String path = "/api/v1/kabupaten/" + w.kabupatenId() + "/users";
    Map<String, Object> officer = new HashMap<>(Map.of("username", Fixtures.unique("bagor"), "password",
        "sandi-petugas-kabupaten", "fullName", "Analis Bagian Organisasi", "employment", "NON_ASN",
        "jabatan", "Analis Kinerja", "roles", Set.of("KABUPATEN")));
    long id = ((Number) as(kabAdmin).body(officer).post(path).then().statusCode(201)
        .body("kecamatanId", equalTo(null)).body("roles", hasItem("KABUPATEN")).extract().path("id")).longValue();
    String officerToken = login((String) officer.get("username"), "sandi-petugas-kabupaten");
    as(officerToken).get("/api/v1/kecamatan/" + w.kecamatanId()).then().statusCode(200);
    // a kecamatan position at the kabupaten, or a unit, is refused
    var staf = new HashMap<>(officer);
    staf.put("username", Fixtures.unique("bagor"));
    staf.put("roles", Set.of("STAF"));
    as(kabAdmin).body(staf).post(path).then().statusCode(400).body("errors[0].field", equalTo("roles"));
    var withUnit = new HashMap<>(officer);
    withUnit.put("username", Fixtures.unique("bagor"));
    withUnit.put("unitId", w.seksiUnitId());
    as(kabAdmin).body(withUnit).post(path).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    // the officer is deactivated like any user, and cannot manage users
    as(officerToken).body(officer).post(path).then().statusCode(403);
    as(w.token(Role.ADMIN)).body(officer).post(path).then().statusCode(403);
    as(w.token(Role.ADMIN)).get(path).then().statusCode(403);
    String etag = as(kabAdmin).get("/api/v1/users/" + id).then().statusCode(200).extract().header("ETag");
    Map<String, Object> update = new HashMap<>(Map.of("fullName", "Analis Bagian Organisasi", "employment", "NON_ASN",
        "jabatan", "Analis Kinerja", "roles", Set.of("KABUPATEN"), "active", false));
    as(kabAdmin).header("If-Match", etag).body(update).put("/api/v1/users/" + id).then().statusCode(200)
        .body("active", equalTo(false));
    as(officerToken).get("/api/v1/kecamatan/" + w.kecamatanId()).then().statusCode(401);
    World elsewhere = Fixtures.world();
    as(Fixtures.token(Fixtures.kabupatenUser(elsewhere.kabupatenId(), Role.ADMIN))).get(path).then().statusCode(404);
  }
}
