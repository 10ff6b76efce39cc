package id.alurkinerja.audit;

import id.alurkinerja.access.Grant;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Positions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes audit entries inside the caller's transaction, so a change and its entry land together. */
@ApplicationScoped
public class AuditLog {

  @Inject Clock clock;

  /** What happened to which object; built fluently and written with {@link #record}. */
  public record Entry(String action, String objectType, Long objectId, Long kabupatenId,
      Long kecamatanId, String fromState, String toState, String reason, String detail) {

    public static Entry of(String action, String objectType, Long objectId, Long kabupatenId,
        Long kecamatanId) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, null, null, null, null);
    }

    public Entry detail(String text) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, fromState, toState,
          reason, text);
    }

    public Entry transition(Object from, Object to) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId,
          from == null ? null : String.valueOf(from), to == null ? null : String.valueOf(to), reason, detail);
    }

    public Entry reason(String text) {
      return new Entry(action, objectType, objectId, kabupatenId, kecamatanId, fromState, toState,
          text, detail);
    }
  }

  /** A document's history, oldest first. */
  public java.util.List<TimelineEntry> timeline(String objectType, long objectId) {
    return AuditEvent.<AuditEvent>list("objectType = ?1 and objectId = ?2 order by id", objectType, objectId)
        .stream().map(TimelineEntry::of).toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public AuditEvent record(AppUser actor, Grant capacity, Entry entry) {
    AuditEvent event = new AuditEvent();
    event.occurredAt = clock.instant();
    event.actorUserId = actor == null ? null : actor.id;
    event.actorName = actor == null ? null : actor.fullName;
    event.capacity = capacity == null ? null : Positions.capacity(capacity);
    event.actingFor = capacity == null || capacity.acting() == null ? null : event.capacity;
    event.action = entry.action();
    event.objectType = entry.objectType();
    event.objectId = entry.objectId();
    event.kabupatenId = entry.kabupatenId();
    event.kecamatanId = entry.kecamatanId();
    event.fromState = entry.fromState();
    event.toState = entry.toState();
    event.reason = entry.reason();
    event.detail = entry.detail();
    event.persist();
    return event;
  }
}
