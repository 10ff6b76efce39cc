package id.alurkinerja.forms;

import id.alurkinerja.kinerja.Sasaran;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
}
