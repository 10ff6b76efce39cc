package id.alurkinerja.sla;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where one piece of work stands against its mutu baku. */
@Schema(name = "SlaView", description = "A task's due time and how much of its mutu baku is used")
public record SlaView(
    @Schema(required = true) SlaStatus status,
    @Schema(required = true, description = "Step 1-11 whose mutu baku it is measured against") int step,
    @Schema(required = true) SlaWork work,
    @Schema(required = true, description = "Round of the work (a return starts a new one)") int round,
    @Schema(required = true) Instant startedAt,
    @Schema(required = true, description = "Due time: the mutu baku on the kecamatan's calendar, or for a "
        + "unit's own data the letter's tenggat") Instant dueAt,
    @Schema(description = "When it was done") Instant finishedAt,
    @Schema(required = true, description = "Office minutes the mutu baku allows") long budgetMinutes,
    @Schema(required = true, description = "Office minutes used so far (or until done)") long elapsedMinutes,
    @Schema(required = true, description = "Share of the time used, in percent (may pass 100)") int usedPercent,
    @Schema(required = true, description = "Working days with office time left before the due time; 0 when due")
    int workingDaysLeft) {}
