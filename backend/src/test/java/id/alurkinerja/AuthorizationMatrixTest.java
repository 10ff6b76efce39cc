package id.alurkinerja;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import id.alurkinerja.access.Role;
import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.ScopeLevel;
import id.alurkinerja.access.Verb;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The role x verb x scope matrix, generated from {@link RolePolicy}: for every role and every verb,
 * an official of the own unit, of another unit, of a neighbouring kecamatan and of another
 * kabupaten asks through HTTP for what needs exactly that verb. What the policy grants answers its
 * success; a visible object without the verb 403; an object out of sight 404.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends ApiTest {

  /** Where the asking official stands, relative to the object (which lives in home's seksi or kecamatan). */
  enum Scope { OWN_UNIT, OTHER_UNIT, OTHER_KECAMATAN, OTHER_KABUPATEN }

  enum Outcome { ALLOWED, FORBIDDEN, NOT_FOUND }

  /**
   * A request that needs {@code verbs} (all of them; or, with {@code anyOf}, one of them) on an
   * object in home's seksi ({@code unitLevel}) or kecamatan, and the status it answers when allowed.
   */
  record Probe(Verb verb, Set<Verb> needs, boolean anyOf, boolean unitLevel, int allowedStatus,
      ToIntFunction<String> call, boolean kabupatenLevel) {
    Probe(Verb verb, Set<Verb> needs, boolean anyOf, boolean unitLevel, int allowedStatus, ToIntFunction<String> call) {
      this(verb, needs, anyOf, unitLevel, allowedStatus, call, false);
    }
  }

  private World home;
  private World neighbour;
  private World elsewhere;
  private final Map<Scope, Map<Role, String>> tokens = new EnumMap<>(Scope.class);
  private final Map<Verb, Probe> probes = new EnumMap<>(Verb.class);
  /** Further endpoints of a verb already probed, walked through the same matrix. */
  private final List<Probe> moreProbes = new ArrayList<>();

  @BeforeAll
  void worldsAndObjects() {
    home = Fixtures.world();
    neighbour = Fixtures.neighbourOf(home);
    elsewhere = Fixtures.world();
    tokens.put(Scope.OWN_UNIT, placed(home, home.seksiUnitId()));
    tokens.put(Scope.OTHER_UNIT, placed(home, home.pengelolaUnitId()));
    tokens.put(Scope.OTHER_KECAMATAN, placed(neighbour, neighbour.seksiUnitId()));
    tokens.put(Scope.OTHER_KABUPATEN, placed(elsewhere, elsewhere.seksiUnitId()));
  }

  /** Each role's official placed in {@code unitId} where the role has a unit, else without one. */
  private static Map<Role, String> placed(World w, long unitId) {
    Map<Role, String> byRole = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      boolean unitRole = role == Role.STAF || role == Role.KASUBBAG || role == Role.KASI;
      AppUser defaultUser = w.user(role);
      byRole.put(role, !unitRole || unitId == defaultUser.unitId ? w.token(role)
          : Fixtures.token(Fixtures.member(w, role, unitId)));
    }
    return byRole;
  }

  /** What {@link RolePolicy} says {@code role} at {@code scope} may do with {@code verb}. */
  static Outcome expected(Role role, Scope scope, Set<Verb> needs, boolean anyOf, boolean unitLevel) {
    return expected(role, scope, needs, anyOf, unitLevel, false);
  }

  /** With {@code kabupatenLevel}, the object is the kabupaten itself, which its kecamatan's officials see. */
  static Outcome expected(Role role, Scope scope, Set<Verb> needs, boolean anyOf, boolean unitLevel,
      boolean kabupatenLevel) {
    boolean kabupatenWide = role == Role.KABUPATEN; // its officer holds no kecamatan
    boolean sameKabupaten = scope != Scope.OTHER_KABUPATEN;
    boolean sameKecamatan = scope == Scope.OWN_UNIT || scope == Scope.OTHER_UNIT;
    boolean sees = kabupatenWide || kabupatenLevel ? sameKabupaten : sameKecamatan;
    boolean inPengelola = scope == Scope.OTHER_UNIT; // home's other unit is its unit pengelola
    boolean inObjectsUnit = scope == Scope.OWN_UNIT;
    java.util.function.Predicate<Verb> granted = verb -> RolePolicy.level(role, verb).map(level -> switch (level) {
      case KABUPATEN -> sameKabupaten;
      case KABUPATEN_OFFICE -> false; // only a position without kecamatan; the matrix's officials all hold one
      case KECAMATAN -> kabupatenWide ? sameKabupaten : sameKecamatan;
      case PENGELOLA -> !kabupatenWide && sameKecamatan && inPengelola;
      case UNIT -> !kabupatenWide && unitLevel && inObjectsUnit && hasUnit(role);
    }).orElse(false);
    boolean allowed = anyOf ? needs.stream().anyMatch(granted) : needs.stream().allMatch(granted);
    return allowed ? Outcome.ALLOWED : sees ? Outcome.FORBIDDEN : Outcome.NOT_FOUND;
  }

  private static boolean hasUnit(Role role) {
    return role == Role.STAF || role == Role.KASUBBAG || role == Role.KASI;
  }

  @TestFactory
  List<DynamicTest> everyRoleTimesEveryVerbTimesEveryScope() {
    defineProbes(); // through HTTP, so not before the app listens
    assertEquals(EnumSet.allOf(Verb.class), probes.keySet(), "every verb needs its probe");
    List<DynamicTest> tests = new ArrayList<>();
    List<Probe> all = new ArrayList<>(probes.values());
    all.addAll(moreProbes);
    for (Probe probe : all) {
      for (Role role : Role.values()) {
        for (Scope scope : Scope.values()) {
          Outcome outcome = expected(role, scope, probe.needs(), probe.anyOf(), probe.unitLevel(),
              probe.kabupatenLevel());
          int status = switch (outcome) {
            case ALLOWED -> probe.allowedStatus();
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
          };
          tests.add(dynamicTest(role + " " + probe.verb().code() + " " + scope + " -> " + outcome, () ->
              assertEquals(status, probe.call().applyAsInt(tokens.get(scope).get(role)),
                  role + " at " + scope + " asking for " + probe.verb().code())));
        }
      }
    }
    return tests;
  }

  @Test
  void theMatrixReachesEveryOutcomeForEveryScope() {
    if (probes.isEmpty()) {
      defineProbes();
    }
    // a matrix that only ever expected 403 would pass without checking the grants
    Map<Outcome, Long> outcomes = probes.values().stream().flatMap(p -> Arrays.stream(Role.values())
            .flatMap(r -> Arrays.stream(Scope.values()).map(s -> expected(r, s, p.needs(), p.anyOf(), p.unitLevel(),
                p.kabupatenLevel()))))
        .collect(Collectors.groupingBy(o -> o, Collectors.counting()));
    assertEquals(EnumSet.allOf(Outcome.class), outcomes.keySet(), outcomes.toString());
    assertEquals(Outcome.ALLOWED, expected(Role.KASI, Scope.OWN_UNIT, Set.of(Verb.SUBMISSION_SUBMIT), false, true));
    assertEquals(Outcome.FORBIDDEN, expected(Role.KASI, Scope.OTHER_UNIT, Set.of(Verb.SUBMISSION_SUBMIT), false, true));
    assertEquals(Outcome.FORBIDDEN, expected(Role.STAF, Scope.OWN_UNIT, Set.of(Verb.FORM_CREATE), false, false));
    assertEquals(Outcome.ALLOWED, expected(Role.STAF, Scope.OTHER_UNIT, Set.of(Verb.FORM_CREATE), false, false));
    assertEquals(Outcome.NOT_FOUND, expected(Role.CAMAT, Scope.OTHER_KECAMATAN, Set.of(Verb.FORM_SIGN), false, false));
    assertEquals(Outcome.FORBIDDEN, expected(Role.KABUPATEN, Scope.OTHER_KECAMATAN, Set.of(Verb.FORM_SIGN), false,
        false));
  }

  private void probe(Verb verb, int allowedStatus, boolean unitLevel, ToIntFunction<String> call, Verb... needs) {
    Set<Verb> all = EnumSet.of(verb, needs);
    probes.put(verb, new Probe(verb, all, false, unitLevel, allowedStatus, call));
  }

  private void defineProbes() {
    if (!probes.isEmpty()) {
      return;
    }
    String k = "/api/v1/kecamatan/" + home.kecamatanId();
    long draft = FormWorkflowTest.newForm(home, 2031);
    FormWorkflowTest.save(home, Role.STAF, draft, FormWorkflowTest.content(home, 100));
    String form = "/api/v1/forms/" + draft;
    long sent = SubmissionWorkflowTest.dispatchedForm(home, true);
    long submission = SubmissionWorkflowTest.submissionOf(home, sent, home.seksiUnitId());
    SubmissionWorkflowTest.save(home, Role.KASI, submission, SubmissionWorkflowTest.values("S1.1", 90), 200);
    as(home.token(Role.KASI)).post("/api/v1/submissions/" + submission + "/submittals").then().statusCode(200);
    String sub = "/api/v1/submissions/" + submission;
    int dispatch = as(home.token(Role.SEKCAM)).get("/api/v1/forms/" + sent + "/dispatches").then()
        .extract().path("find { it.unitId == " + home.seksiUnitId() + " }.id");
    String recap = "/api/v1/recaps/" + as(home.token(Role.STAF)).post("/api/v1/forms/" + sent + "/recaps").then()
        .statusCode(201).extract().path("id");
    Map<String, Object> stale = FormWorkflowTest.approval("APPROVE", "0".repeat(64), null);

    // the organisation and its people (kecamatan-wide)
    probe(Verb.KECAMATAN_READ, 200, false, t -> as(t).get(k).statusCode());
    probe(Verb.UNIT_READ, 200, false, t -> as(t).get(k + "/units").statusCode());
    probe(Verb.UNIT_MANAGE, 412, false, t -> as(t).header("If-Match", "\"999999\"")
        .body(Map.of("lowerIsBetterFormula", "RATIO", "capaianCap", 120)).put(k + "/kinerja-settings").statusCode(),
        Verb.KECAMATAN_READ);
    probe(Verb.USER_READ, 200, false, t -> as(t).get(k + "/users").statusCode());
    // the kabupaten's own administration: a kabupaten ADMIN's (OnboardingTest, MachineAccessTest), no one's here
    String kabupaten = "/api/v1/kabupaten/" + home.kabupatenId();
    Map<String, Object> opening = OnboardingTest.kecamatan(home.kabupatenId(), Fixtures.unique("admin.kec"));
    opening.put("code", as(home.token(Role.CAMAT)).get(k).then().extract().path("code"));
    probes.put(Verb.KECAMATAN_MANAGE, new Probe(Verb.KECAMATAN_MANAGE, EnumSet.of(Verb.KECAMATAN_MANAGE), false,
        false, 409, t -> as(t).body(opening).post("/api/v1/kecamatan").statusCode(), true));
    probes.put(Verb.CLIENT_MANAGE, new Probe(Verb.CLIENT_MANAGE, EnumSet.of(Verb.CLIENT_MANAGE), false,
        false, 200, t -> as(t).get(kabupaten + "/service-accounts").statusCode(), true));
    probes.put(Verb.WEBHOOK_MANAGE, new Probe(Verb.WEBHOOK_MANAGE, EnumSet.of(Verb.WEBHOOK_MANAGE), false,
        false, 200, t -> as(t).get(kabupaten + "/webhooks").statusCode(), true));
    probe(Verb.USER_MANAGE, 204, false, t -> as(t).body(Map.of("newPassword", "sandi-baru-matriks-1"))
        .put("/api/v1/users/" + home.user(Role.STAF).id + "/password").statusCode(), Verb.USER_READ);
    // the audit trail and its verification; the letter register is also open to its clerk
    probe(Verb.AUDIT_READ, 200, false, t -> as(t).queryParam("kecamatanId", home.kecamatanId()).get("/api/v1/audit")
        .statusCode());
    moreProbes.add(new Probe(Verb.AUDIT_READ, EnumSet.of(Verb.AUDIT_READ), false, false, 200,
        t -> as(t).get(k + "/audit/verification").statusCode()));
    moreProbes.add(new Probe(Verb.AUDIT_READ, EnumSet.of(Verb.AUDIT_READ, Verb.LETTER_NUMBER), true,
        false, 200, t -> as(t).get(k + "/letter-numbers").statusCode()));
    // steps 1-6 on a draft form: an allowed transition from the wrong state answers 409, nothing changes
    probe(Verb.FORM_READ, 200, false, t -> as(t).get(form).statusCode());
    probe(Verb.FORM_CREATE, 409, false, t -> as(t).body(Map.of("reason", "uji")).post(form + "/withdrawals")
        .statusCode(), Verb.FORM_READ);
    probe(Verb.FORM_CORRECT, 409, false, t -> as(t).body(Map.of("decision", "FORWARD")).post(form + "/corrections")
        .statusCode(), Verb.FORM_READ);
    probe(Verb.FORM_PARAF, 409, false, t -> as(t).body(stale).post(form + "/parafs").statusCode(), Verb.FORM_READ);
    probe(Verb.FORM_SIGN, 409, false, t -> as(t).body(stale).post(form + "/signatures").statusCode(), Verb.FORM_READ);
    probe(Verb.LETTER_NUMBER, 409, false, t -> as(t).body(Map.of()).post(form + "/letter-number").statusCode(),
        Verb.FORM_READ);
    probe(Verb.FORM_DISTRIBUTE, 409, false, t -> as(t).post(form + "/dispatches").statusCode(), Verb.FORM_READ);
    // step 6-7 at the seksi: its receipt is confirmed and its data submitted already
    probe(Verb.DISPATCH_RECEIVE, 409, true, t -> as(t).post("/api/v1/dispatches/" + dispatch + "/receipts")
        .statusCode());
    probe(Verb.SUBMISSION_READ, 200, true, t -> as(t).get(sub).statusCode());
    probe(Verb.SUBMISSION_EDIT, 409, true, t -> as(t).header("If-Match", etag(sub))
        .body(SubmissionWorkflowTest.values("S1.1", 91)).put(sub).statusCode(), Verb.SUBMISSION_READ);
    probe(Verb.SUBMISSION_SUBMIT, 409, true, t -> as(t).post(sub + "/submittals").statusCode(), Verb.SUBMISSION_READ);
    probe(Verb.SUBMISSION_VERIFY, 409, true, t -> as(t).body(Map.of("reason", "uji")).post(sub + "/non-submissions")
        .statusCode(), Verb.SUBMISSION_READ);
    // steps 8-11 on a recap with no unit entered yet
    probe(Verb.RECAP_READ, 200, false, t -> as(t).get(recap).statusCode());
    probe(Verb.RECAP_EDIT, 422, false, t -> as(t).post(recap + "/validation-requests").statusCode(), Verb.RECAP_READ);
    probe(Verb.RECAP_VALIDATE, 409, false, t -> as(t).body(Map.of("decision", "VALIDATE", "contentSha256",
        "0".repeat(64))).post(recap + "/validations").statusCode(), Verb.RECAP_READ);
    probe(Verb.RECAP_PARAF, 409, false, t -> as(t).body(stale).post(recap + "/parafs").statusCode(), Verb.RECAP_READ);
    probe(Verb.RECAP_SIGN, 409, false, t -> as(t).body(stale).post(recap + "/signatures").statusCode(),
        Verb.RECAP_READ);
    // the calendar, the SOP and its monitoring
    Map<String, Object> calendar = Map.of("timeZone", "Asia/Jakarta", "overrides", List.of(), "week",
        List.of(Map.of("weekday", "MONDAY", "opens", "07:30", "closes", "16:00")));
    probe(Verb.CALENDAR_MANAGE, 412, false, t -> as(t).header("If-Match", "\"999999\"").body(calendar)
        .put(k + "/calendar").statusCode(), Verb.KECAMATAN_READ);
    Map<String, Object> revision = SopRevisionTest.revision(home, "Revisi matriks");
    probe(Verb.SOP_MANAGE, 412, false, t -> as(t).header("If-Match", "\"999999\"").body(revision)
        .post(k + "/sop-versions").statusCode(), Verb.KECAMATAN_READ);
    int cycle = as(home.token(Role.STAF)).get("/api/v1/forms/" + sent).then().extract().path("cycleId");
    probe(Verb.SLA_READ, 200, false, t -> as(t).get("/api/v1/cycles/" + cycle + "/sop-monitoring").statusCode());
    probe(Verb.ARCHIVE_READ, 200, false, t -> as(t).get("/api/v1/cycles/" + cycle + "/archive").statusCode());
  }

  private String etag(String path) {
    return as(home.token(Role.SEKCAM)).get(path).then().statusCode(200).extract().header("ETag");
  }

  @Test
  void kabupatenOfficerReadsEveryKecamatanOfItsKabupatenButWritesNothing() {
    String token = home.token(Role.KABUPATEN);
    as(token).get("/api/v1/kecamatan").then().statusCode(200)
        .body("id", hasItems((int) home.kecamatanId(), (int) neighbour.kecamatanId()));
    as(token).get("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/users").then().statusCode(200);
    as(token).body(unit(Fixtures.unique("K"))).post("/api/v1/kecamatan/" + neighbour.kecamatanId() + "/units")
        .then().statusCode(403);
    as(elsewhere.token(Role.KABUPATEN)).get("/api/v1/kecamatan").then().statusCode(200)
        .body("id", not(hasItem((int) home.kecamatanId())));
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
    // the kabupaten's officers read; their only write is their webhooks (and their own API tokens, no verb)
    for (Verb verb : RolePolicy.verbsOf(Role.KABUPATEN).keySet()) {
      assertTrue(verb.code().endsWith(".read") || verb == Verb.WEBHOOK_MANAGE,
          "KABUPATEN only reads, but holds " + verb.code());
    }
    assertFalse(RolePolicy.level(Role.ADMIN, Verb.FORM_SIGN).isPresent(), "ADMIN signs nothing");
  }

  @Test
  void theVerbsTheApiListsForAnObjectAreThoseThePolicyGrants() {
    as(Fixtures.token(Fixtures.member(home, Role.STAF, home.seksiUnitId()))).get("/api/v1/me").then()
        .statusCode(200).body("verbs", not(hasItem("form.create")));
    as(home.token(Role.STAF)).get("/api/v1/kecamatan/" + home.kecamatanId()).then().statusCode(200)
        .body("verbs", hasItem("form.create"));
  }

  private static Map<String, Object> unit(String code) {
    return Map.of("code", code, "name", "Seksi " + code, "kind", "SEKSI", "reporting", true);
  }

  private static Map<String, Object> user(World w) {
    return Map.of("username", Fixtures.unique("baru"), "password", "sandi-awal-panjang",
        "fullName", "Pegawai Baru", "employment", "NON_ASN", "jabatan", "Staf",
        "unitId", w.seksiUnitId(), "roles", Set.of("STAF"));
  }
}
