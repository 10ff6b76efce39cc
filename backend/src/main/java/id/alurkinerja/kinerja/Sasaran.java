package id.alurkinerja.kinerja;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Sasaran", description = "An objective and its indicators")
public record Sasaran(
    @Schema(required = true, examples = "S1") @NotBlank @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9.]+", message = "CODE_CHARACTERS") String code,
    @Schema(required = true) @NotBlank @Size(max = 500) String name,
    @Schema(required = true) @NotNull @Size(max = 200) List<@NotNull @Valid Indicator> indicators) {}
