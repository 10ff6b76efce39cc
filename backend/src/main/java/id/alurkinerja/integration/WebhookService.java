package id.alurkinerja.integration;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.integration.WebhookDtos.AttemptView;
import id.alurkinerja.integration.WebhookDtos.DeliveryPage;
import id.alurkinerja.integration.WebhookDtos.DeliveryView;
import id.alurkinerja.integration.WebhookDtos.WebhookCreateRequest;
import id.alurkinerja.integration.WebhookDtos.WebhookCreated;
import id.alurkinerja.integration.WebhookDtos.WebhookView;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.IdCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Webhook subscriptions of a kabupaten: registered, listed, re-enabled, replayed and removed. */
@ApplicationScoped
public class WebhookService {

  /** A kabupaten keeps at most this many webhooks. */
  static final int MAX_PER_KABUPATEN = 50;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Access access;
  @Inject OrgService org;
  @Inject WebhookDispatcher dispatcher;
  @Inject AuditLog audit;
  @Inject AlurConfig config;
  @Inject Clock clock;
  @Inject EntityManager em;

  public List<WebhookView> list(long kabupatenId) {
    manage(kabupatenId);
    return WebhookSubscription.<WebhookSubscription>list("kabupatenId = ?1 and deletedAt is null order by id",
        kabupatenId).stream().map(WebhookView::of).toList();
  }

  public WebhookSubscription subscription(long id) {
    WebhookSubscription s = WebhookSubscription.findById(id);
    if (s == null || s.deletedAt != null) {
      throw ProblemException.notFound("Webhook " + id);
    }
    manage(s.kabupatenId);
    return s;
  }

  @Transactional
  public WebhookCreated create(long kabupatenId, WebhookCreateRequest request) {
    Grant grant = manage(kabupatenId);
    String url = request.url().trim();
    WebhookUrls.problem(url, config.webhooks().allowHttp(), config.webhooks().allowPrivateAddresses(), false)
        .ifPresent(why -> {
          throw ProblemException.invalid("url", FieldErrorCode.WEBHOOK_URL, Map.of("why", why));
        });
    if (WebhookSubscription.count("kabupatenId = ?1 and deletedAt is null", kabupatenId) >= MAX_PER_KABUPATEN) {
      throw ProblemException.conflict("The kabupaten has " + MAX_PER_KABUPATEN + " webhooks; remove one first");
    }
    WebhookSubscription s = new WebhookSubscription();
    s.kabupatenId = kabupatenId;
    s.ownerUserId = access.user().id();
    s.url = url;
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    s.secret = "whsec_" + HexFormat.of().formatHex(key);
    s.eventTypes = request.events() == null || request.events().isEmpty() ? null
        : String.join(",", request.events().stream().map(String::trim).distinct().toList());
    s.lastSeq = request.afterSeq() != null ? request.afterSeq() : currentSeq(kabupatenId);
    s.persist();
    record(grant, "webhook.created", s);
    em.flush();
    em.refresh(s);
    return new WebhookCreated(WebhookView.of(s), s.secret);
  }

  @Transactional
  public void delete(long id) {
    WebhookSubscription s = subscription(id);
    Grant grant = manage(s.kabupatenId);
    s.deletedAt = clock.instant();
    WebhookDelivery.update("status = ?1, lastError = 'webhook removed' where subscriptionId = ?2 and status = ?3",
        WebhookDelivery.Status.FAILED, s.id, WebhookDelivery.Status.PENDING);
    record(grant, "webhook.deleted", s);
  }

  /** Sends again what a disabled webhook would have got, and what failed, from where it stopped. */
  @Transactional
  public WebhookView enable(long id, String ifMatch) {
    WebhookSubscription s = subscription(id);
    Grant grant = manage(s.kabupatenId);
    ETags.require(ifMatch, s.version);
    s.disabledAt = null;
    s.consecutiveFailures = 0;
    WebhookDelivery.update("status = ?1, attempts = 0, nextAttemptAt = ?2 where subscriptionId = ?3 and status = ?4",
        WebhookDelivery.Status.PENDING, clock.instant(), s.id, WebhookDelivery.Status.FAILED);
    record(grant, "webhook.enabled", s);
    em.flush();
    return WebhookView.of(s);
  }

  /**
   * Queues every matching change after {@code afterSeq} again, each as a new delivery with the same
   * event id, so a receiver that already processed one skips it.
   */
  @Transactional
  public WebhookView replay(long id, long afterSeq) {
    WebhookSubscription s = subscription(id);
    Grant grant = manage(s.kabupatenId);
    if (!s.active()) {
      throw new ProblemException(ProblemType.INVALID_STATE, "Enable the webhook before replaying to it");
    }
    em.lock(s, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    List<AuditEvent> events = AuditEvent.<AuditEvent>find("kabupatenId = ?1 and feedSeq > ?2 and feedSeq <= ?3 "
        + "order by feedSeq", s.kabupatenId, afterSeq, s.lastSeq).page(0, 10_000).list();
    int queued = WebhookDispatcher.queue(s, events, ownerView(s), clock.instant());
    audit.record(access.user(), grant, AuditLog.Entry.of("webhook.replayed", "webhook", s.id, s.kabupatenId, null)
        .details(AuditDetails.builder().name(s.url).values(queued).build()));
    em.flush();
    return WebhookView.of(s);
  }

  public DeliveryPage deliveries(long id, int limit, String cursor) {
    WebhookSubscription s = subscription(id);
    long before = cursor == null || cursor.isBlank() ? Long.MAX_VALUE : IdCursor.after(cursor);
    int size = IdCursor.size(limit, 200);
    List<WebhookDelivery> found = WebhookDelivery.<WebhookDelivery>find("subscriptionId = ?1 and id < ?2 order by id desc",
        s.id, before).page(0, size + 1).list();
    List<DeliveryView> items = found.stream().limit(size).map(WebhookService::view).toList();
    return new DeliveryPage(items, IdCursor.next(found, size, items, DeliveryView::id));
  }

  private static DeliveryView view(WebhookDelivery d) {
    List<AttemptView> attempts = WebhookAttempt.<WebhookAttempt>list("deliveryId = ?1 order by id", d.id).stream()
        .map(a -> new AttemptView(a.attemptedAt, a.status, a.error, a.millis)).toList();
    return new DeliveryView(d.id, String.valueOf(d.auditEventId), d.feedSeq, d.status, d.attempts,
        d.status == WebhookDelivery.Status.PENDING ? d.nextAttemptAt : null, d.deliveredAt, attempts);
  }

  private CurrentUser ownerView(WebhookSubscription s) {
    return dispatcher.owner(s).orElseThrow(() -> new ProblemException(ProblemType.INVALID_STATE,
        "The webhook's owner is deactivated or revoked; register it again"));
  }

  private long currentSeq(long kabupatenId) {
    List<?> last = em.createNativeQuery("SELECT last_seq FROM change_feed WHERE kabupaten_id = ?1")
        .setParameter(1, kabupatenId).getResultList();
    return last.isEmpty() ? 0 : ((Number) last.get(0)).longValue();
  }

  private Grant manage(long kabupatenId) {
    return org.onKabupaten(kabupatenId, Verb.WEBHOOK_MANAGE);
  }

  private void record(Grant grant, String action, WebhookSubscription s) {
    audit.record(access.user(), grant, AuditLog.Entry.of(action, "webhook", s.id, s.kabupatenId, null)
        .details(AuditDetails.builder().name(s.url).setting(s.eventTypes).build()));
  }
}
