package id.alurkinerja.cycles;

import id.alurkinerja.access.Verb;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class CycleDtos {

  private CycleDtos() {}

  @Schema(name = "CycleCreateRequest")
  public record CycleCreateRequest(
      @Schema(required = true) @NotNull Long kecamatanId,
      @Schema(required = true, examples = "2026") @NotNull @Min(2000) @Max(2100) Integer year,
      @Schema(description = "Default: Data Kinerja <year>") @Size(max = 160) String title) {}

  @Schema(name = "CycleView")
  public record CycleView(
      @Schema(required = true) long id,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) int year,
      @Schema(required = true) String title,
      @Schema(required = true) CycleStatus status,
      @Schema(required = true, description = "The SOP step with work still open (1-11); 0 before the form "
          + "exists or for an imported year") int step,
      @Schema(required = true) String stepTitle,
      @Schema(description = "The cycle's form, once created") Long formId,
      @Schema(description = "The recap being worked on, or signed last") Long recapId,
      @Schema(description = "The signed recap that stands, once the SOP is finished") Long signedRecapId,
      @Schema(required = true) Instant createdAt,
      @Schema(description = "When the status or step last changed") Instant statusChangedAt,
      @Schema(required = true, description = "Verbs the current user holds on this cycle") List<Verb> verbs,
      @Schema(required = true, description = "The SOP version the cycle runs on (GET /api/v1/sop/versions/{id})")
      long sopVersionId) {}
}
