package id.alurkinerja.kinerja;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "One indicator of performance")
public record Indicator(
    @Schema(required = true, examples = "S1.1") @NotBlank @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9.]+", message = "CODE_CHARACTERS") String code,
    @Schema(required = true) @NotBlank @Size(max = 500) String name,
    @Schema(required = true, examples = "%") @NotBlank @Size(max = 60) String satuan,
    @Schema(required = true) @NotNull DataType dataType,
    @Schema(required = true) @NotNull Polarity polarity,
    @Schema(required = true) @NotNull Aggregation aggregation,
    @Schema(description = "Numeric target; required except for text indicators; 0 or 1 for yesno")
    @DecimalMin(value = "0", message = "NEGATIVE") @Digits(integer = 12, fraction = 4)
    BigDecimal target,
    @Schema(description = "Target in words, for text indicators") @Size(max = 500) String targetText,
    @Schema(required = true, description = "Units that must report it")
    @NotNull @Size(min = 1, max = 50) List<@NotNull Long> reportingUnitIds,
    @Schema(description = "Guidance for the units filling it") @Size(max = 2000) String guidance,
    @Schema(description = "Whether the unit must attach evidence for it (default false)")
    Boolean evidenceRequired) {}
