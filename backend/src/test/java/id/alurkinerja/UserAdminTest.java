package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserAdminTest extends ApiTest {

  private static Map<String, Object> newUser(long unitId, String employment, String nip) {
    Map<String, Object> body = new HashMap<>(Map.of("username", Fixtures.unique("pegawai"),
        "password", "sandi-awal-panjang", "fullName", "Pegawai Uji", "employment", employment,
        "jabatan", "Kepala Seksi", "unitId", unitId, "roles", Set.of("KASI")));
    if (nip != null) {
      body.put("nip", nip);
    }
    return body;
  }

  @Test
  void adminCreatesAPnsWithAValidNipAndItCanLogIn() {
    var world = Fixtures.world();
    var body = newUser(world.seksiUnitId(), "PNS", "198507152010011" + (100 + (int) (Math.random() * 800)));
    as(world.token(Role.ADMIN)).body(body).post("/api/v1/kecamatan/" + world.kecamatanId() + "/users")
        .then().statusCode(201).header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
        .body("roles", hasItem("KASI")).body("kecamatanId", equalTo((int) world.kecamatanId()));
    anonymous().header("X-Forwarded-For", "10.9.9.9")
        .body(Map.of("username", body.get("username"), "password", "sandi-awal-panjang"))
        .post("/api/v1/auth/login").then().statusCode(200);
  }

  @Test
  void nipAndPasswordRulesAreEnforced() {
    var world = Fixtures.world();
    String path = "/api/v1/kecamatan/" + world.kecamatanId() + "/users";
    String admin = world.token(Role.ADMIN);
    as(admin).body(newUser(world.seksiUnitId(), "PNS", "12345")).post(path).then().statusCode(400)
        .body("errors[0].field", equalTo("nip"));
    as(admin).body(newUser(world.seksiUnitId(), "PNS", "198513452010011001")).post(path).then()
        .statusCode(400).body("errors[0].field", equalTo("nip")); // month 13
    as(admin).body(newUser(world.seksiUnitId(), "PNS", null)).post(path).then().statusCode(400)
        .body("errors[0].field", equalTo("nip"));
    as(admin).body(newUser(world.seksiUnitId(), "NON_ASN", "198507152010011001")).post(path).then()
        .statusCode(400).body("errors[0].field", equalTo("nip"));
    var shortPassword = newUser(world.seksiUnitId(), "NON_ASN", null);
    shortPassword.put("password", "pendek");
    as(admin).body(shortPassword).post(path).then().statusCode(400).body("errors[0].field", equalTo("password"));
    var sameAsUsername = newUser(world.seksiUnitId(), "NON_ASN", null);
    sameAsUsername.put("username", "panjangsekali" + Fixtures.unique(""));
    sameAsUsername.put("password", sameAsUsername.get("username"));
    as(admin).body(sameAsUsername).post(path).then().statusCode(400).body("errors[0].field", equalTo("password"));
    var noUnit = newUser(world.seksiUnitId(), "NON_ASN", null);
    noUnit.remove("unitId");
    as(admin).body(noUnit).post(path).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    var foreignUnit = newUser(Fixtures.world().seksiUnitId(), "NON_ASN", null);
    as(admin).body(foreignUnit).post(path).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    as(admin).get(path).then().statusCode(200).body("items.size()", equalTo(Role.values().length - 1));
  }

  @Test
  void usernameTakenIs409() {
    var world = Fixtures.world();
    var body = newUser(world.seksiUnitId(), "NON_ASN", null);
    body.put("username", world.user(Role.CAMAT).username);
    as(world.token(Role.ADMIN)).body(body).post("/api/v1/kecamatan/" + world.kecamatanId() + "/users")
        .then().statusCode(409).contentType(PROBLEM).body("errors[0].field", equalTo("username"));
  }

  @Test
  void editsNeedTheCurrentETag() {
    var world = Fixtures.world();
    String admin = world.token(Role.ADMIN);
    long userId = world.user(Role.KASI).id;
    Map<String, Object> update = Map.of("fullName", "Nama Baru", "employment", "NON_ASN",
        "jabatan", "Kepala Seksi Pemerintahan", "unitId", world.seksiUnitId(), "roles", Set.of("KASI"),
        "active", true);
    as(admin).body(update).put("/api/v1/users/" + userId).then().statusCode(428).contentType(PROBLEM);
    String etag = as(admin).get("/api/v1/users/" + userId).then().statusCode(200).extract().header("ETag");
    as(admin).header("If-Match", etag).body(update).put("/api/v1/users/" + userId).then().statusCode(200)
        .body("fullName", equalTo("Nama Baru"));
    as(admin).header("If-Match", etag).body(update).put("/api/v1/users/" + userId).then().statusCode(412)
        .contentType(PROBLEM);
  }

  @Test
  void adminCannotLockThemselvesOut() {
    var world = Fixtures.world();
    String admin = world.token(Role.ADMIN);
    long self = world.user(Role.ADMIN).id;
    String etag = as(admin).get("/api/v1/users/" + self).then().extract().header("ETag");
    as(admin).header("If-Match", etag).body(Map.of("fullName", "Admin", "employment", "NON_ASN",
            "jabatan", "Admin", "roles", Set.of("ADMIN"), "active", false))
        .put("/api/v1/users/" + self).then().statusCode(422).contentType(PROBLEM);
  }

  @Test
  void deactivationEndsSessionsAtOnce() {
    var world = Fixtures.world();
    String admin = world.token(Role.ADMIN);
    var kasi = world.user(Role.KASI);
    String refresh = anonymous().header("X-Forwarded-For", "10.8.8.8")
        .body(Map.of("username", kasi.username, "password", Fixtures.PASSWORD))
        .post("/api/v1/auth/login").then().statusCode(200).extract().path("refreshToken");
    String etag = as(admin).get("/api/v1/users/" + kasi.id).then().extract().header("ETag");
    as(admin).header("If-Match", etag).body(Map.of("fullName", "Kasi", "employment", "NON_ASN",
            "jabatan", "Kasi", "unitId", world.seksiUnitId(), "roles", Set.of("KASI"), "active", false))
        .put("/api/v1/users/" + kasi.id).then().statusCode(200).body("active", equalTo(false));
    anonymous().body(Map.of("refreshToken", refresh)).post("/api/v1/auth/refresh").then().statusCode(401);
    as(Fixtures.token(kasi)).get("/api/v1/me").then().statusCode(401);
  }

  @Test
  void plhCamatGetsTheCamatsVerbsForTheDateRangeOnly() {
    var world = Fixtures.world();
    String admin = world.token(Role.ADMIN);
    var sekcam = world.user(Role.SEKCAM);
    as(Fixtures.token(sekcam)).get("/api/v1/me").then().body("verbs", not(hasItem("form.sign")));
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta"));
    // a future assignment grants nothing yet
    as(admin).body(Map.of("kind", "PLH", "role", "CAMAT", "startsOn", today.plusDays(10).toString(),
            "endsOn", today.plusDays(12).toString()))
        .post("/api/v1/users/" + sekcam.id + "/acting-assignments").then().statusCode(201)
        .body("activeToday", equalTo(false));
    as(Fixtures.token(sekcam)).get("/api/v1/me").then().body("verbs", not(hasItem("form.sign")));
    long id = ((Number) as(admin).body(Map.of("kind", "PLH", "role", "CAMAT",
            "startsOn", today.toString(), "endsOn", today.plusDays(2).toString(), "basis", "Sprint 800/12/2026"))
        .post("/api/v1/users/" + sekcam.id + "/acting-assignments").then().statusCode(201)
        .body("title", org.hamcrest.Matchers.startsWith("Plh. Camat Kec "))
        .extract().path("id")).longValue();
    as(Fixtures.token(sekcam)).get("/api/v1/me").then().statusCode(200)
        .body("verbs", hasItem("form.sign"))
        .body("positions.title", hasItem(org.hamcrest.Matchers.startsWith("Plh. Camat")));
    // the real Camat's post cannot get a second acting official for the same days
    as(admin).body(Map.of("kind", "PLT", "role", "CAMAT", "startsOn", today.plusDays(1).toString(),
            "endsOn", today.plusDays(5).toString()))
        .post("/api/v1/users/" + world.user(Role.KASI).id + "/acting-assignments").then().statusCode(409);
    as(admin).delete("/api/v1/acting-assignments/" + id).then().statusCode(204);
    as(Fixtures.token(sekcam)).get("/api/v1/me").then().body("verbs", not(hasItem("form.sign")));
    as(world.token(Role.SEKCAM)).delete("/api/v1/acting-assignments/" + id).then().statusCode(403);
  }

  @Test
  void actingAssignmentInputIsChecked() {
    var world = Fixtures.world();
    String admin = world.token(Role.ADMIN);
    String path = "/api/v1/users/" + world.user(Role.STAF).id + "/acting-assignments";
    as(admin).body(Map.of("kind", "PLT", "role", "KASI", "startsOn", "2026-12-10", "endsOn", "2026-12-01",
        "unitId", world.seksiUnitId())).post(path).then().statusCode(400).body("errors[0].field", equalTo("endsOn"));
    as(admin).body(Map.of("kind", "PLT", "role", "KASI", "startsOn", "2026-12-01", "endsOn", "2026-12-10"))
        .post(path).then().statusCode(400).body("errors[0].field", equalTo("unitId"));
    as(admin).body(Map.of("kind", "PLT", "role", "KASI", "startsOn", "bukan-tanggal", "endsOn", "2026-12-10"))
        .post(path).then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
    as(admin).get(path).then().statusCode(200).body("size()", equalTo(0));
  }
}
