package id.alurkinerja.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One entry of a document's history, from the audit trail")
public record TimelineEntry(@Schema(required = true) Instant at, @Schema(required = true) String action,
    String actorName,
    @Schema(description = "The post the actor acted in, e.g. Sekretaris Kecamatan Bulu") String capacity,
    @Schema(description = "Set when acting as Plt./Plh., e.g. Plh. Camat Bulu") String actingFor,
    String fromState, String toState, String reason, String detail) {

  public static TimelineEntry of(AuditEvent e) {
    return new TimelineEntry(e.occurredAt, e.action, e.actorName, e.capacity, e.actingFor, e.fromState,
        e.toState, e.reason, e.detail);
  }
}
