package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.Role;
import id.alurkinerja.notifications.Notification;
import id.alurkinerja.notifications.NotificationKind;
import id.alurkinerja.notifications.Notifications;
import id.alurkinerja.sla.SlaBackfill;
import id.alurkinerja.sla.SlaDocument;
import id.alurkinerja.sla.SlaWatch;
import id.alurkinerja.sla.StepTask;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures.World;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Mutu baku as live SLAs, on the pinned clock of real 2026 dates: due times when work arrives, the
 * states as the clock moves, notifications told once even by two instances, and due times that
 * follow the calendar.
 */
@QuarkusTest
class SlaTest extends ApiTest {

  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Inject SlaWatch watch;
  @Inject Notifications notifications;
  @Inject SlaBackfill backfill;

  @AfterEach
  void release() {
    TestClock.release();
  }

  static Instant wib(String local) {
    return LocalDateTime.parse(local).atZone(WIB).toInstant();
  }

  static JsonPath task(World w, Role role, long formId) {
    return as(w.token(role)).get("/api/v1/tasks").then().statusCode(200).extract().jsonPath()
        .setRootPath("find { it.formId == " + formId + " }");
  }

  @Test
  void stepOneRunsItsTenWorkingDaysOverTheImlekWeekendThenTurnsAtRiskAndOverdue() {
    World w = Fixtures.world();
    TestClock.pin(wib("2026-02-12T10:00")); // Thursday; Mon 16 cuti bersama, Tue 17 Imlek
    long form = FormWorkflowTest.newForm(w, 2026);

    JsonPath t = task(w, Role.STAF, form);
    assertEquals("ON_TIME", t.getString("sla.status"));
    assertEquals("2026-03-02T09:00:00Z", t.getString("sla.dueAt"), "day 10 is Monday 2 March, closing 16:00 WIB");
    assertEquals(4800, t.getInt("sla.budgetMinutes"));
    assertEquals(11, t.getInt("sla.workingDaysLeft"));

    TestClock.pin(wib("2026-02-27T16:00"));
    assertEquals("AT_RISK", task(w, Role.STAF, form).getString("sla.status"));
    assertEquals(90, task(w, Role.STAF, form).getInt("sla.usedPercent"));

    TestClock.pin(wib("2026-03-03T08:00"));
    assertEquals("OVERDUE", task(w, Role.STAF, form).getString("sla.status"));
    assertEquals(0, task(w, Role.STAF, form).getInt("sla.workingDaysLeft"));
  }

  @Test
  void theWatchTellsOwnersOnceAtRiskAndOnceOverdueWithTheSekcamEvenWithTwoInstances() throws Exception {
    World w = Fixtures.world();
    TestClock.pin(wib("2026-02-12T10:00"));
    long form = FormWorkflowTest.newForm(w, 2026);
    TestClock.pin(wib("2026-02-27T16:00"));
    twoInstancesWatch();
    TestClock.pin(wib("2026-03-03T08:00"));
    twoInstancesWatch();
    twoInstancesWatch();

    assertEquals(List.of(NotificationKind.TASK_AT_RISK, NotificationKind.TASK_OVERDUE), kinds(w, Role.STAF));
    StepTask claimed = QuarkusTransaction.requiringNew().call(() -> StepTask.<StepTask>find(
        "documentKind = ?1 and documentId = ?2", SlaDocument.FORM, form).firstResult());
    assertEquals(wib("2026-02-27T16:00"), claimed.atRiskNotifiedAt, "claimed by the pass that told it");
    assertEquals(wib("2026-03-03T08:00"), claimed.overdueNotifiedAt);
    long staf = w.user(Role.STAF).id;
    Notifications.Message again = new Notifications.Message(staf, w.kecamatanId(), claimed.id,
        NotificationKind.TASK_OVERDUE, "Terlambat", "lagi", null);
    assertEquals(0, QuarkusTransaction.requiringNew().call(() -> notifications.send(List.of(again))),
        "a second message for the same person, task and kind is not written");
    assertEquals(List.of(NotificationKind.OVERDUE_IN_KECAMATAN), kinds(w, Role.SEKCAM));
    assertEquals(List.of(), kinds(w, Role.KASUBBAG), "not the Kasubbag's work, and not the Sekcam");
    as(w.token(Role.STAF)).get("/api/v1/notifications").then().statusCode(200).body("unread", equalTo(2))
        .body("items[0].title", equalTo("Terlambat: Membuat draf format data kinerja dan konsep surat "
            + "pemberitahuan pengisian data"))
        .body("items[0].body", equalTo("Data Kinerja 2026 — tenggat 2 Maret 2026 16.00 WIB sudah lewat."))
        .body("items[0].link", equalTo("/formulir/" + form));
    int first = as(w.token(Role.STAF)).get("/api/v1/notifications").then().extract().path("items[0].id");
    as(w.token(Role.SEKCAM)).post("/api/v1/notifications/" + first + "/read").then().statusCode(404);
    as(w.token(Role.STAF)).post("/api/v1/notifications/" + first + "/read").then().statusCode(200)
        .body("readAt", notNullValue());
    as(w.token(Role.STAF)).get("/api/v1/notifications?unread=true").then().body("unread", equalTo(1))
        .body("items", hasSize(1));
    as(w.token(Role.STAF)).post("/api/v1/notifications/read").then().statusCode(200).body("unread", equalTo(0));
  }

