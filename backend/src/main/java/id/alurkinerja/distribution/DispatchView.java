package id.alurkinerja.distribution;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DispatchView", description = "The form sent to one unit, and its receipt")
public record DispatchView(
    @Schema(required = true) long id,
    @Schema(required = true) long formId,
    @Schema(required = true) int year,
    @Schema(required = true) long unitId,
    @Schema(required = true) String unitName,
    @Schema(required = true) Dispatch.State state,
    @Schema(required = true) Instant sentAt,
    Instant receivedAt,
    String receivedByName,
    @Schema(examples = "Kepala Seksi Pemerintahan") String receivedCapacity,
    @Schema(description = "Letter number of the notification letter") String letterNumber,
    @Schema(required = true, description = "Whether the current user may confirm receipt now")
    boolean canConfirmReceipt) {}
