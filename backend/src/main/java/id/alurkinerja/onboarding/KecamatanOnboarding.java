package id.alurkinerja.onboarding;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.identity.UserDtos.UserCreateRequest;
import id.alurkinerja.identity.UserDtos.UserView;
import id.alurkinerja.identity.UserService;
import id.alurkinerja.onboarding.OnboardingDtos.FirstAdminRequest;
import id.alurkinerja.onboarding.OnboardingDtos.KecamatanCreateRequest;
import id.alurkinerja.onboarding.OnboardingDtos.KecamatanCreated;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.sop.SopBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kabupaten ADMIN opens a kecamatan: the kecamatan, version 1 of its SOP from the template, and its
 * first ADMIN, in one transaction, so a half-made kecamatan nobody can administer never exists.
 */
@ApplicationScoped
public class KecamatanOnboarding {

  @Inject Access access;
  @Inject OrgService org;
  @Inject UserService users;
  @Inject SopBook sop;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public KecamatanCreated create(KecamatanCreateRequest request) {
    long kabupatenId = request.kabupatenId();
    Grant grant = org.onKabupaten(kabupatenId, Verb.KECAMATAN_MANAGE);
    String timeZone = request.timeZone() == null || request.timeZone().isBlank() ? "Asia/Jakarta" : request.timeZone();
    if (!Calendars.ZONES.contains(timeZone)) {
      throw ProblemException.invalid("timeZone", FieldErrorCode.TIME_ZONE);
    }
    String code = request.code().trim();
    Kecamatan same = Kecamatan.findByCode(code);
    if (same != null) {
      throw new ProblemException(ProblemType.CONFLICT, "Another kecamatan has this code",
          List.of(new FieldError("code", FieldErrorCode.ALREADY_USED, Map.of("by", same.name))));
    }
    Kecamatan k = new Kecamatan();
    k.kabupatenId = kabupatenId;
    k.code = code;
    k.name = request.name().trim();
    k.timeZone = timeZone;
    k.updatedAt = clock.instant();
    k.persist();
    long sopVersion = sop.current(k.id).versionId();
    audit.record(access.user(), grant, AuditLog.Entry.of("kecamatan.created", "kecamatan", k.id, kabupatenId, k.id)
        .details(AuditDetails.builder().name(k.name).setting(k.code).build()));
    FirstAdminRequest a = request.admin();
    UserView admin = users.create(kabupatenId, k, new UserCreateRequest(a.username(), a.password(), a.fullName(),
        a.employment(), a.nip(), a.jabatan(), a.pangkatGolongan(), null, Set.of(Role.ADMIN)), grant);
    Kecamatan.getEntityManager().flush();
    return new KecamatanCreated(org.view(k), admin, sopVersion);
  }
}
