package id.alurkinerja.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Role;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is a hash chain per kecamatan: a correct chain verifies; a row changed, unsealed or
 * deleted behind the app's back is found at that entry; many transactions writing one kecamatan's
 * entries at once, with a second sealer running, leave one unbroken chain.
 */
@QuarkusTest
class AuditChainTest extends ApiTest {

  @Inject DataSource db;
  @Inject AuditLog audit;
  @Inject AuditSealer sealer;
  @Inject EntityManager em;
  @Inject ObjectMapper mapper;

  /** A kecamatan whose ADMIN created {@code units} units: that many entries in its chain. */
  private static World withEntries(int units) {
    World w = Fixtures.world();
    for (int i = 0; i < units; i++) {
      createUnit(w);
    }
    return w;
  }

  private static int createUnit(World w) {
    return as(w.token(Role.ADMIN)).body(Map.of("code", Fixtures.unique("U"), "name", "Seksi " + Fixtures.unique("N"),
            "kind", "SEKSI", "reporting", true))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/units").then().statusCode(201).extract().path("id");
  }

  private static JsonPath verification(World w) {
    return as(w.token(Role.SEKCAM)).get("/api/v1/kecamatan/" + w.kecamatanId() + "/audit/verification").then()
        .statusCode(200).extract().jsonPath();
  }

  private static List<Map<String, Object>> entries(World w) {
    List<Map<String, Object>> all = new ArrayList<>();
    String cursor = null;
    do {
      var request = as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("limit", 200);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
      all.addAll(page.getList("items"));
      cursor = page.getString("nextCursor");
    } while (cursor != null);
    return all;
  }

