package id.alurkinerja.workflow;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the piece of work a timeline entry ended took, against its step's mutu baku. */
@Schema(name = "StepClock", description = "The mutu baku of the work this entry ended, and the working time it took")
public record StepClock(
    @Schema(required = true, description = "SOP step 1-11") int step,
    @Schema(required = true) int round,
    @Schema(description = "The unit, where the step is per bagian") Long unitId,
    @Schema(required = true) Instant startedAt,
    @Schema(required = true) Instant dueAt,
    @Schema(required = true, description = "Office minutes the mutu baku allowed") long budgetMinutes,
    @Schema(required = true, description = "Office minutes it took") long elapsedMinutes,
    @Schema(required = true, description = "Whether it was done by its due time") boolean kept) {

  /** A piece of work that ended with a transition of a document, at an instant. */
  public record Ended(String transition, Instant at, StepClock clock) {}

  /** Where the SLA clock tells which work a document's transitions ended (the sla feature answers). */
  public interface Source {
    List<Ended> endedOn(DocumentKind kind, long documentId);
  }
}
