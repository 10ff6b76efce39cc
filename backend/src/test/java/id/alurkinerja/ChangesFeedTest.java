package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Role;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.audit.AuditSealer;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.UserDirectory;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The kabupaten changes feed: in commit order, without gaps, each change once, only what a client may read. */
@QuarkusTest
class ChangesFeedTest extends ApiTest {

  @Inject AuditLog audit;
  @Inject AuditSealer sealer;
  @Inject UserDirectory directory;

  @Test
  void aKabupatenSystemSeesTheSignatureInItsFeedAndOnlyWhatItsScopesRead() throws Exception {
    World w = Fixtures.world();
    long recap = RecapTestSupport.signedRecap(w);
    String changes = "/api/v1/kabupaten/" + w.kabupatenId() + "/changes";
    String recaps = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("recaps:read")));
    JsonPath all = as(recaps).get(changes + "?limit=500").then().statusCode(200).body("more", equalTo(false))
        .extract().jsonPath();
    List<Integer> seqs = all.getList("items.seq", Integer.class);
    assertTrue(seqs.size() > 5, seqs.toString());
    for (int i = 1; i < seqs.size(); i++) {
      assertTrue(seqs.get(i) > seqs.get(i - 1), "in order: " + seqs);
    }
    assertEquals("SIGNED", all.getString("items.find { it.type == 'recap.sign' && it.objectId == " + recap + " }.toState"));
    // the lastSeq moves past what it may not read (here: users, units), so nothing is asked for twice
    int last = all.getInt("lastSeq");
    as(recaps).get(changes + "?after=" + last).then().statusCode(200).body("items.size()", equalTo(0))
        .body("lastSeq", equalTo(last));
    // with forms:read only, the recap's changes are not shown, the form's are
    String forms = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("forms:read")));
    as(forms).get(changes + "?limit=500").then().statusCode(200).body("items.objectType", not(hasItem("recap")))
        .body("items.type", hasItem("form.dispatch"));
    // paging: the same changes, in pieces
    List<Integer> paged = new ArrayList<>();
    long after = 0;
    boolean more = true;
    while (more) {
      JsonPath page = as(recaps).get(changes + "?limit=3&after=" + after).then().statusCode(200).extract().jsonPath();
      paged.addAll(page.getList("items.seq", Integer.class));
      after = page.getLong("lastSeq");
      more = page.getBoolean("more");
    }
    assertEquals(seqs, paged);
  }

  @Test
  void anotherKabupatenOrAKecamatanOfficialOrAnUnknownParameterIsRefused() {
    World w = Fixtures.world();
    String changes = "/api/v1/kabupaten/" + w.kabupatenId() + "/changes";
    String other = MachineAccessTest.token(MachineAccessTest.serviceAccount(Fixtures.world().kabupatenId(),
        List.of("recaps:read")));
    as(other).get(changes).then().statusCode(404).contentType(PROBLEM);
    as(w.token(Role.CAMAT)).get(changes).then().statusCode(403);
    as(w.token(Role.KABUPATEN)).get(changes + "?since=1").then().statusCode(400).body("errors[0].field", equalTo("since"));
    as(w.token(Role.KABUPATEN)).get(changes + "?after=x").then().statusCode(400).body("errors[0].field", equalTo("after"));
  }

  @Test
  void changesWrittenConcurrentlyInSeveralKecamatanAreNumberedWithoutGapsAndReadEachOnce() throws Exception {
    World first = Fixtures.world();
    List<World> kecamatan = List.of(first, Fixtures.neighbourOf(first), Fixtures.neighbourOf(first));
    String changes = "/api/v1/kabupaten/" + first.kabupatenId() + "/changes";
    String token = first.token(Role.KABUPATEN);
    long start = as(token).get(changes + "?limit=500").then().extract().jsonPath().getLong("lastSeq");
    CurrentUser actor = QuarkusTransaction.requiringNew().call(() ->
        directory.current(AppUser.findById(first.user(Role.ADMIN).id)));
    Set<String> written = ConcurrentHashMap.newKeySet();
    ExecutorService writers = Executors.newFixedThreadPool(3);
    List<Future<?>> done = new ArrayList<>();
    for (World k : kecamatan) {
      done.add(writers.submit(() -> {
        for (int i = 0; i < 60; i++) {
          written.add(String.valueOf(QuarkusTransaction.requiringNew().call(() -> audit.record(actor, null,
              AuditLog.Entry.of("unit.updated", "unit", k.seksiUnitId(), k.kabupatenId(), k.kecamatanId())).id)));
        }
      }));
    }
    List<String> seen = new ArrayList<>();
    List<Long> seqs = new ArrayList<>();
    long after = start;
    boolean writing = true;
    while (writing || after < start + written.size()) {
      writing = done.stream().anyMatch(f -> !f.isDone());
      JsonPath page = as(token).get(changes + "?limit=17&after=" + after).then().statusCode(200).extract().jsonPath();
      seen.addAll(page.getList("items.eventId", String.class));
      seqs.addAll(page.getList("items.seq", Long.class));
      after = page.getLong("lastSeq");
      if (!writing && !page.getBoolean("more")) {
        sealer.sweep(); // what a crash between commit and sealing would leave, the sweep numbers
      }
    }
    writers.shutdown();
    for (Future<?> f : done) {
      f.get();
    }
    assertEquals(seen.size(), new HashSet<>(seen).size(), "no change twice");
    assertTrue(seen.containsAll(written), "every change written while paging was read");
    for (int i = 0; i < seqs.size(); i++) {
      assertEquals(start + i + 1, seqs.get(i), "numbers without gaps");
    }
  }
}
