package id.alurkinerja.letters;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class LetterDtos {

  private LetterDtos() {}

  @Schema(name = "LetterReservationRequest", description = "A number for a letter outside this SOP")
  public record LetterReservationRequest(
      @Schema(required = true, examples = "Undangan rapat koordinasi") @NotBlank @Size(max = 300) String subject,
      @Schema(description = "Classification code; default the kecamatan's") @Size(max = 40) String classification) {}

  @Schema(name = "LetterSettings")
  public record LetterSettings(
      @Schema(required = true, examples = "{classification}/{seq}/Kec.{kecamatan}/{year}")
      @NotBlank @Size(max = 120) String pattern,
      @Schema(required = true, examples = "000.1.5") @NotBlank @Size(max = 40) String classification,
      @Schema(required = true, description = "First number of a year's register (for years not begun)")
      @NotNull @Min(1) @Max(99999) Integer sequenceStart) {}
}
