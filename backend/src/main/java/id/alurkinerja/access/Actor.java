package id.alurkinerja.access;

import id.alurkinerja.identity.ActingAssignment;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Role;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the current request. The token only names the user; positions and acting
 * assignments come from the database on each request, so a revoked role or an ended Plt. takes
 * effect at once, not when the token expires.
 */
@RequestScoped
public class Actor {

  @Inject JsonWebToken jwt;
  @Inject Clock clock;

  private CurrentUser current;

  public CurrentUser get() {
    if (current == null) {
      current = load();
    }
    return current;
  }

  private CurrentUser load() {
    if (jwt == null || jwt.getSubject() == null) {
      throw unauthenticated();
    }
    long userId;
    try {
      userId = Long.parseLong(jwt.getSubject());
    } catch (NumberFormatException e) {
      throw unauthenticated();
    }
    AppUser user = AppUser.findById(userId);
    if (user == null || !user.active || !Objects.equals(user.username, jwt.getName())) {
      throw unauthenticated();
    }
    return new CurrentUser(user, grantsOf(user));
  }

  List<Grant> grantsOf(AppUser user) {
    Map<Long, Kecamatan> kecamatan = new HashMap<>();
    List<Grant> grants = new ArrayList<>();
    Kecamatan home = user.kecamatanId == null ? null
        : kecamatan.computeIfAbsent(user.kecamatanId, id -> Kecamatan.<Kecamatan>findById(id));
    for (Role role : user.roles) {
      grants.add(new Grant(role, user.kabupatenId, user.kecamatanId, user.unitId,
          home != null && user.unitId != null && user.unitId.equals(home.pengelolaUnitId), null, null));
    }
    for (ActingAssignment acting : ActingAssignment.inForce(user.id, clock)) {
      Kecamatan where = kecamatan.computeIfAbsent(acting.kecamatanId, id -> Kecamatan.<Kecamatan>findById(id));
      grants.add(new Grant(acting.role, where.kabupatenId, where.id, acting.unitId,
          acting.unitId != null && acting.unitId.equals(where.pengelolaUnitId), acting.kind, acting.id));
    }
    return List.copyOf(grants);
  }

  private static ProblemException unauthenticated() {
    return new ProblemException(ProblemType.UNAUTHENTICATED,
        "The access token does not name an active user");
  }
}
