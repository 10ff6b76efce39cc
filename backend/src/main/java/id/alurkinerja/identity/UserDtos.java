package id.alurkinerja.identity;

import id.alurkinerja.access.ActingKind;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Verb;
import id.alurkinerja.org.OrgDtos.KecamatanSummary;
import id.alurkinerja.org.OrgDtos.UnitSummary;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the user, acting-assignment and /me endpoints. */
public final class UserDtos {

  private UserDtos() {}

  @Schema(name = "UserView")
  public record UserView(
      @Schema(required = true) long id,
      @Schema(required = true) String username,
      @Schema(required = true) String fullName,
      @Schema(required = true) Employment employment,
      @Schema(description = "18-digit NIP (PNS) or NI PPPK; absent for non-ASN staff") String nip,
      @Schema(required = true) String jabatan,
      String pangkatGolongan,
      @Schema(required = true) long kabupatenId,
      @Schema(description = "Absent for kabupaten-level users") Long kecamatanId,
      Long unitId,
      @Schema(required = true) Set<Role> roles,
      @Schema(required = true) boolean active,
      @Schema(required = true) long version) {

    public static UserView of(AppUser u) {
      return new UserView(u.id, u.username, u.fullName, u.employment, u.nip, u.jabatan,
          u.pangkatGolongan, u.kabupatenId, u.kecamatanId, u.unitId, Set.copyOf(u.roles), u.active,
          u.version);
    }
  }

  @Schema(name = "UserPage")
  public record UserPage(@Schema(required = true) List<UserView> items,
      @Schema(description = "Pass as cursor to get the next page; absent on the last page") String nextCursor) {}

  @Schema(name = "UserCreateRequest")
  public record UserCreateRequest(
      @Schema(required = true, examples = "kasi.pem") @NotBlank @Size(min = 3, max = 64)
      @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "USERNAME_CHARACTERS")
      String username,
      @Schema(required = true, description = "At least 10 characters, not the username or NIP")
      @NotBlank @Size(max = 128) String password,
      @Schema(required = true) @NotBlank @Size(max = 160) String fullName,
      @Schema(required = true) @NotNull Employment employment,
      @Schema(description = "Required for PNS and PPPK, absent for NON_ASN") @Size(max = 18) String nip,
      @Schema(required = true, examples = "Kepala Seksi Pemerintahan") @NotBlank @Size(max = 160) String jabatan,
      @Schema(examples = "Penata Tk. I (III/d)") @Size(max = 80) String pangkatGolongan,
      @Schema(description = "The user's unit in this kecamatan") Long unitId,
      @Schema(required = true) @NotEmpty Set<@NotNull Role> roles) {}

  @Schema(name = "UserUpdateRequest")
  public record UserUpdateRequest(
      @Schema(required = true) @NotBlank @Size(max = 160) String fullName,
      @Schema(required = true) @NotNull Employment employment,
      @Size(max = 18) String nip,
      @Schema(required = true) @NotBlank @Size(max = 160) String jabatan,
      @Size(max = 80) String pangkatGolongan,
      Long unitId,
      @Schema(required = true) @NotEmpty Set<@NotNull Role> roles,
      @Schema(required = true, description = "false blocks login at once") @NotNull Boolean active) {}

  @Schema(name = "ActingAssignmentView")
  public record ActingAssignmentView(
      @Schema(required = true) long id,
      @Schema(required = true) long userId,
      @Schema(required = true) ActingKind kind,
      @Schema(required = true) Role role,
      @Schema(required = true) long kecamatanId,
      Long unitId,
      @Schema(required = true) LocalDate startsOn,
      @Schema(required = true) LocalDate endsOn,
      String basis,
      @Schema(required = true, examples = "Plt. Camat Bulu") String title,
      @Schema(required = true, description = "Whether it is in force today in the kecamatan's time zone")
      boolean activeToday,
      Instant revokedAt) {}

  @Schema(name = "ActingAssignmentRequest")
  public record ActingAssignmentRequest(
      @Schema(required = true) @NotNull ActingKind kind,
      @Schema(required = true) @NotNull Role role,
      @Schema(description = "The unit of the position, for unit-level roles (KASI, KASUBBAG, STAF)") Long unitId,
      @Schema(required = true) @NotNull LocalDate startsOn,
      @Schema(required = true) @NotNull LocalDate endsOn,
      @Schema(description = "The decree appointing the acting official") @Size(max = 200) String basis) {}

  @Schema(name = "PositionView", description = "A position the user holds today")
  public record PositionView(
      @Schema(required = true) Role role,
      @Schema(required = true) String roleLabel,
      @Schema(description = "PLT or PLH when held as acting official") ActingKind acting,
      @Schema(required = true, examples = "Plt. Camat Bulu") String title,
      Long kecamatanId,
      Long unitId,
      LocalDate startsOn,
      LocalDate endsOn) {}

  @Schema(name = "MeView")
  public record MeView(
      @Schema(required = true) UserView user,
      KecamatanSummary kecamatan,
      UnitSummary unit,
      @Schema(required = true) List<PositionView> positions,
      @Schema(required = true, description = "Current and future acting assignments")
      List<ActingAssignmentView> actingAssignments,
      @Schema(required = true, description = "Every verb the user holds somewhere, e.g. user.manage")
      List<Verb> verbs) {}
}
