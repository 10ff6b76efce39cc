package id.alurkinerja.cycles;

import id.alurkinerja.forms.FormState;
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
      @Schema(description = "The cycle's form, once created") Long formId,
      FormState formState,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true, description = "Verbs the current user holds on this cycle") List<String> verbs) {}
}
