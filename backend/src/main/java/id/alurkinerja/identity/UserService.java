package id.alurkinerja.identity;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.identity.UserDtos.ActingAssignmentRequest;
import id.alurkinerja.identity.UserDtos.ActingAssignmentView;
import id.alurkinerja.identity.UserDtos.UserCreateRequest;
import id.alurkinerja.identity.UserDtos.UserPage;
import id.alurkinerja.identity.UserDtos.UserUpdateRequest;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.IdCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Users of a kecamatan and their acting assignments, administered by ADMIN. */
@ApplicationScoped
public class UserService {

  /** Roles held within one unit; the others are kecamatan-wide positions. */
  static final Set<Role> UNIT_ROLES = EnumSet.of(Role.STAF, Role.KASUBBAG, Role.KASI);

  /** Roles of kabupaten-level users, who hold no kecamatan. */
  static final Set<Role> KABUPATEN_ROLES = EnumSet.of(Role.KABUPATEN, Role.ADMIN);

  @Inject Access access;
  @Inject OrgService org;
  @Inject AuthService auth;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public static Target targetOf(AppUser u) {
    return new Target(u.kabupatenId, u.kecamatanId, u.unitId);
  }

  public UserPage list(long kecamatanId, int limit, String cursor) {
    org.kecamatan(kecamatanId, Verb.USER_READ);
    long after = IdCursor.after(cursor);
    int size = IdCursor.size(limit);
    List<AppUser> users = AppUser.find("kecamatanId = ?1 and id > ?2 order by id", kecamatanId, after)
        .page(0, size + 1).list();
    List<UserView> items = users.stream().limit(size).map(UserView::of).toList();
    return new UserPage(items, IdCursor.next(users, size, items, UserView::id));
  }

  public AppUser user(long userId, Verb verb) {
    AppUser u = AppUser.findById(userId);
    if (u == null || u.accountKind == AccountKind.SERVICE) { // those are managed as service accounts
      throw ProblemException.notFound("User " + userId);
    }
    access.canOrReject(verb, targetOf(u), "User " + userId);
    return u;
  }

  /** The kabupaten's own users (officers and ADMINs), who hold no kecamatan. */
  public UserPage listKabupaten(long kabupatenId, int limit, String cursor) {
    org.onKabupaten(kabupatenId, Verb.USER_READ);
    long after = IdCursor.after(cursor);
    int size = IdCursor.size(limit);
    List<AppUser> users = AppUser.find("kabupatenId = ?1 and kecamatanId is null and accountKind = ?2 and id > ?3 "
        + "order by id", kabupatenId, AccountKind.PERSON, after).page(0, size + 1).list();
    List<UserView> items = users.stream().limit(size).map(UserView::of).toList();
    return new UserPage(items, IdCursor.next(users, size, items, UserView::id));
  }

  @Transactional
  public UserView create(long kecamatanId, UserCreateRequest request) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    if (k == null) {
      throw ProblemException.notFound("Kecamatan " + kecamatanId);
    }
    Grant grant = access.canOrReject(Verb.USER_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    return create(k.kabupatenId, k, request, grant);
  }

  /** A kabupaten-level user: a KABUPATEN officer or a kabupaten ADMIN. */
  @Transactional
  public UserView createAtKabupaten(long kabupatenId, UserCreateRequest request) {
    Grant grant = org.onKabupaten(kabupatenId, Verb.USER_MANAGE);
    return create(kabupatenId, null, request, grant);
  }

