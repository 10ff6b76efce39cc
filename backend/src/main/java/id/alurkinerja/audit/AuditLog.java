package id.alurkinerja.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes audit entries inside the caller's transaction, so a change and its entry land together. The
 * entry is written unsealed; once the transaction commits, {@link AuditSealer} links it into its
 * chain (docs/decisions/012).
 */
@ApplicationScoped
public class AuditLog {

  /** The chains a transaction wrote entries to, kept with the transaction. */
  private static final Object WRITTEN = new Object();

  @Inject Clock clock;
  @Inject ObjectMapper mapper;
  @Inject TransactionSynchronizationRegistry transactions;
  @Inject AuditSealer sealer;

  /** What happened to which object; built fluently and written with {@link #record}. */
  public record Entry(String action, String objectType, Long objectId, Long kabupatenId,
      Long kecamatanId, String fromState, String toState, String reason, AuditDetails details) {

    public static Entry of(String action, String objectType, Long objectId, Long kabupatenId,
        Long kecamatanId) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, null, null, null, null);
    }

    public Entry details(AuditDetails facts) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, fromState, toState,
          reason, facts);
    }

    public Entry transition(Enum<?> from, Enum<?> to) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId,
          from == null ? null : from.name(), to == null ? null : to.name(), reason, details);
    }

    public Entry reason(String text) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, fromState, toState,
          text == null || text.isBlank() ? null : text.trim(), details);
    }
  }

  /** An object's history, oldest first. */
  public List<AuditEvent> of(String objectType, long objectId) {
    return AuditEvent.list("objectType = ?1 and objectId = ?2 order by id", objectType, objectId);
  }

  /** The stored details of an entry; entries written before details were typed have none. */
  public AuditDetails detailsOf(AuditEvent event) {
    if (event.details == null) {
      return null;
    }
    try {
      return mapper.readValue(event.details, AuditDetails.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit entry " + event.id + " has unreadable details", e);
    }
  }

  /** Records {@code entry} as done by {@code actor} in the capacity of {@code capacity} (may be null). */
  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(CurrentUser actor, Grant capacity, Entry entry) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // what TIMESTAMP(6) keeps
    event.actorUserId = actor == null ? null : actor.id();
    event.actorName = actor == null ? null : actor.fullName();
    event.capacity = capacity == null ? null : capacity.capacity();
    event.actingFor = capacity == null || !capacity.isActing() ? null : capacity.capacity();
    event.action = entry.action();
    event.objectType = entry.objectType();
    event.objectId = entry.objectId();
    event.kabupatenId = entry.kabupatenId();
    event.kecamatanId = entry.kecamatanId();
    event.fromState = entry.fromState();
    event.toState = entry.toState();
    event.reason = entry.reason();
    event.details = write(entry.details());
    event.chainKey = AuditChains.keyOf(event.kabupatenId, event.kecamatanId);
    event.persist();
    sealAfterCommit(event.chainKey);
    return event;
  }

  /** Once per transaction: after it commits, its chains are sealed (after a rollback nothing is left). */
  private void sealAfterCommit(String chain) {
    @SuppressWarnings("unchecked")
    Set<String> chains = (Set<String>) transactions.getResource(WRITTEN);
    if (chains == null) {
      Set<String> written = new LinkedHashSet<>();
      transactions.putResource(WRITTEN, written);
      transactions.registerInterposedSynchronization(new Synchronization() {
        @Override
        public void beforeCompletion() {}

        @Override
        public void afterCompletion(int status) {
          if (status == Status.STATUS_COMMITTED) {
            sealer.afterCommit(written);
          }
        }
      });
      chains = written;
    }
    chains.add(chain);
  }

  private String write(AuditDetails details) {
    if (details == null || details.equals(AuditDetails.NONE)) {
      return null;
    }
    try {
      return mapper.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
