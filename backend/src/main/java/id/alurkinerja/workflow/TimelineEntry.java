package id.alurkinerja.workflow;

import id.alurkinerja.audit.AuditDetails;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimelineEntry", description = "One entry of a document's history, from the audit trail")
public record TimelineEntry(
    @Schema(required = true) Instant at,
    @Schema(required = true, description = "The transition of the document's table, e.g. PARAF, EDIT, RECEIVE")
    String action,
    String actorName,
    @Schema(description = "The post the actor acted in, e.g. Sekretaris Kecamatan Bulu") String capacity,
    @Schema(description = "Set when acting as Plt./Plh., e.g. Plh. Camat Bulu") String actingFor,
    @Schema(description = "State before; absent when the document was created") String fromState,
    String toState,
    String reason,
    @Schema(required = true) AuditDetails details,
    @Schema(description = "Entries written before details were typed keep their original text here")
    String note,
    @Schema(description = "For an entry that ended a piece of work: its mutu baku and the working time taken")
    StepClock sla) {}
