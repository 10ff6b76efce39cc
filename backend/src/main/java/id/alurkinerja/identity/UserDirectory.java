package id.alurkinerja.identity;

import id.alurkinerja.access.ApiScope;
import id.alurkinerja.access.Credential;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Directory;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Verb;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Answers {@link Directory} from the users, their roles and their Plt./Plh. assignments. */
@ApplicationScoped
public class UserDirectory implements Directory {

  @Inject Clock clock;

  @Override
  public Optional<CurrentUser> activeUser(long userId, String username) {
    AppUser user = AppUser.findById(userId);
    if (user == null || !user.active || !Objects.equals(user.username, username)) {
      return Optional.empty();
    }
    return Optional.of(current(user));
  }

  @Override
  public Optional<Set<Verb>> apiTokenVerbs(String tokenId, long userId) {
    ApiToken token = ApiToken.find("tokenId", tokenId).firstResult();
    if (token == null || token.userId != userId || !token.usableAt(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(token.verbSet());
  }

  @Override
  public Optional<Set<Verb>> clientVerbs(String clientId, long userId) {
    ServiceClient client = ServiceClient.byClientId(clientId);
    if (client == null || client.userId != userId || client.revokedAt != null) {
      return Optional.empty();
    }
    return Optional.of(ApiScope.verbsOf(client.scopeSet()));
  }

  @Override
  public Optional<CurrentUser> onBehalfOf(long userId) {
    AppUser user = AppUser.findById(userId);
    if (user == null || !user.active) {
      return Optional.empty();
    }
    CurrentUser current = current(user);
    if (user.accountKind != AccountKind.SERVICE) {
      return Optional.of(current);
    }
    ServiceClient client = ServiceClient.find("userId", userId).firstResult();
    return client == null ? Optional.empty()
        : clientVerbs(client.clientId, userId).map(verbs -> current.through(Credential.SERVICE, verbs));
  }

  /** A login lasts while its refresh-token family is not revoked (logout, reuse, password change or reset). */
  @Override
  public boolean sessionActive(String sessionId) {
    return RefreshToken.count("familyId = ?1 and revokedAt is null", sessionId) > 0;
  }

  @Override
  public List<CurrentUser> peopleIn(long kecamatanId) {
    List<AppUser> people = new ArrayList<>(AppUser.<AppUser>list("kecamatanId = ?1 and active = true", kecamatanId));
    for (ActingAssignment a : ActingAssignment.<ActingAssignment>list("kecamatanId", kecamatanId)) {
      AppUser acting = AppUser.findById(a.userId);
      if (acting.active && people.stream().noneMatch(p -> p.id.equals(acting.id))) {
        people.add(acting);
      }
    }
    return people.stream().map(this::current).toList();
  }

  /**
   * The user as the audit trail and approvals record them, with today's positions. A service
   * account is marked so: the {@code Actor} accepts it only with a client-credentials token, whose
   * scopes then narrow its verbs ({@link #clientVerbs}).
   */
  public CurrentUser current(AppUser user) {
    CurrentUser current = CurrentUser.loggedIn(user.id, user.username, user.fullName, user.nip, grantsOf(user));
    return user.accountKind == AccountKind.SERVICE ? current.through(Credential.SERVICE, EnumSet.allOf(Verb.class))
        : current;
  }

  @Override
  public List<Grant> grantsOf(long userId) {
    AppUser user = AppUser.findById(userId);
    return user == null ? List.of() : grantsOf(user);
  }

  private List<Grant> grantsOf(AppUser user) {
    List<Grant> grants = new ArrayList<>();
    Kecamatan home = user.kecamatanId == null ? null : Kecamatan.findById(user.kecamatanId);
    OrgUnit unit = user.unitId == null ? null : OrgUnit.findById(user.unitId);
    for (Role role : user.roles) {
      grants.add(new Grant(role, user.kabupatenId, user.kecamatanId, user.unitId,
          home != null && user.unitId != null && user.unitId.equals(home.pengelolaUnitId), null, null,
          Positions.title(role, home, unit)));
    }
    for (ActingAssignment acting : ActingAssignment.inForce(user.id, clock)) {
      Kecamatan where = Kecamatan.findById(acting.kecamatanId);
      OrgUnit actingUnit = acting.unitId == null ? null : OrgUnit.findById(acting.unitId);
      grants.add(new Grant(acting.role, where.kabupatenId, where.id, acting.unitId,
          acting.unitId != null && acting.unitId.equals(where.pengelolaUnitId), acting.kind, acting.id,
          acting.kind.prefix() + " " + Positions.title(acting.role, where, actingUnit)));
    }
    return List.copyOf(grants);
  }
}
