package id.alurkinerja.archive;

import id.alurkinerja.audit.AuditEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One audit entry as the archive writes it: its facts and its place in the kecamatan's hash chain. */
record AuditLine(long id, Long chainSeq, Instant occurredAt, String actorName, String capacity, String action,
    String objectType, Long objectId, String fromState, String toState, String reason, String details,
    String prevHash, String hash) {

  static AuditLine of(AuditEvent e) {
    return new AuditLine(e.id, e.chainSeq, e.occurredAt, e.actorName, e.capacity, e.action, e.objectType,
        e.objectId, e.fromState, e.toState, e.reason, e.details, e.prevHash, e.hash);
  }

  List<Object> cells() {
    return Arrays.asList(id, chainSeq, occurredAt, actorName, capacity, action, objectType, objectId, fromState,
        toState, reason, prevHash, hash);
  }
}
