package id.alurkinerja.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Directory;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.platform.config.AlurConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sends the kabupaten's changes to its webhooks. Each pass, on every instance: for each active webhook
 * (locked, others skip it) it walks the changes feed from where it stopped and writes a delivery for
 * each change the webhook wants and its owner may read; then it claims due deliveries (locked, leased
 * for two minutes, so two instances never send one at the same time) and POSTs each, signed. A
 * delivery that fails is tried again later, each wait twice the one before; after the last attempt it
 * is FAILED, and a webhook failing too often in a row is disabled until someone re-enables it.
 */
@ApplicationScoped
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration LONGEST_WAIT = Duration.ofHours(1);
  private static final int CLAIM = 20;
  private static final int MOST_PER_PASS = 500;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  @Inject AlurConfig config;
  @Inject Clock clock;
  @Inject EntityManager em;
  @Inject ObjectMapper mapper;
  @Inject Directory directory;

  @Scheduled(every = "${alur.webhooks.every:5s}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      identity = "webhooks")
  void scheduled() {
    try {
      run();
    } catch (RuntimeException e) {
      LOG.warnf("Webhooks: this pass stopped (%s); the next one goes on", e.toString());
    }
  }

  /** One pass; returns how many deliveries it tried to send. */
  public int run() {
    List<Long> webhooks = QuarkusTransaction.requiringNew().call(() -> em.createQuery("select s.id from "
        + "WebhookSubscription s where s.disabledAt is null and s.deletedAt is null", Long.class).getResultList());
    for (Long id : webhooks) {
      QuarkusTransaction.requiringNew().run(() -> enqueue(id));
    }
    int tried = 0;
    List<Long> due;
    while (tried < MOST_PER_PASS && !(due = QuarkusTransaction.requiringNew().call(this::claimDue)).isEmpty()) {
      for (Long delivery : due) {
        send(delivery);
        tried++;
      }
    }
    return tried;
  }

  /** What the webhook's owner may read now: a person's positions, a service account's scopes. */
  Optional<CurrentUser> owner(WebhookSubscription s) {
    return directory.onBehalfOf(s.ownerUserId);
  }

  /** Writes a delivery for each of {@code events} the webhook wants and its owner may read. */
  static int queue(WebhookSubscription s, List<AuditEvent> events, CurrentUser owner, Instant now) {
    int queued = 0;
    for (AuditEvent e : events) {
      if (s.wants(e.action) && ChangesFeed.readable(owner, e, s.kabupatenId)) {
        WebhookDelivery d = new WebhookDelivery();
        d.subscriptionId = s.id;
        d.auditEventId = e.id;
        d.feedSeq = e.feedSeq;
        d.status = WebhookDelivery.Status.PENDING;
        d.nextAttemptAt = now;
        d.persist();
        queued++;
      }
    }
    return queued;
  }

  private void enqueue(long id) {
    List<?> locked = em.createNativeQuery("SELECT id FROM webhook_subscription WHERE id = ?1 AND disabled_at IS NULL "
        + "AND deleted_at IS NULL FOR UPDATE SKIP LOCKED").setParameter(1, id).getResultList();
    if (locked.isEmpty()) {
      return; // another instance is at it, or it was disabled meanwhile
    }
    WebhookSubscription s = em.find(WebhookSubscription.class, id);
    Optional<CurrentUser> owner = owner(s);
    if (owner.isEmpty()) {
      s.disabledAt = clock.instant(); // its owner was deactivated or revoked: it sends nothing more
      return;
    }
    List<AuditEvent> events = AuditEvent.<AuditEvent>find("kabupatenId = ?1 and feedSeq > ?2 order by feedSeq",
        s.kabupatenId, s.lastSeq).page(0, MOST_PER_PASS).list();
    if (!events.isEmpty()) {
      queue(s, events, owner.get(), clock.instant());
      s.lastSeq = events.get(events.size() - 1).feedSeq;
    }
  }

  @SuppressWarnings("unchecked")
  private List<Long> claimDue() {
    Instant now = clock.instant();
    List<Number> ids = em.createNativeQuery("SELECT id FROM webhook_delivery WHERE status = 'PENDING' "
        + "AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT " + CLAIM + " FOR UPDATE SKIP LOCKED")
        .setParameter(1, now).getResultList();
    List<Long> claimed = ids.stream().map(Number::longValue).toList();
    if (!claimed.isEmpty()) {
      em.createQuery("update WebhookDelivery d set d.nextAttemptAt = ?1 where d.id in ?2")
          .setParameter(1, now.plus(LEASE)).setParameter(2, claimed).executeUpdate();
    }
    return claimed;
  }

  private record Outgoing(String url, String secret, String body, String eventId, String type, long subscriptionId,
      boolean active) {}

  private void send(long deliveryId) {
    Outgoing out = QuarkusTransaction.requiringNew().call(() -> outgoing(deliveryId));
    Instant started = clock.instant();
    long t0 = System.nanoTime();
    Integer status = null;
    String error = null;
    if (!out.active()) {
      error = "webhook disabled or removed";
    } else {
      Optional<String> refused = WebhookUrls.problem(out.url(), config.webhooks().allowHttp(),
          config.webhooks().allowPrivateAddresses(), true);
      if (refused.isPresent()) {
        error = "URL " + refused.get();
      } else {
        try {
          long timestamp = started.getEpochSecond();
          HttpRequest request = HttpRequest.newBuilder(URI.create(out.url())).timeout(Duration.ofSeconds(10))
              .header("Content-Type", "application/json")
              .header("User-Agent", "Alur-Kinerja-Webhook/1")
              .header("Alur-Event-Id", out.eventId())
              .header("Alur-Event-Type", out.type())
              .header("Alur-Delivery-Id", String.valueOf(deliveryId))
              .header(WebhookSignature.HEADER, WebhookSignature.header(out.secret(), timestamp, out.body()))
              .POST(HttpRequest.BodyPublishers.ofString(out.body())).build();
          status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
          error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          error = "interrupted";
        }
      }
    }
    int millis = (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - t0) / 1_000_000);
    Integer answered = status;
    String why = error == null ? null : error.length() > 300 ? error.substring(0, 300) : error;
    QuarkusTransaction.requiringNew().run(() -> record(deliveryId, out.subscriptionId(), started, answered, why, millis));
  }

  private Outgoing outgoing(long deliveryId) {
    WebhookDelivery d = WebhookDelivery.findById(deliveryId);
    WebhookSubscription s = WebhookSubscription.findById(d.subscriptionId);
    AuditEvent e = AuditEvent.findById(d.auditEventId);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("eventId", String.valueOf(e.id));
    body.put("seq", e.feedSeq);
    body.put("type", e.action);
    body.put("occurredAt", e.occurredAt.toString());
    body.put("kabupatenId", e.kabupatenId);
    body.put("kecamatanId", e.kecamatanId);
    body.put("objectType", e.objectType);
    body.put("objectId", e.objectId);
    body.put("fromState", e.fromState);
    body.put("toState", e.toState);
    body.put("actorName", e.actorName);
    body.put("webhookId", s.id);
    try {
      return new Outgoing(s.url, s.secret, mapper.writeValueAsString(body), String.valueOf(e.id), e.action, s.id,
          s.active());
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private void record(long deliveryId, long subscriptionId, Instant at, Integer status, String error, int millis) {
    WebhookAttempt a = new WebhookAttempt();
    a.deliveryId = deliveryId;
    a.attemptedAt = at;
    a.status = status;
    a.error = error;
    a.millis = millis;
    a.persist();
    WebhookDelivery d = WebhookDelivery.findById(deliveryId);
    WebhookSubscription s = WebhookSubscription.findById(subscriptionId);
    d.attempts++;
    d.lastStatus = status;
    d.lastError = error;
    if (status != null && status >= 200 && status < 300) {
      d.status = WebhookDelivery.Status.DELIVERED;
      d.deliveredAt = clock.instant();
      if (s.consecutiveFailures != 0) {
        s.consecutiveFailures = 0;
      }
      return;
    }
    if (d.attempts >= config.webhooks().maxAttempts()) {
      d.status = WebhookDelivery.Status.FAILED;
    } else {
      Duration wait = config.webhooks().retryBase().multipliedBy(1L << Math.min(20, d.attempts - 1));
      d.nextAttemptAt = clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
    if (s.active()) {
      s.consecutiveFailures++;
      if (s.consecutiveFailures >= config.webhooks().disableAfter()) {
        s.disabledAt = clock.instant();
        d.status = WebhookDelivery.Status.FAILED;
        WebhookDelivery.update("status = ?1, lastError = 'webhook disabled' where subscriptionId = ?2 and status = ?3",
            WebhookDelivery.Status.FAILED, s.id, WebhookDelivery.Status.PENDING);
        LOG.infof("Webhook %d disabled after %d failed attempts in a row", s.id, s.consecutiveFailures);
      }
    }
  }
}