  /**
   * A new person in kecamatan {@code k}, or at the kabupaten when {@code k} is null, recorded as
   * done by {@code by} (null: the one-time bootstrap of an install, which nobody is logged in for).
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public UserView create(long kabupatenId, Kecamatan k, UserCreateRequest request, Grant grant) {
    String username = request.username().trim();
    if (AppUser.count("username", username) > 0) {
      throw new ProblemException(ProblemType.CONFLICT, "The username is taken",
          List.of(new FieldError("username", FieldErrorCode.TAKEN)));
    }
    AppUser u = new AppUser();
    u.username = username;
    u.kabupatenId = kabupatenId;
    u.kecamatanId = k == null ? null : k.id;
    u.active = true;
    applyProfile(u, k, request.fullName(), request.employment(), request.nip(), request.jabatan(),
        request.pangkatGolongan(), request.unitId(), request.roles());
    auth.setPassword(u, request.password(), "password");
    u.persist();
    if (grant != null) {
      audit.record(access.user(), grant, AuditLog.Entry.of("user.created", "user", u.id, kabupatenId,
          u.kecamatanId).details(about(u)));
    }
    return UserView.of(u);
  }



  @Transactional
  public UserView update(long userId, String ifMatch, UserUpdateRequest request) {
    AppUser u = user(userId, Verb.USER_READ);
    Kecamatan k = kecamatanOf(u);
    Grant grant = access.canOrReject(Verb.USER_MANAGE, targetOf(u), "User " + userId);
    ETags.require(ifMatch, u.version);
    boolean self = u.id.equals(access.user().id());
    if (self && (!request.active() || !request.roles().contains(Role.ADMIN) && u.roles.contains(Role.ADMIN))) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "You cannot deactivate yourself or remove your own ADMIN role; ask another administrator");
    }
    if (self && request.roles().stream().anyMatch(r -> r != Role.ADMIN && !u.roles.contains(r))) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "An administrator cannot give themselves an official role; another administrator must");
    }
    applyProfile(u, k, request.fullName(), request.employment(), request.nip(), request.jabatan(),
        request.pangkatGolongan(), request.unitId(), request.roles());
    boolean deactivated = u.active && !request.active();
    u.active = request.active();
    if (deactivated) {
      RefreshToken.revokeAllOf(u.id, "DEACTIVATED", clock.instant());
    }
    audit.record(access.user(), grant, AuditLog.Entry.of(deactivated ? "user.deactivated" : "user.updated", "user",
        u.id, u.kabupatenId, u.kecamatanId).details(about(u)));
    AppUser.getEntityManager().flush();
    return UserView.of(u);
  }

  @Transactional
  public void resetPassword(long userId, String password) {
    AppUser u = user(userId, Verb.USER_READ);
    Grant grant = access.canOrReject(Verb.USER_MANAGE, targetOf(u), "User " + userId);
    auth.setPassword(u, password, "newPassword");
    RefreshToken.revokeAllOf(u.id, "PASSWORD_RESET", clock.instant());
    audit.record(access.user(), grant,
        AuditLog.Entry.of("user.password-reset", "user", u.id, u.kabupatenId, u.kecamatanId).details(about(u)));
  }

  public List<ActingAssignmentView> actingAssignments(long userId) {
    AppUser u = user(userId, Verb.USER_READ);
    return ActingAssignment.ofUser(u.id).stream().map(this::view).toList();
  }

  @Transactional
  public ActingAssignmentView assignActing(long userId, ActingAssignmentRequest request) {
    AppUser u = user(userId, Verb.USER_READ);
    Grant grant = access.canOrReject(Verb.USER_MANAGE, targetOf(u), "User " + userId);
    if (u.kecamatanId == null) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "Acting assignments are for officials of a kecamatan");
    }
    if (u.id.equals(access.user().id())) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "An administrator cannot appoint themselves Plt./Plh.; another administrator must");
    }
    Kecamatan k = kecamatanOf(u);
    if (request.endsOn().isBefore(request.startsOn())) {
      throw ProblemException.invalid("endsOn", FieldErrorCode.BEFORE_START, Map.of("other", "startsOn"));
    }
    if (request.role() == Role.KABUPATEN || request.role() == Role.ADMIN) {
      throw ProblemException.invalid("role", FieldErrorCode.NOT_AN_SOP_POSITION, Map.of("role", request.role().name()));
    }
    Long unitId = checkUnitFor(request.role(), request.unitId(), k, "unitId");
    // one acting official per position and period: assignments of a kecamatan are made one at a time
    Kecamatan.getEntityManager().lock(k, LockModeType.PESSIMISTIC_WRITE);
    long overlapping = ActingAssignment.count("role = ?1 and kecamatanId = ?2 and "
            + "(unitId = ?3 or (unitId is null and ?3 is null)) and revokedAt is null "
            + "and startsOn <= ?4 and endsOn >= ?5",
        request.role(), k.id, unitId, request.endsOn(), request.startsOn());
    if (overlapping > 0) {
      throw ProblemException.conflict("Another acting official already holds this position in "
          + "that period; revoke that assignment first");
    }
    ActingAssignment a = new ActingAssignment();
    a.userId = u.id;
    a.kind = request.kind();
    a.role = request.role();
    a.kecamatanId = k.id;
    a.unitId = unitId;
    a.startsOn = request.startsOn();
    a.endsOn = request.endsOn();
    a.basis = request.basis();
    a.createdBy = access.user().id();
    a.persist();
    audit.record(access.user(), grant, AuditLog.Entry.of("acting.assigned", "user", u.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().name(title(a, k)).period(a.startsOn, a.endsOn).build()));
    return view(a);
  }

  @Transactional
  public void revokeActing(long assignmentId) {
    ActingAssignment a = ActingAssignment.findById(assignmentId);
    if (a == null) {
      throw ProblemException.notFound("Acting assignment " + assignmentId);
    }
    AppUser u = AppUser.findById(a.userId);
    Grant grant = access.canOrReject(Verb.USER_MANAGE, targetOf(u), "Acting assignment " + assignmentId);
    if (a.revokedAt != null) {
      return;
    }
    a.revokedAt = clock.instant();
    a.revokedBy = access.user().id();
    audit.record(access.user(), grant, AuditLog.Entry.of("acting.revoked", "user", u.id, u.kabupatenId, a.kecamatanId)
        .details(AuditDetails.builder().name(title(a, Kecamatan.findById(a.kecamatanId)))
            .period(a.startsOn, a.endsOn).build()));
  }

  /** A user's login and roles, as the audit trail records an administration of them. */
  private static AuditDetails about(AppUser u) {
    return AuditDetails.builder().name(u.username).setting(u.roles.stream().map(Enum::name).sorted()
        .collect(java.util.stream.Collectors.joining(","))).build();
  }

