package id.alurkinerja.integration;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the kabupaten changes feed. */
public final class ChangeDtos {

  private ChangeDtos() {}

  @Schema(name = "Change", description = "One change in a kabupaten's kecamatan, as its audit entry recorded it")
  public record Change(
      @Schema(required = true, description = "Its number in the kabupaten's feed: 1, 2, 3, … in the order the "
          + "changes were committed") long seq,
      @Schema(required = true, description = "Unique and stable: a receiver that saw it already skips it") String eventId,
      @Schema(required = true, description = "What happened, e.g. form.distribute, submission.return, recap.sign",
          examples = "recap.sign") String type,
      @Schema(required = true) Instant occurredAt,
      @Schema(description = "Absent for the kabupaten's own changes") Long kecamatanId,
      @Schema(required = true, description = "form, submission, recap, cycle, unit, user, …") String objectType,
      Long objectId,
      String fromState,
      String toState,
      @Schema(description = "Who did it") String actorName) {}

  @Schema(name = "ChangePage")
  public record ChangePage(
      @Schema(required = true, description = "The changes this client may read, oldest first") List<Change> items,
      @Schema(required = true, description = "Pass as after for the next call; it moves past changes this client "
          + "may not read too, so none is asked for twice") long lastSeq,
      @Schema(required = true, description = "More changes follow right away; otherwise ask again later") boolean more) {}
}
