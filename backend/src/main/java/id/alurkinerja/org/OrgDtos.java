package id.alurkinerja.org;

import id.alurkinerja.access.Verb;
import id.alurkinerja.kinerja.LowerFormula;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the organisation endpoints. */
public final class OrgDtos {

  private OrgDtos() {}

  @Schema(name = "KecamatanSummary")
  public record KecamatanSummary(@Schema(required = true) long id, @Schema(required = true) String code,
      @Schema(required = true) String name) {
    static KecamatanSummary of(Kecamatan k) {
      return new KecamatanSummary(k.id, k.code, k.name);
    }
  }

  @Schema(name = "UnitSummary")
  public record UnitSummary(@Schema(required = true) long id, @Schema(required = true) String code,
      @Schema(required = true) String name) {
    static UnitSummary of(OrgUnit u) {
      return new UnitSummary(u.id, u.code, u.name);
    }
  }

  @Schema(name = "KecamatanView")
  public record KecamatanView(
      @Schema(required = true) long id,
      @Schema(required = true) long kabupatenId,
      @Schema(required = true) String kabupatenName,
      @Schema(required = true, examples = "33.11.09") String code,
      @Schema(required = true, examples = "Bulu") String name,
      @Schema(required = true, examples = "Asia/Jakarta") String timeZone,
      @Schema(description = "The unit pengelola data kinerja") Long pengelolaUnitId,
      @Schema(required = true, description = "Verbs the current user holds on this kecamatan")
      List<Verb> verbs) {}

  @Schema(name = "UnitView")
  public record UnitView(
      @Schema(required = true) long id,
      @Schema(required = true) long kecamatanId,
      @Schema(required = true) String code,
      @Schema(required = true) String name,
      @Schema(required = true) UnitKind kind,
      @Schema(required = true, description = "Whether the unit reports its own data kinerja") boolean reporting,
      @Schema(required = true) boolean active,
      @Schema(required = true) int sortOrder,
      @Schema(required = true, description = "Whether this is the unit pengelola data kinerja") boolean pengelola,
      @Schema(required = true) long version) {}

  @Schema(name = "UnitRequest")
  public record UnitRequest(
      @Schema(required = true, examples = "SEKSI-PEM") @NotBlank @Size(max = 32)
      @Pattern(regexp = "[A-Za-z0-9._-]+", message = "UNIT_CODE_CHARACTERS")
      String code,
      @Schema(required = true, examples = "Seksi Pemerintahan") @NotBlank @Size(max = 160) String name,
      @Schema(required = true) @NotNull UnitKind kind,
      @Schema(required = true) @NotNull Boolean reporting,
      @Schema(description = "Position in lists; default 0") @Min(0) @Max(9999) Integer sortOrder,
      @Schema(description = "Default true; a deactivated unit keeps its history") Boolean active) {}

  @Schema(name = "KinerjaSettings", description = "How the kecamatan computes capaian")
  public record KinerjaSettings(
      @Schema(required = true, description = "RATIO: target/realisasi×100; DIFFERENCE: (2×target−realisasi)/target×100")
      @NotNull LowerFormula lowerIsBetterFormula,
      @Schema(required = true, description = "The most one indicator's capaian counts in its sasaran's, in percent")
      @NotNull @jakarta.validation.constraints.DecimalMin("100") @jakarta.validation.constraints.DecimalMax("1000")
      java.math.BigDecimal capaianCap) {}

  @Schema(name = "PengelolaRequest")
  public record PengelolaRequest(@Schema(required = true) @NotNull Long unitId) {}
}
