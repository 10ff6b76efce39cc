package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What must hold when many requests arrive at once: nothing done twice, no limit overrun, no 500. */
@QuarkusTest
class ConcurrencyTest extends ApiTest {

  private static List<Response> atOnce(int n, IntFunction<Response> call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Callable<Response>> calls = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int k = i;
        calls.add(() -> call.apply(k));
      }
      List<Response> responses = new ArrayList<>();
      for (Future<Response> f : pool.invokeAll(calls)) {
        responses.add(f.get());
      }
      return responses;
    } finally {
      pool.shutdown();
    }
  }

  private static Map<Integer, Long> statuses(List<Response> responses) {
    return responses.stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
  }

  @Test
  void twentyRequestsWithOneIdempotencyKeyTakeOneLetterNumber() throws Exception {
    World w = Fixtures.world();
    String arsip = w.token(Role.ARSIP);
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/letter-numbers";
    List<Response> answers = atOnce(20, i -> as(arsip).header("Idempotency-Key", "undangan-1")
        .body(Map.of("subject", "Surat undangan")).post(path));
    assertEquals(Map.of(201, 20L), statuses(answers));
    assertEquals(1, answers.stream().map(r -> r.jsonPath().getString("number")).distinct().count());
    assertEquals(19, answers.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
    assertEquals(1, as(arsip).get(path).then().extract().jsonPath().getList("seq").size());
  }

  @Test
  void twentyConcurrentWrongPasswordsForOneAccountAreCountedOneByOne() throws Exception {
    World w = Fixtures.world();
    String username = w.user(Role.CAMAT).username;
    List<Response> answers = atOnce(20, i -> anonymous().header("X-Forwarded-For", "10.20.0." + i)
        .body(Map.of("username", username, "password", "salah-sandi-" + i)).post("/api/v1/auth/login"));
    assertEquals(Map.of(401, 5L, 429, 15L), statuses(answers));
  }

  @Test
  void theUsernameAndTheNipOfOneAccountShareOneCounter() {
    World w = Fixtures.world();
    String nip = "198507152010011" + (100 + (int) (Math.random() * 800));
    String username = Fixtures.unique("pns");
    as(w.token(Role.ADMIN)).body(Map.of("username", username, "password", "sandi-awal-panjang",
            "fullName", "Pegawai Uji", "employment", "PNS", "nip", nip, "jabatan", "Kepala Seksi",
            "unitId", w.seksiUnitId(), "roles", List.of("KASI")))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/users").then().statusCode(201);
    for (int i = 0; i < 5; i++) {
      anonymous().header("X-Forwarded-For", "10.21.0." + i)
          .body(Map.of("username", i % 2 == 0 ? username : nip, "password", "salah-sandi-x")).post("/api/v1/auth/login")
          .then().statusCode(401);
    }
    anonymous().header("X-Forwarded-For", "10.21.1.1").body(Map.of("username", nip, "password", "sandi-awal-panjang"))
        .post("/api/v1/auth/login").then().statusCode(429);
  }

  @Test
  void aClientCannotChooseItsAddressBySendingForwardedForItself() {
    String client = "10.22." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);
    // behind the trusted proxy (the test client), the right-most untrusted hop is the client
    for (int i = 0; i < 20; i++) {
      anonymous().header("X-Forwarded-For", "203.0.113." + i + ", " + client)
          .body(Map.of("username", Fixtures.unique("tidakada"), "password", "salah-sandi-x"))
          .post("/api/v1/auth/login").then().statusCode(401);
    }
    anonymous().header("X-Forwarded-For", "198.51.100.7, " + client)
        .body(Map.of("username", Fixtures.unique("tidakada"), "password", "salah-sandi-x"))
        .post("/api/v1/auth/login").then().statusCode(429);
  }

  @Test
  void twoConcurrentPltCamatAppointmentsForOneMonthLeaveOne() throws Exception {
    World w = Fixtures.world();
    String admin = w.token(Role.ADMIN);
    LocalDate from = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusMonths(2).withDayOfMonth(1);
    List<Long> candidates = List.of(w.user(Role.SEKCAM).id, w.user(Role.ARSIP).id);
    List<Response> answers = atOnce(2, i -> as(admin).body(Map.of("kind", "PLT", "role", "CAMAT",
            "startsOn", from.toString(), "endsOn", from.plusDays(27).toString(), "basis", "Sprint 800/" + i))
        .post("/api/v1/users/" + candidates.get(i) + "/acting-assignments"));
    assertEquals(Map.of(201, 1L, 409, 1L), statuses(answers));
  }

  @Test
  void concurrentCreationsOfOneCycleYearAnswerConflictNotServerError() throws Exception {
    World w = Fixtures.world();
    String staf = w.token(Role.STAF);
    List<Response> answers = atOnce(8, i -> as(staf).body(Map.of("kecamatanId", w.kecamatanId(), "year", 2040))
        .post("/api/v1/cycles"));
    assertEquals(Map.of(201, 1L, 409, 7L), statuses(answers));
  }

  @Test
  void aUnitNameThatDiffersOnlyByAccentOrCaseIsAlreadyUsed() {
    World w = Fixtures.world();
    String path = "/api/v1/kecamatan/" + w.kecamatanId() + "/units";
    as(w.token(Role.ADMIN)).body(Map.of("code", Fixtures.unique("X"), "name", "seksi pemerintahan", "kind", "SEKSI",
        "reporting", true)).post(path).then().statusCode(400);
    as(w.token(Role.ADMIN)).body(Map.of("code", Fixtures.unique("X"), "name", "Seksi Pemérintahan", "kind", "SEKSI",
        "reporting", true)).post(path).then().statusCode(400);
  }
}