  @Test
  void aReturnClosesTheStepWithItsReasonAndOpensANewRoundWhoseDueTimeFollowsTheCalendar() {
    World w = Fixtures.world();
    TestClock.pin(wib("2026-02-12T10:00"));
    long form = FormWorkflowTest.newForm(w, 2026);
    TestClock.pin(wib("2026-03-03T09:00"));
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/correction-requests").then().statusCode(200);
    assertEquals("2026-03-05T09:00:00Z", task(w, Role.KASUBBAG, form).getString("sla.dueAt"),
        "2 hari from Tuesday 09:00: Wednesday and Thursday");

    TestClock.pin(wib("2026-03-04T10:00"));
    as(w.token(Role.KASUBBAG)).body(Map.of("decision", "RETURN", "reason", "Lengkapi indikator PMD"))
        .post("/api/v1/forms/" + form + "/corrections").then().statusCode(200);
    JsonPath again = task(w, Role.STAF, form);
    assertEquals(2, again.getInt("sla.round"));
    assertEquals("2026-03-25T09:00:00Z", again.getString("sla.dueAt"),
        "10 hari from Wednesday 4 March skip Nyepi and the Idul Fitri days (18-24 March)");

    // the kecamatan closes on Monday 9 March: the open work's due time moves a day
    as(w.token(Role.ADMIN)).body(Map.of("day", "2026-03-09", "kind", "LIBUR_DAERAH", "name", "Hari Jadi Kecamatan"))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/holidays").then().statusCode(201);
    assertEquals("2026-03-26T09:00:00Z", task(w, Role.STAF, form).getString("sla.dueAt"));

    as(w.token(Role.STAF)).get("/api/v1/forms/" + form + "/timeline").then().statusCode(200)
        .body("find { it.action == 'SUBMIT_FOR_CORRECTION' }.sla.step", equalTo(1))
        .body("find { it.action == 'SUBMIT_FOR_CORRECTION' }.sla.kept", equalTo(false))
        .body("find { it.action == 'SUBMIT_FOR_CORRECTION' }.sla.elapsedMinutes", equalTo(4800 + 90))
        .body("find { it.action == 'RETURN_TO_STAF' }.sla.step", equalTo(2))
        .body("find { it.action == 'RETURN_TO_STAF' }.sla.kept", equalTo(true))
        .body("find { it.action == 'CREATE' }.sla", nullValue());

    List<Map<String, Object>> closed = QuarkusTransaction.requiringNew().call(() -> StepTask
        .<StepTask>list("documentKind = ?1 and documentId = ?2 and finishedAt is not null order by id",
            SlaDocument.FORM, form).stream()
        .map(s -> Map.<String, Object>of("step", s.step, "refused", s.refused, "reason", String.valueOf(s.reason),
            "late", s.finishedAt.isAfter(s.dueAt)))
        .toList());
    assertEquals(List.of(
        Map.of("step", 1, "refused", false, "reason", "null", "late", true),
        Map.of("step", 2, "refused", true, "reason", "Lengkapi indikator PMD", "late", false)), closed);
  }

  @Test
  void workOpenBeforeTheClockExistedGetsItsClockFromWhenItArrived() {
    World w = Fixtures.world();
    TestClock.pin(wib("2026-02-12T10:00"));
    long form = FormWorkflowTest.newForm(w, 2026);
    FormWorkflowTest.save(w, Role.STAF, form, FormWorkflowTest.content(w, 100));
    TestClock.pin(wib("2026-02-12T11:00"));
    as(w.token(Role.STAF)).post("/api/v1/forms/" + form + "/correction-requests").then().statusCode(200);
    QuarkusTransaction.requiringNew().run(() -> StepTask.delete("documentKind = ?1 and documentId = ?2",
        SlaDocument.FORM, form)); // as a database from before V11 has it
    assertNull(task(w, Role.KASUBBAG, form).get("sla"));

    TestClock.pin(wib("2026-02-16T09:00"));
    assertTrue(backfill.run() >= 1, "at least this cycle's one piece of work");
    JsonPath t = task(w, Role.KASUBBAG, form);
    assertEquals("2026-02-12T04:00:00Z", t.getString("sla.startedAt"), "from when it reached step 2");
    assertEquals("2026-02-18T09:00:00Z", t.getString("sla.dueAt"));
    assertEquals(0, backfill.run(), "done once");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aUnitsTenggatDecadesAheadIsItsDueTime() {
    World w = Fixtures.world();
    Map<String, Object> content = new HashMap<>(FormWorkflowTest.content(w, 100));
    Map<String, Object> letter = new HashMap<>((Map<String, Object>) content.get("letter"));
    letter.put("deadline", "2057-06-14"); // a Thursday, past the year 2038 where TIMESTAMP columns end
    content.put("letter", letter);
    long form = SubmissionWorkflowTest.dispatchedForm(w, true, content);
    JsonPath unit = task(w, Role.KASI, form);
    assertEquals("FILL", unit.getString("sla.work"));
    assertEquals("2057-06-14T09:00:00Z", unit.getString("sla.dueAt"));
    assertEquals("ON_TIME", unit.getString("sla.status"));
  }

  private void twoInstancesWatch() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Callable<Integer> pass = () -> watch.runOnce();
      List<Future<Integer>> runs = pool.invokeAll(List.of(pass, pass));
      for (Future<Integer> run : runs) {
        run.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<NotificationKind> kinds(World w, Role role) {
    long userId = w.user(role).id;
    return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list(
        "userId = ?1 order by id", userId).stream().map(n -> n.kind).toList());
  }
}
