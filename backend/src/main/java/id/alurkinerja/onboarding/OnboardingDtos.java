package id.alurkinerja.onboarding;

import id.alurkinerja.identity.Employment;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.org.OrgDtos.KecamatanView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the onboarding endpoints: a new kecamatan and its first administrator. */
public final class OnboardingDtos {

  private OnboardingDtos() {}

  @Schema(name = "FirstAdminRequest", description = "The kecamatan's first ADMIN, who then adds its units and users")
  public record FirstAdminRequest(
      @Schema(required = true, examples = "admin.nguter") @NotBlank @Size(min = 3, max = 64)
      @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "USERNAME_CHARACTERS") String username,
      @Schema(required = true, description = "At least 10 characters, not the username or NIP")
      @NotBlank @Size(max = 128) String password,
      @Schema(required = true) @NotBlank @Size(max = 160) String fullName,
      @Schema(required = true) @NotNull Employment employment,
      @Schema(description = "Required for PNS and PPPK, absent for NON_ASN") @Size(max = 18) String nip,
      @Schema(required = true, examples = "Pranata Komputer Kecamatan Nguter") @NotBlank @Size(max = 160) String jabatan,
      @Schema(examples = "Penata Muda (III/a)") @Size(max = 80) String pangkatGolongan) {}

  @Schema(name = "KecamatanCreateRequest")
  public record KecamatanCreateRequest(
      @Schema(required = true) @NotNull Long kabupatenId,
      @Schema(required = true, description = "Kode wilayah Kemendagri, unique", examples = "33.11.05")
      @NotBlank @Size(max = 16) @Pattern(regexp = "[0-9A-Za-z.]+", message = "CODE_CHARACTERS") String code,
      @Schema(required = true, examples = "Nguter") @NotBlank @Size(max = 120) String name,
      @Schema(description = "Asia/Jakarta (default), Asia/Makassar or Asia/Jayapura") @Size(max = 40) String timeZone,
      @Schema(required = true) @NotNull @Valid FirstAdminRequest admin) {}

  @Schema(name = "KecamatanCreated")
  public record KecamatanCreated(
      @Schema(required = true) KecamatanView kecamatan,
      @Schema(required = true, description = "Its first ADMIN, who can log in now") UserView admin,
      @Schema(required = true, description = "Version 1 of its SOP, made from the template") long sopVersionId) {}
}
