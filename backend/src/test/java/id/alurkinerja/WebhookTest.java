package id.alurkinerja;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import id.alurkinerja.access.Role;
import id.alurkinerja.integration.WebhookDispatcher;
import id.alurkinerja.integration.WebhookSignature;
import id.alurkinerja.support.ApiTest;
import id.alurkinerja.support.Fixtures;
import id.alurkinerja.support.Fixtures.World;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Webhooks as a kabupaten system receives them: signed, retried after a failure, processed once. */
@QuarkusTest
class WebhookTest extends ApiTest {

  @Inject WebhookDispatcher dispatcher;

  /** A kabupaten system's endpoint: it checks each signature and processes each event id once. */
  static final class Receiver {
    final HttpServer server;
    final String secretHolder[] = new String[1];
    final List<String> received = Collections.synchronizedList(new ArrayList<>());
    final Set<String> processed = ConcurrentHashMap.newKeySet();
    final AtomicInteger badSignatures = new AtomicInteger();

    Receiver(IntSupplier status) throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.createContext("/hook", exchange -> {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String eventId = exchange.getRequestHeaders().getFirst("Alur-Event-Id");
        received.add(eventId);
        int answer = status.getAsInt();
        if (!validSignature(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body)) {
          badSignatures.incrementAndGet();
          answer = 401;
        } else if (answer >= 200 && answer < 300) {
          processed.add(eventId); // idempotent: a repeated event id changes nothing
        }
        exchange.sendResponseHeaders(answer, -1);
        exchange.close();
      });
      server.start();
    }

