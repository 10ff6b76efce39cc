package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.ScopeLevel;
import id.alurkinerja.access.Verb;
import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The role x verb x scope matrix, through HTTP: every role of the kecamatan, the same roles of a
 * neighbouring kecamatan, and of another kabupaten. Grows with every feature.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApiTest {

  private World home;
  private World neighbour;
  private World elsewhere;

  @BeforeAll
  void worlds() {
    home = Fixtures.world();
    neighbour = Fixtures.neighbourOf(home);
    elsewhere = Fixtures.world();
  }

  private static final Set<Role> USER_READERS = EnumSet.of(Role.ADMIN, Role.SEKCAM, Role.CAMAT, Role.KABUPATEN);

  private static Map<String, Object> unit(String code) {
    return Map.of("code", code, "name", "Seksi " + code, "kind", "SEKSI", "reporting", true);
  }

  private static Map<String, Object> user(World w) {
    return Map.of("username", Fixtures.unique("baru"), "password", "sandi-awal-panjang",
        "fullName", "Pegawai Baru", "employment", "NON_ASN", "jabatan", "Staf",
        "unitId", w.seksiUnitId(), "roles", Set.of("STAF"));
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRoleOfTheKecamatanReadsItsUnitsButOnlyAdminManagesThem(Role role) {
    String token = home.token(role);
    String units = "/api/v1/kecamatan/" + home.kecamatanId() + "/units";
    as(token).get(units).then().statusCode(200);
    as(token).get("/api/v1/kecamatan/" + home.kecamatanId()).then().statusCode(200);
    int created = as(token).body(unit(Fixtures.unique("U"))).post(units).then().extract().statusCode();
    assertEquals(role == Role.ADMIN ? 201 : 403, created, role + " creating a unit");
    int updated = as(token).header("If-Match", "\"0\"").body(unit("PEM2"))
        .put("/api/v1/units/" + home.seksiUnitId()).then().extract().statusCode();
    assertEquals(role == Role.ADMIN ? 200 : 403, updated, role + " changing a unit");
    if (role == Role.ADMIN) { // put the unit back for the other roles' runs
      as(token).header("If-Match", "\"1\"").body(Map.of("code", "PEM", "name", "Seksi Pemerintahan",
          "kind", "SEKSI", "reporting", true)).put("/api/v1/units/" + home.seksiUnitId()).then().statusCode(200);
    }
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void onlyAdminSekcamCamatAndKabupatenReadUsersAndOnlyAdminManagesThem(Role role) {
    String token = home.token(role);
    String users = "/api/v1/kecamatan/" + home.kecamatanId() + "/users";
    int read = as(token).get(users).then().extract().statusCode();
    assertEquals(USER_READERS.contains(role) ? 200 : 403, read, role + " listing users");
    int readOne = as(token).get("/api/v1/users/" + home.user(Role.STAF).id).then().extract().statusCode();
    assertEquals(USER_READERS.contains(role) ? 200 : 403, readOne, role + " reading a user");
    int created = as(token).body(user(home)).post(users).then().extract().statusCode();
    assertEquals(role == Role.ADMIN ? 201 : 403, created, role + " creating a user");
    int reset = as(token).body(Map.of("newPassword", "sandi-baru-admin-1"))
        .put("/api/v1/users/" + home.user(Role.KASI).id + "/password").then().extract().statusCode();
    assertEquals(role == Role.ADMIN ? 204 : 403, reset, role + " resetting a password");
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void officialsOfAnotherKecamatanSeeNothingHere(Role role) {
    if (role == Role.KABUPATEN) {
      return; // a kabupaten officer of the same kabupaten may read; see the next test
    }
    String token = neighbour.token(role);
    as(token).get("/api/v1/kecamatan/" + home.kecamatanId()).then().statusCode(404).contentType(PROBLEM);
    as(token).get("/api/v1/kecamatan/" + home.kecamatanId() + "/units").then().statusCode(404);
    as(token).get("/api/v1/kecamatan/" + home.kecamatanId() + "/users").then().statusCode(404);
    as(token).get("/api/v1/units/" + home.seksiUnitId()).then().statusCode(404);
    as(token).get("/api/v1/users/" + home.user(Role.CAMAT).id).then().statusCode(404);
    as(token).body(unit(Fixtures.unique("Z"))).post("/api/v1/kecamatan/" + home.kecamatanId() + "/units")
        .then().statusCode(404);
    as(token).body(user(home)).post("/api/v1/kecamatan/" + home.kecamatanId() + "/users").then().statusCode(404);
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void officialsOfAnotherKabupatenSeeNothingHere(Role role) {
    String token = elsewhere.token(role);
    as(token).get("/api/v1/kecamatan/" + home.kecamatanId()).then().statusCode(404);
    as(token).get("/api/v1/users/" + home.user(Role.CAMAT).id).then().statusCode(404);
    as(token).get("/api/v1/kecamatan").then().statusCode(200)
        .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem((int) home.kecamatanId())));
  }

  /** Forms of {@code home} standing at each step, built once. */
  private Map<String, Long> formsAt;

  private Map<String, Long> formsAt() {
    if (formsAt == null) {
      formsAt = new java.util.HashMap<>();
      long draft = FormWorkflowTest.newForm(home, 2031);
      FormWorkflowTest.save(home, Role.STAF, draft, FormWorkflowTest.content(home, 100));
      formsAt.put("DRAFT", draft);
      long correction = FormWorkflowTest.newForm(home, 2032);
      FormWorkflowTest.save(home, Role.STAF, correction, FormWorkflowTest.content(home, 100));
      as(home.token(Role.STAF)).post("/api/v1/forms/" + correction + "/correction-requests").then().statusCode(200);
      formsAt.put("IN_CORRECTION", correction);
      long paraf = FormWorkflowTest.newForm(home, 2033);
      FormWorkflowTest.save(home, Role.STAF, paraf, FormWorkflowTest.content(home, 100));
      as(home.token(Role.STAF)).post("/api/v1/forms/" + paraf + "/correction-requests").then().statusCode(200);
      as(home.token(Role.KASUBBAG)).body(Map.of("decision", "FORWARD")).post("/api/v1/forms/" + paraf + "/corrections");
      formsAt.put("AWAITING_PARAF", paraf);
      long signature = FormWorkflowTest.newForm(home, 2034);
      FormWorkflowTest.save(home, Role.STAF, signature, FormWorkflowTest.content(home, 100));
      FormWorkflowTest.throughParaf(home, signature);
      formsAt.put("AWAITING_SIGNATURE", signature);
      formsAt.put("SIGNED", DistributionTest.signedForm(home));
    }
    return formsAt;
  }

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyFormStepIsRefusedToTheOtherRoles(Role role) {
    Map<String, Long> f = formsAt();
    String token = home.token(role);
    String sha = FormWorkflowTest.form(home, f.get("AWAITING_PARAF")).getString("contentSha256");
    String sha2 = FormWorkflowTest.form(home, f.get("AWAITING_SIGNATURE")).getString("contentSha256");
    record Attempt(Role owner, String path, Object body) {}
    List<Attempt> attempts = List.of(
        new Attempt(Role.STAF, "/api/v1/forms/" + f.get("DRAFT") + "/correction-requests", Map.of()),
        new Attempt(Role.KASUBBAG, "/api/v1/forms/" + f.get("IN_CORRECTION") + "/corrections",
            Map.of("decision", "RETURN", "reason", "uji")),
        new Attempt(Role.SEKCAM, "/api/v1/forms/" + f.get("AWAITING_PARAF") + "/parafs",
            FormWorkflowTest.approval("REFUSE", sha, "uji")),
        new Attempt(Role.CAMAT, "/api/v1/forms/" + f.get("AWAITING_SIGNATURE") + "/signatures",
            FormWorkflowTest.approval("REFUSE", sha2, "uji")),
        new Attempt(Role.ARSIP, "/api/v1/forms/" + f.get("SIGNED") + "/letter-number", Map.of()));
    for (Attempt attempt : attempts) {
      if (attempt.owner() == role) {
        continue; // the owner's own step is walked in FormWorkflowTest and the scenario test
      }
      as(token).body(attempt.body()).post(attempt.path()).then().statusCode(403);
      // the same role of the neighbouring kecamatan does not even learn the form exists
      if (role != Role.KABUPATEN) {
        as(neighbour.token(role)).body(attempt.body()).post(attempt.path()).then().statusCode(404);
      }
    }
    as(elsewhere.token(role)).get("/api/v1/forms/" + f.get("DRAFT")).then().statusCode(404);
    as(token).get("/api/v1/forms/" + f.get("DRAFT")).then().statusCode(role == Role.ADMIN ? 403 : 200);
  }

  /** Recaps of {@code home}'s verified data standing at each of steps 8-11, built once. */
  private Map<String, Long> recapsAt;

  private Map<String, Long> recapsAt() {
    if (recapsAt == null) {
      recapsAt = new java.util.HashMap<>();
      for (String state : List.of("DRAFT", "AWAITING_VALIDATION", "AWAITING_PARAF", "AWAITING_SIGNATURE")) {
        World w = Fixtures.world();
        long form = SubmissionWorkflowTest.dispatchedForm(w, true);
        long recap = RecapTestSupport.verifiedRecap(w, form);
        RecapTestSupport.advance(w, recap, state);
        recapsAt.put(state, recap);
        recapWorlds.put(state, w);
      }
    }
    return recapsAt;
  }

  private final Map<String, World> recapWorlds = new java.util.HashMap<>();

  @ParameterizedTest
  @EnumSource(Role.class)
  void everyRecapStepIsRefusedToTheOtherRoles(Role role) {
    Map<String, Long> r = recapsAt();
    record Attempt(Role owner, String state, String path, Object body) {}
    List<Attempt> attempts = List.of(
        new Attempt(Role.STAF, "DRAFT", "/validation-requests", Map.of()),
        new Attempt(Role.KASUBBAG, "AWAITING_VALIDATION", "/validations",
            Map.of("decision", "RETURN", "contentSha256", "0".repeat(64), "reason", "uji")),
        new Attempt(Role.SEKCAM, "AWAITING_PARAF", "/parafs", FormWorkflowTest.approval("REFUSE", "0".repeat(64), "uji")),
        new Attempt(Role.CAMAT, "AWAITING_SIGNATURE", "/signatures",
            FormWorkflowTest.approval("REFUSE", "0".repeat(64), "uji")));
    for (Attempt attempt : attempts) {
      World w = recapWorlds.get(attempt.state());
      String path = "/api/v1/recaps/" + r.get(attempt.state()) + attempt.path();
      if (attempt.owner() != role) {
        as(w.token(role)).body(attempt.body()).post(path).then().statusCode(403);
      }
      if (role != Role.KABUPATEN) {
        as(home.token(role)).body(attempt.body()).post(path).then().statusCode(404);
      }
      as(w.token(role)).get("/api/v1/recaps/" + r.get(attempt.state())).then()
          .statusCode(role == Role.ADMIN ? 403 : 200);
    }
  }

  @Test
  void kabupatenOfficerReadsEveryKecamatanOfItsKabupatenButWritesNothing() {
    String token = home.token(Role.KABUPATEN);
    as(token).get("/api/v1/kecamatan").then().statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItems((int) home.kecamatanId(), (int) neighbour.kecamatanId()));
    as(token).get("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/users").then().statusCode(200);
    as(token).body(unit(Fixtures.unique("K"))).post("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/units")
        .then().statusCode(403);
  }

  @Test
  void kabupatenAdminManagesEveryKecamatanOfItsKabupatenOnly() {
    String token = Fixtures.token(Fixtures.kabupatenUser(home.kabupatenId(), Role.ADMIN));
    as(token).body(unit(Fixtures.unique("KA"))).post("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/units")
        .then().statusCode(201);
    as(token).body(user(home)).post("/api/v1/kecamatan/" + home.kecamatanId() + "/users").then().statusCode(201);
    as(token).body(unit(Fixtures.unique("KA"))).post("/api/v1/kecamatan/" + elsewhere.kecamatanId() + "/units")
        .then().statusCode(404);
  }

  @Test
  void theSopStepsBelongToTheirPelaksana() {
    // steps 1, 2, 5, 8, 9 belong to the unit pengelola data kinerja
    assertEquals(ScopeLevel.PENGELOLA, RolePolicy.level(Role.STAF, Verb.FORM_CREATE).orElseThrow());
    assertEquals(ScopeLevel.PENGELOLA, RolePolicy.level(Role.KASUBBAG, Verb.FORM_CORRECT).orElseThrow());
    assertEquals(ScopeLevel.PENGELOLA, RolePolicy.level(Role.STAF, Verb.RECAP_EDIT).orElseThrow());
    assertEquals(ScopeLevel.PENGELOLA, RolePolicy.level(Role.KASUBBAG, Verb.RECAP_VALIDATE).orElseThrow());
    for (Role role : Role.values()) {
      assertEquals(role == Role.SEKCAM, RolePolicy.level(role, Verb.FORM_PARAF).isPresent(), role + " paraf");
      assertEquals(role == Role.CAMAT, RolePolicy.level(role, Verb.FORM_SIGN).isPresent(), role + " sign");
      assertEquals(role == Role.CAMAT, RolePolicy.level(role, Verb.RECAP_SIGN).isPresent(), role + " sign");
      assertEquals(role == Role.SEKCAM, RolePolicy.level(role, Verb.SUBMISSION_VERIFY).isPresent(), role + " verify");
      assertEquals(role == Role.ARSIP, RolePolicy.level(role, Verb.LETTER_NUMBER).isPresent(), role + " number");
    }
    for (Verb verb : RolePolicy.verbsOf(Role.KABUPATEN).keySet()) {
      assertTrue(verb.code().endsWith(".read"), "KABUPATEN only reads, but holds " + verb.code());
    }
    assertFalse(RolePolicy.level(Role.ADMIN, Verb.FORM_SIGN).isPresent(), "ADMIN signs nothing");
  }

  @Test
  void stafOfAReportingUnitDoesNotDraftTheFormButThePengelolaStafDoes() {
    String admin = home.token(Role.ADMIN);
    var seksiStaf = as(admin).body(user(home)).post("/api/v1/kecamatan/" + home.kecamatanId() + "/users")
        .then().statusCode(201).extract();
    id.alurkinerja.identity.AppUser seksiUser = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
        .call(() -> id.alurkinerja.identity.AppUser.findById(((Number) seksiStaf.path("id")).longValue()));
    as(Fixtures.token(seksiUser)).get("/api/v1/me").then().statusCode(200)
        .body("verbs", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("form.create")));
    as(home.token(Role.STAF)).get("/api/v1/kecamatan/" + home.kecamatanId()).then().statusCode(200)
        .body("verbs", org.hamcrest.Matchers.hasItem("form.create"));
  }
}
