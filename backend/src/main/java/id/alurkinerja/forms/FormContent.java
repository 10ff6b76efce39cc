package id.alurkinerja.forms;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a form says: the notification letter and the indicators grouped by sasaran. This whole
 * package, as canonical JSON, is what the Sekcam initials and the Camat signs.
 */
@Schema(name = "FormContent")
public record FormContent(
    @Schema(required = true) @NotNull @Valid Letter letter,
    @Schema(required = true) @NotNull @Size(max = 100) List<@NotNull @Valid Sasaran> sasaran) {

  public static FormContent empty(int year) {
    return new FormContent(new Letter("Permohonan Pengisian Data Kinerja Tahun " + year, "", null,
        List.of()), List.of());
  }

  @Schema(name = "FormLetter", description = "Surat pemberitahuan pengisian data")
  public record Letter(
      @Schema(required = true, examples = "Permohonan Pengisian Data Kinerja Tahun 2026")
      @NotBlank @Size(max = 300) String perihal,
      @Schema(required = true, description = "Isi surat") @NotNull @Size(max = 20000) String body,
      @Schema(description = "Tenggat for the units") LocalDate deadline,
      @Schema(required = true, description = "Units the letter is addressed to")
      @NotNull @Size(max = 200) List<@NotNull Long> addresseeUnitIds) {}

  @Schema(name = "Sasaran", description = "An objective and its indicators")
  public record Sasaran(
      @Schema(required = true, examples = "S1") @NotBlank @Size(max = 32)
      @Pattern(regexp = "[A-Za-z0-9.]+", message = "may only contain letters, digits and '.'") String code,
      @Schema(required = true) @NotBlank @Size(max = 500) String name,
      @Schema(required = true) @NotNull @Size(max = 200) List<@NotNull @Valid Indicator> indicators) {}

  @Schema(name = "Indicator", description = "One indicator of performance")
  public record Indicator(
      @Schema(required = true, examples = "S1.1") @NotBlank @Size(max = 32)
      @Pattern(regexp = "[A-Za-z0-9.]+", message = "may only contain letters, digits and '.'") String code,
      @Schema(required = true) @NotBlank @Size(max = 500) String name,
      @Schema(required = true, examples = "%") @NotBlank @Size(max = 60) String satuan,
      @Schema(required = true) @NotNull DataType dataType,
      @Schema(required = true) @NotNull Polarity polarity,
      @Schema(required = true) @NotNull Aggregation aggregation,
      @Schema(description = "Numeric target; required except for text indicators; 0 or 1 for yesno")
      @DecimalMin(value = "0", message = "must not be negative") @Digits(integer = 12, fraction = 4)
      BigDecimal target,
      @Schema(description = "Target in words, for text indicators") @Size(max = 500) String targetText,
      @Schema(required = true, description = "Units that must report it")
      @NotNull @Size(min = 1, max = 50) List<@NotNull Long> reportingUnitIds,
      @Schema(description = "Guidance for the units filling it") @Size(max = 2000) String guidance,
      @Schema(description = "Whether the unit must attach evidence for it (default false)")
      Boolean evidenceRequired) {}

  /** How values are typed. */
  public enum DataType { number, percent, index, yesno, text }

  /** Whether a higher or a lower realisation is better. */
  public enum Polarity { higher_is_better, lower_is_better }

  /** How unit values combine in the recap. */
  public enum Aggregation { sum, average, min, max, none }
}
