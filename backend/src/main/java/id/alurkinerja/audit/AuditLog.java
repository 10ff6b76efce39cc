package id.alurkinerja.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes audit entries inside the caller's transaction, so a change and its entry land together. */
@ApplicationScoped
public class AuditLog {

  @Inject Clock clock;
  @Inject ObjectMapper mapper;

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
    event.occurredAt = clock.instant();
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
    event.persist();
    return event;
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
