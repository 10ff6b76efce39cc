package id.alurkinerja.workflow;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.audit.AuditDetails;
import java.time.Instant;

/**
 * A document made a transition. Fired inside the transaction that made it, so what observers do
 * (create the units' submissions, complete the distribution, move the cycle on) commits or rolls
 * back with it. Observe it with {@code @Observes(during = TransactionPhase.IN_PROGRESS)}.
 */
public record DocumentTransitioned(DocumentKind kind, long documentId, long kecamatanId,
    Transition<?> transition, Enum<?> from, Enum<?> to, long version, CurrentUser actor, Grant grant,
    AuditDetails details, String reason, Instant at) {

  public boolean is(Transition<?> t) {
    return transition == t;
  }

  /** Whether the document's state changed (not an edit within a state). */
  public boolean movedState() {
    return from != to;
  }
}