    boolean validSignature(String header, String body) {
      if (header == null || secretHolder[0] == null) {
        return false;
      }
      String t = header.replaceAll(".*t=(\\d+).*", "$1");
      String v1 = header.replaceAll(".*v1=([0-9a-f]+).*", "$1");
      String expected = WebhookSignature.hmac(secretHolder[0], t + "." + body);
      return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), v1.getBytes(StandardCharsets.US_ASCII))
          && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) < 300;
    }

    String url() {
      return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }
  }

  private final List<Receiver> receivers = new ArrayList<>();

  @AfterEach
  void stopReceivers() {
    receivers.forEach(r -> r.server.stop(0));
  }

  private Receiver receiver(IntSupplier status) throws IOException {
    Receiver r = new Receiver(status);
    receivers.add(r);
    return r;
  }

  /** Runs the dispatcher until {@code done} holds (retries wait a second in tests), at most ~20 s. */
  private void dispatchUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
    for (int i = 0; i < 80 && !done.getAsBoolean(); i++) {
      dispatcher.run();
      if (!done.getAsBoolean()) {
        Thread.sleep(250);
      }
    }
  }

  @Test
  void aSignedRecapReachesTheKabupatenSystemSignedOnceProcessedAfterARetryAndNotTwiceAfterAReplay() throws Exception {
    World w = Fixtures.world();
    AtomicInteger calls = new AtomicInteger();
    Receiver sakip = receiver(() -> calls.incrementAndGet() == 1 ? 500 : 200); // the first try fails
    String token = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(),
        List.of("recaps:read", "webhooks:manage")));
    JsonPath made = as(token).body(Map.of("url", sakip.url(), "events", List.of("recap.sign")))
        .post("/api/v1/kabupaten/" + w.kabupatenId() + "/webhooks").then().statusCode(201)
        .body("secret", notNullValue()).body("webhook.active", equalTo(true)).extract().jsonPath();
    sakip.secretHolder[0] = made.getString("secret");
    long webhook = made.getLong("webhook.id");

    long recap = RecapTestSupport.signedRecap(w);
    dispatchUntil(() -> sakip.processed.size() == 1);

    assertEquals(1, sakip.processed.size(), "received: " + sakip.received);
    assertEquals(2, sakip.received.size(), "one failed try, one retry: " + sakip.received);
    assertEquals(0, sakip.badSignatures.get());
    String eventId = sakip.processed.iterator().next();
    JsonPath deliveries = as(token).get("/api/v1/webhooks/" + webhook + "/deliveries").then().statusCode(200)
        .extract().jsonPath();
    assertEquals(1, deliveries.getList("items").size(), "only recap.sign, not the other changes of the cycle");
    assertEquals("DELIVERED", deliveries.getString("items[0].status"));
    assertEquals(eventId, deliveries.getString("items[0].eventId"));
    assertEquals(List.of(500, 200), deliveries.getList("items[0].attemptLog.status", Integer.class));
    as(token).get("/api/v1/kabupaten/" + w.kabupatenId() + "/changes?limit=500").then()
        .body("items.find { it.eventId == '" + eventId + "' }.objectId", equalTo((int) recap));

    // replaying sends it again under the same event id: the receiver does not process it twice
    as(token).body(Map.of("afterSeq", 0)).post("/api/v1/webhooks/" + webhook + "/replays").then().statusCode(200);
    dispatchUntil(() -> sakip.received.size() == 3);
    assertEquals(3, sakip.received.size());
    assertEquals(Set.of(eventId), sakip.processed);
  }

  @Test
  void anEndpointThatKeepsFailingIsDisabledThenReEnabledAndGetsWhatItMissed() throws Exception {
    World w = Fixtures.world();
    AtomicInteger answer = new AtomicInteger(503);
    Receiver down = receiver(answer::get);
    String officer = w.token(Role.KABUPATEN);
    JsonPath made = as(officer).body(Map.of("url", down.url(), "events", List.of("form.dispatch")))
        .post("/api/v1/kabupaten/" + w.kabupatenId() + "/webhooks").then().statusCode(201).extract().jsonPath();
    down.secretHolder[0] = made.getString("secret");
    long webhook = made.getLong("webhook.id");
    SubmissionWorkflowTest.dispatchedForm(w, false);
    String path = "/api/v1/webhooks/" + webhook;
    dispatchUntil(() -> !as(officer).get(path).then().extract().jsonPath().getBoolean("active"));
    as(officer).get(path).then().body("active", equalTo(false)).body("disabledAt", notNullValue())
        .body("consecutiveFailures", equalTo(3));
    int triesWhileDown = down.received.size();
    dispatcher.run();
    assertEquals(triesWhileDown, down.received.size(), "a disabled webhook is sent nothing");

    answer.set(204);
    String etag = as(officer).get(path).then().extract().header("ETag");
    as(officer).post(path + "/enabling").then().statusCode(428);
    as(officer).header("If-Match", etag).post(path + "/enabling").then().statusCode(200).body("active", equalTo(true));
    dispatchUntil(() -> down.processed.size() == 1);
    assertEquals(1, down.processed.size());
    as(officer).get(path + "/deliveries").then().body("items[0].status", equalTo("DELIVERED"));
  }

  @Test
  void onlyTheKabupatensOfficersAndSystemsWithTheScopeManageWebhooksAndOnlyToPublicHttpsInProduction() throws Exception {
    World w = Fixtures.world();
    String path = "/api/v1/kabupaten/" + w.kabupatenId() + "/webhooks";
    Map<String, Object> body = Map.of("url", "https://sakip.example.go.id/hook");
    as(w.token(Role.CAMAT)).body(body).post(path).then().statusCode(403).contentType(PROBLEM);
    as(w.token(Role.ADMIN)).get(path).then().statusCode(403);
    String readOnly = MachineAccessTest.token(MachineAccessTest.serviceAccount(w.kabupatenId(), List.of("recaps:read")));
    as(readOnly).body(body).post(path).then().statusCode(403);
    as(Fixtures.world().token(Role.KABUPATEN)).get(path).then().statusCode(404);
    as(w.token(Role.KABUPATEN)).body(Map.of("url", "ftp://sakip.example.go.id/hook")).post(path).then().statusCode(400)
        .body("errors[0].field", equalTo("url"));
    as(w.token(Role.KABUPATEN)).body(Map.of("url", "bukan url")).post(path).then().statusCode(400);
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("http://sakip.example.go.id/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://127.0.0.1/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://10.1.2.3/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://192.168.0.9/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://[::1]/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://localhost/hook"));
    assertFalse(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://93.184.216.34/hook"));
    // a host whose DNS is not set up yet may be registered, but nothing is sent to it until it resolves
    assertFalse(id.alurkinerja.integration.WebhookUrlsProbe.refused("https://belum-ada.invalid/hook"));
    assertTrue(id.alurkinerja.integration.WebhookUrlsProbe.refusedWhenSending("https://belum-ada.invalid/hook"));
  }
}