  private int jdbc(String sql, Object... params) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      return s.executeUpdate();
    }
  }

  private long longOf(String sql, Object... params) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static long entryAt(World w, int seq) {
    return ((Number) entries(w).get(seq - 1).get("id")).longValue();
  }

  @Test
  void aCorrectChainVerifiesAndEachEntryNamesTheHashBeforeIt() {
    World w = withEntries(4);
    List<Map<String, Object>> entries = entries(w);
    assertEquals(4, entries.size());
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = entries.get(i);
      assertEquals(i + 1, e.get("seq"));
      assertEquals("kecamatan:" + w.kecamatanId(), e.get("chain"));
      assertTrue(e.get("hash").toString().matches("[0-9a-f]{64}"), e.toString());
      assertEquals(i == 0 ? null : entries.get(i - 1).get("hash"), e.get("prevHash"));
      assertEquals("unit.created", e.get("action"));
    }
    JsonPath v = verification(w);
    assertEquals("INTACT", v.getString("status"));
    assertEquals(4, v.getInt("entriesChecked"));
    assertEquals(4, v.getInt("entries"));
    assertEquals(entries.get(3).get("hash"), v.getString("lastHash"));
    assertNull(v.get("firstBreak"));
  }

  @Test
  void aReasonChangedInTheDatabaseIsFoundAtThatEntry() throws SQLException {
    World w = withEntries(5);
    long third = entryAt(w, 3);
    assertEquals(1, jdbc("UPDATE audit_event SET reason = 'diubah diam-diam' WHERE id = ?", third));
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(2, v.getInt("entriesChecked"));
    assertEquals(3, v.getInt("firstBreak.seq"));
    assertEquals(third, v.getLong("firstBreak.entryId"));
    assertEquals("CONTENT_CHANGED", v.getString("firstBreak.kind"));
  }

  @Test
  void detailsChangedInTheDatabaseAreFoundAtThatEntry() throws SQLException {
    World w = withEntries(3);
    long second = entryAt(w, 2);
    assertEquals(1, jdbc("UPDATE audit_event SET details = JSON_SET(details, '$.name', 'Seksi Lain') WHERE id = ?",
        second));
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(2, v.getInt("firstBreak.seq"));
    assertEquals(second, v.getLong("firstBreak.entryId"));
    assertEquals("CONTENT_CHANGED", v.getString("firstBreak.kind"));
  }

  @Test
  void anEntryWhoseHashWasRecomputedBreaksTheLinkOfTheNext() throws SQLException {
    World w = withEntries(4);
    long second = entryAt(w, 2);
    long third = entryAt(w, 3);
    jdbc("UPDATE audit_event SET actor_name = 'Orang Lain' WHERE id = ?", second);
    // whoever changes a row can recompute its own hash; the next entry still names the old one
    ChainRow changed = QuarkusTransaction.requiringNew().call(() -> ChainRow.query(em, "id = ?1", second).get(0));
    jdbc("UPDATE audit_event SET hash = ? WHERE id = ?", AuditHash.of(mapper, changed, 2, changed.prevHash()), second);
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(3, v.getInt("firstBreak.seq"));
    assertEquals(third, v.getLong("firstBreak.entryId"));
    assertEquals("LINK_BROKEN", v.getString("firstBreak.kind"));
  }

  @Test
  void aDeletedEntryIsFoundMissingAtItsPlace() throws SQLException {
    World w = withEntries(4);
    long second = entryAt(w, 2);
    long third = entryAt(w, 3);
    assertEquals(1, jdbc("DELETE FROM audit_event WHERE id = ?", second));
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(1, v.getInt("entriesChecked"));
    assertEquals(2, v.getInt("firstBreak.seq"));
    assertEquals(third, v.getLong("firstBreak.entryId"));
    assertEquals("ENTRY_MISSING", v.getString("firstBreak.kind"));
  }

  @Test
  void theLastEntryDeletedIsFoundMissingAgainstTheHead() throws SQLException {
    World w = withEntries(3);
    jdbc("DELETE FROM audit_event WHERE id = ?", entryAt(w, 3));
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(2, v.getInt("entriesChecked"));
    assertEquals(3, v.getInt("entries"));
    assertEquals(3, v.getInt("firstBreak.seq"));
    assertEquals("ENTRY_MISSING", v.getString("firstBreak.kind"));
  }

  @Test
  void anEntryUnsealedBehindTheAppsBackIsResealedAtTheEndAndLeavesAGap() throws SQLException {
    World w = withEntries(3);
    long second = entryAt(w, 2);
    jdbc("UPDATE audit_event SET chain_seq = NULL, prev_hash = NULL, hash = NULL, reason = 'baru' WHERE id = ?", second);
    JsonPath v = verification(w);
    assertEquals("BROKEN", v.getString("status"));
    assertEquals(2, v.getInt("firstBreak.seq"));
    assertEquals("ENTRY_MISSING", v.getString("firstBreak.kind"));
    assertEquals(4, v.getInt("entries"), "the unsealed row was sealed again, at the end");
  }

  @Test
  void entriesACrashLeftUnsealedAreSealedByTheSweepAndBeforeVerification() throws SQLException {
    World w = withEntries(2);
    String chain = AuditChains.kecamatan(w.kecamatanId());
    // as if the instance died between the business commit and its seal
    jdbc("INSERT INTO audit_event (occurred_at, kabupaten_id, kecamatan_id, action, object_type, object_id, reason, "
        + "chain_key) VALUES (?, ?, ?, 'unit.updated', 'unit', 1, 'sebelum mati', ?)",
        java.sql.Timestamp.from(Instant.now()), w.kabupatenId(), w.kecamatanId(), chain);
    assertEquals(1, longOf("SELECT COUNT(*) FROM audit_event WHERE chain_key = ? AND hash IS NULL", chain));
    assertTrue(sealer.sweep() >= 1);
    assertEquals(0, longOf("SELECT COUNT(*) FROM audit_event WHERE chain_key = ? AND hash IS NULL", chain));
    jdbc("INSERT INTO audit_event (occurred_at, kabupaten_id, kecamatan_id, action, object_type, chain_key) "
        + "VALUES (?, ?, ?, 'unit.updated', 'unit', ?)", java.sql.Timestamp.from(Instant.now()), w.kabupatenId(),
        w.kecamatanId(), chain);
    JsonPath v = verification(w);
    assertEquals("INTACT", v.getString("status"));
    assertEquals(4, v.getInt("entriesChecked"));
    assertEquals("sebelum mati", entries(w).get(2).get("reason"));
  }

  @Test
  void manyTransactionsWritingOneKecamatanAtOnceLeaveOneUnbrokenChain() throws Exception {
    World w = withEntries(1);
    String chain = AuditChains.kecamatan(w.kecamatanId());
    int writers = 12;
    int perWriter = 15;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
    try {
      List<Callable<Integer>> work = new ArrayList<>();
      for (int t = 0; t < writers; t++) {
        int writer = t;
        work.add(() -> {
          for (int i = 0; i < perWriter; i++) {
            long object = writer * 1000L + i;
            // two entries per transaction, as a transition and its observer's effect write
            QuarkusTransaction.requiringNew().run(() -> {
              audit.record(null, null, AuditLog.Entry.of("test.concurrent", "unit", object, w.kabupatenId(),
                  w.kecamatanId()).reason("penulis " + writer));
              audit.record(null, null, AuditLog.Entry.of("test.concurrent", "unit", object, w.kabupatenId(),
                  w.kecamatanId()).details(AuditDetails.builder().name("efek " + object).build()));
            });
          }
          return perWriter;
        });
      }
      // a second instance's sealer (and its sweep) working the same chain meanwhile
      List<Future<Integer>> otherInstance = new ArrayList<>();
      for (int s = 0; s < 2; s++) {
        boolean sweeps = s == 1;
        otherInstance.add(pool.submit(() -> {
          int sealed = 0;
          while (writing.get()) {
            sealed += sweeps ? sealer.sweep() : sealer.seal(chain);
          }
          return sealed;
        }));
      }
      for (Future<Integer> f : pool.invokeAll(work)) {
        f.get();
      }
      writing.set(false);
      for (Future<Integer> f : otherInstance) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    int expected = 1 + writers * perWriter * 2;
    assertEquals(0, longOf("SELECT COUNT(*) FROM audit_event WHERE chain_key = ? AND hash IS NULL", chain),
        "every entry was sealed right after its commit");
    assertEquals(expected, longOf("SELECT COUNT(DISTINCT chain_seq) FROM audit_event WHERE chain_key = ?", chain));
    assertEquals(expected, longOf("SELECT MAX(chain_seq) FROM audit_event WHERE chain_key = ?", chain));
    JsonPath v = verification(w);
    assertEquals("INTACT", v.getString("status"), String.valueOf(v.getMap("firstBreak")));
    assertEquals(expected, v.getInt("entriesChecked"));
    List<Map<String, Object>> listed = entries(w);
    assertEquals(expected, listed.size());
    assertEquals(expected, listed.stream().map(e -> e.get("id")).distinct().count());
  }

  @Test
  void theOrmNeverRewritesAnEntry() {
    World w = withEntries(1);
    long id = entryAt(w, 1);
    QuarkusTransaction.requiringNew().run(() -> {
      AuditEvent e = AuditEvent.findById(id);
      e.reason = "ditulis ulang";
      e.actorName = "Orang Lain";
    });
    assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() ->
        em.createQuery("update AuditEvent set reason = 'massal' where id = :id").setParameter("id", id).executeUpdate()));
    assertNull(QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(id).reason));
    assertEquals("INTACT", verification(w).getString("status"));
  }

  /** Apart from the sealer, no code of the app updates or deletes audit rows. */
  @Test
  void onlyTheSealerUpdatesAuditRowsAndNothingDeletesThem() throws java.io.IOException {
    java.util.regex.Pattern write = java.util.regex.Pattern.compile(
        "(?i)(update\\s+audit_event|delete\\s+from\\s+audit_event|update\\s+AuditEvent|delete\\s+from\\s+AuditEvent"
            + "|AuditEvent\\.delete|audit_chain)");
    List<String> offenders = new ArrayList<>();
    try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main"))) {
      for (var file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList()) {
        String text = java.nio.file.Files.readString(file);
        boolean sealer = file.endsWith("audit/AuditSealer.java") || file.endsWith("audit/AuditVerifier.java");
        boolean migration = file.toString().contains("db/migration") || file.toString().contains("db/first-v1");
        var m = write.matcher(text);
        while (m.find() && !sealer && !migration) {
          offenders.add(file + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), offenders);
  }

  @Test
  void filtersAndPagesShowEachEntryOnce() {
    World w = withEntries(3);
    Instant between = Instant.now();
    int unit = createUnit(w);
    as(w.token(Role.ADMIN)).header("If-Match", "*").body(Map.of("code", Fixtures.unique("U"), "name", "Seksi Baru",
        "kind", "SEKSI", "reporting", true)).put("/api/v1/units/" + unit).then().statusCode(200);
    List<Map<String, Object>> all = entries(w);
    assertEquals(5, all.size());

    // pages of two: every entry exactly once, in chain order
    List<Object> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      var request = as(w.token(Role.CAMAT)).queryParam("kecamatanId", w.kecamatanId()).queryParam("limit", 2);
      if (cursor != null) {
        request.queryParam("cursor", cursor);
      }
      JsonPath page = request.get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.id"));
      cursor = page.getString("nextCursor");
      pages++;
    } while (cursor != null);
    assertEquals(3, pages);
    assertEquals(all.stream().map(e -> e.get("id")).toList(), seen);
    assertEquals(new HashSet<>(seen).size(), seen.size());

    String path = "/api/v1/audit";
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("action", "unit.updated")
        .get(path).then().statusCode(200).body("items.size()", equalTo(1)).body("items[0].objectId", equalTo(unit));
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("objectType", "unit")
        .queryParam("objectId", unit).get(path).then().statusCode(200).body("items.action",
            equalTo(List.of("unit.created", "unit.updated")));
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId())
        .queryParam("actorId", w.user(Role.ADMIN).id).get(path).then().statusCode(200).body("items.size()", equalTo(5));
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("actorId", w.user(Role.CAMAT).id)
        .get(path).then().statusCode(200).body("items.size()", equalTo(0));
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("from", between.toString())
        .get(path).then().statusCode(200).body("items.size()", equalTo(2));
    as(w.token(Role.SEKCAM)).queryParam("kecamatanId", w.kecamatanId()).queryParam("to", between.toString())
        .get(path).then().statusCode(200).body("items.size()", equalTo(3));
    // the Sekcam reads one kecamatan's trail: it is the default
    as(w.token(Role.SEKCAM)).get(path).then().statusCode(200).body("items.size()", equalTo(5));
  }

  @Test
  void onlyReadersOfTheKecamatanSeeItsTrail() {
    World w = withEntries(1);
    World neighbour = Fixtures.neighbourOf(w);
    String list = "/api/v1/audit?kecamatanId=" + w.kecamatanId();
    String verify = "/api/v1/kecamatan/" + w.kecamatanId() + "/audit/verification";
    for (String path : List.of(list, verify)) {
      as(w.token(Role.STAF)).get(path).then().statusCode(403).contentType(startsWith(PROBLEM));
      as(neighbour.token(Role.SEKCAM)).get(path).then().statusCode(404).contentType(startsWith(PROBLEM));
      as(w.token(Role.ADMIN)).get(path).then().statusCode(200);
      as(w.token(Role.KABUPATEN)).get(path).then().statusCode(200);
      as(Fixtures.world().token(Role.KABUPATEN)).get(path).then().statusCode(404);
    }
    as(w.token(Role.SEKCAM)).get("/api/v1/audit?kecamatanId=999999999").then().statusCode(404);
    // a kabupaten officer reads many kecamatan: it names one
    as(w.token(Role.KABUPATEN)).get("/api/v1/audit").then().statusCode(400)
        .body("errors.field", hasItem("kecamatanId"));
  }

  @Test
  void unknownParametersAndBadCursorsAre400() {
    World w = withEntries(1);
    String sekcam = w.token(Role.SEKCAM);
    as(sekcam).get("/api/v1/audit?kecamatanId=" + w.kecamatanId() + "&actio=unit.created").then().statusCode(400)
        .contentType(startsWith(PROBLEM)).body("type", equalTo("urn:alur-kinerja:problem:validation-failed"))
        .body("errors[0].field", equalTo("actio")).body("errors[0].code", equalTo("UNKNOWN_FIELD"));
    as(sekcam).get("/api/v1/kecamatan/" + w.kecamatanId() + "/audit/verification?full=true").then().statusCode(400)
        .body("errors[0].field", equalTo("full"));
    as(sekcam).get("/api/v1/audit?kecamatanId=" + w.kecamatanId() + "&cursor=bm9wZQ").then().statusCode(400)
        .body("errors[0].code", equalTo("CURSOR"));
    // a cursor of another kecamatan's chain is no cursor here
    String other = AuditTrail.cursorOf(AuditChains.kecamatan(w.kecamatanId() + 1), 1);
    as(sekcam).get("/api/v1/audit?kecamatanId=" + w.kecamatanId() + "&cursor=" + other).then().statusCode(400)
        .body("errors[0].code", equalTo("CURSOR"));
    for (String bad : List.of("limit=0", "limit=201", "limit=x", "from=kemarin", "objectId=abc", "actorId=-1")) {
      as(sekcam).get("/api/v1/audit?kecamatanId=" + w.kecamatanId() + "&" + bad).then().statusCode(400)
          .contentType(startsWith(PROBLEM)).body("errors[0].field", equalTo(bad.substring(0, bad.indexOf('='))));
    }
  }

  @Test
  void theKabupatensOwnEntriesHaveTheirOwnChain() {
    World w = Fixtures.world();
    String admin = Fixtures.token(Fixtures.kabupatenUser(w.kabupatenId(), Role.ADMIN));
    as(admin).body(Map.of("day", "2031-03-15", "kind", "LIBUR_DAERAH", "name", "Hari Jadi Kabupaten",
            "scope", "KABUPATEN"))
        .post("/api/v1/kecamatan/" + w.kecamatanId() + "/holidays").then().statusCode(201);
    String officer = w.token(Role.KABUPATEN);
    as(officer).get("/api/v1/audit?kabupatenId=" + w.kabupatenId()).then().statusCode(200)
        .body("items.size()", equalTo(1)).body("items[0].chain", equalTo("kabupaten:" + w.kabupatenId()))
        .body("items[0].action", equalTo("calendar.holiday.add"));
    as(officer).get("/api/v1/kabupaten/" + w.kabupatenId() + "/audit/verification").then().statusCode(200)
        .body("status", equalTo("INTACT")).body("entriesChecked", equalTo(1));
    // the kabupaten is no secret to its kecamatan's Sekcam, who still may not read its chain; another's is
    as(w.token(Role.SEKCAM)).get("/api/v1/kabupaten/" + w.kabupatenId() + "/audit/verification").then()
        .statusCode(403);
    as(Fixtures.world().token(Role.SEKCAM)).get("/api/v1/kabupaten/" + w.kabupatenId() + "/audit/verification")
        .then().statusCode(404);
    assertNotNull(w);
  }
}
