package id.alurkinerja.identity;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Credential;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.ScopeLevel;
import id.alurkinerja.access.Verb;
import id.alurkinerja.identity.AuthDtos.ChangePasswordRequest;
import id.alurkinerja.identity.UserDtos.ActingAssignmentView;
import id.alurkinerja.identity.UserDtos.MeView;
import id.alurkinerja.identity.UserDtos.PositionView;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgDtos.KecamatanSummary;
import id.alurkinerja.org.OrgDtos.UnitSummary;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "auth")
public class MeResource {

  @Inject Access access;
  @Inject AuthService auth;
  @Inject UserService users;
  @Inject JsonWebToken jwt;
  @Inject Clock clock;

  @GET
  @Operation(operationId = "getMe", summary = "Who am I",
      description = "The user, their positions today (own roles and Plt./Plh.), their acting "
          + "assignments and every verb they hold.")
  @APIResponse(responseCode = "200", description = "The current user",
      content = @Content(schema = @Schema(implementation = MeView.class)))
  public MeView me() {
    CurrentUser current = access.user();
    AppUser u = AppUser.findById(current.id());
    Kecamatan k = u.kecamatanId == null ? null : Kecamatan.findById(u.kecamatanId);
    OrgUnit unit = u.unitId == null ? null : OrgUnit.findById(u.unitId);
    List<PositionView> positions = new ArrayList<>();
    Set<Verb> verbs = EnumSet.noneOf(Verb.class);
    for (Grant g : current.grants()) {
      positions.add(position(g));
      RolePolicy.verbsOf(g.role()).forEach((verb, level) -> {
        if (reachable(g, level) && current.mayUse(verb)) {
          verbs.add(verb);
        }
      });
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(k == null ? "Asia/Jakarta" : k.timeZone)));
    List<ActingAssignmentView> acting = ActingAssignment.ofUser(u.id).stream()
        .filter(a -> a.revokedAt == null && !a.endsOn.isBefore(today))
        .map(users::view).toList();
    return new MeView(UserView.of(u), k == null ? null : new KecamatanSummary(k.id, k.code, k.name),
        unit == null ? null : new UnitSummary(unit.id, unit.code, unit.name), positions, acting,
        List.copyOf(verbs));
  }

  @PUT
  @Path("/password")
  @Operation(operationId = "changeMyPassword", summary = "Change my password",
      description = "Needs the current password; ends my other sessions, keeps this one. Only a person "
          + "logged in changes it: 403 with an API token or a service account's token.")
  @APIResponse(responseCode = "204", description = "Changed")
  public Response changePassword(@Valid @NotNull ChangePasswordRequest request) {
    if (access.user().credential() != Credential.LOGIN) {
      throw ProblemException.forbidden("A password is changed by its owner logged in, not with a token");
    }
    String family = jwt.getClaim(TokenService.CLAIM_SESSION);
    auth.changePassword(access.user().id(), family, request.currentPassword(), request.newPassword());
    return Response.noContent().build();
  }

  /** A PENGELOLA grant outside the unit pengelola, or a UNIT grant without a unit, reaches nothing. */
  private static boolean reachable(Grant g, ScopeLevel level) {
    return switch (level) {
      case PENGELOLA -> g.pengelola();
      case UNIT -> g.unitId() != null;
      case KABUPATEN_OFFICE -> g.kecamatanId() == null;
      default -> true;
    };
  }

  private static PositionView position(Grant g) {
    LocalDate starts = null;
    LocalDate ends = null;
    if (g.isActing()) {
      ActingAssignment a = ActingAssignment.findById(g.actingAssignmentId());
      starts = a.startsOn;
      ends = a.endsOn;
    }
    return new PositionView(g.role(), g.role().label(), g.acting(), g.capacity(), g.kecamatanId(), g.unitId(),
        starts, ends);
  }
}