  public ActingAssignmentView view(ActingAssignment a) {
    Kecamatan k = Kecamatan.findById(a.kecamatanId);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(k.timeZone)));
    return new UserDtos.ActingAssignmentView(a.id, a.userId, a.kind, a.role, a.kecamatanId, a.unitId,
        a.startsOn, a.endsOn, a.basis, title(a, k), a.activeOn(today), a.revokedAt);
  }

  /** How the position reads on documents, e.g. "Plt. Camat Bulu" or "Plh. Kasi Seksi Pemerintahan". */
  public static String title(ActingAssignment a, Kecamatan k) {
    return a.kind.prefix() + " " + Positions.title(a.role, k, a.unitId == null ? null : OrgUnit.findById(a.unitId));
  }

  private void applyProfile(AppUser u, Kecamatan k, String fullName, Employment employment, String nip,
      String jabatan, String pangkat, Long unitId, Set<Role> roles) {
    String cleanNip = nip == null || nip.isBlank() ? null : nip.replaceAll("\\s", "");
    if (employment == Employment.NON_ASN) {
      if (cleanNip != null) {
        throw ProblemException.invalid("nip", FieldErrorCode.NIP_NOT_FOR_NON_ASN);
      }
    } else {
      if (cleanNip == null) {
        throw ProblemException.invalid("nip", FieldErrorCode.REQUIRED_FOR, Map.of("for", employment.name()));
      }
      Nip.problem(cleanNip, employment).ifPresent(code -> {
        throw ProblemException.invalid("nip", code);
      });
      if (AppUser.count("nip = ?1 and id <> ?2", cleanNip, u.id == null ? -1L : u.id) > 0) {
        throw new ProblemException(ProblemType.CONFLICT, "Another user has this NIP",
            List.of(new FieldError("nip", FieldErrorCode.ALREADY_REGISTERED)));
      }
    }
    if (k == null) { // a kabupaten-level user: an officer reading across its kecamatan, or its ADMIN
      roles.stream().filter(r -> !KABUPATEN_ROLES.contains(r)).findFirst().ifPresent(r -> {
        throw ProblemException.invalid("roles", FieldErrorCode.KABUPATEN_LEVEL_ROLE, Map.of("role", r.name()));
      });
      if (unitId != null) {
        throw ProblemException.invalid("unitId", FieldErrorCode.NO_UNIT_AT_KABUPATEN);
      }
    } else if (roles.contains(Role.KABUPATEN)) {
      throw ProblemException.invalid("roles", FieldErrorCode.KABUPATEN_ROLE, Map.of("role", Role.KABUPATEN.name()));
    }
    boolean needsUnit = roles.stream().anyMatch(UNIT_ROLES::contains);
    if (needsUnit && unitId == null) {
      throw ProblemException.invalid("unitId", FieldErrorCode.REQUIRED_FOR, Map.of("for", "STAF, KASUBBAG, KASI"));
    }
    u.unitId = unitId == null ? null : checkUnitFor(null, unitId, k, "unitId");
    u.fullName = fullName.trim();
    u.employment = employment;
    u.nip = cleanNip;
    u.jabatan = jabatan.trim();
    u.pangkatGolongan = pangkat == null || pangkat.isBlank() ? null : pangkat.trim();
    u.roles.clear();
    u.roles.addAll(roles);
    u.updatedAt = clock.instant();
  }

  private static Long checkUnitFor(Role role, Long unitId, Kecamatan k, String field) {
    if (unitId == null) {
      if (role != null && UNIT_ROLES.contains(role)) {
        throw ProblemException.invalid(field, FieldErrorCode.REQUIRED_FOR, Map.of("for", role.name()));
      }
      return null;
    }
    OrgUnit unit = OrgUnit.findById(unitId);
    if (unit == null || !Objects.equals(unit.kecamatanId, k.id) || !unit.active) {
      throw ProblemException.invalid(field, FieldErrorCode.UNIT_NOT_ACTIVE);
    }
    return unit.id;
  }

  private static Kecamatan kecamatanOf(AppUser u) {
    return u.kecamatanId == null ? null : Kecamatan.findById(u.kecamatanId);
  }

}
