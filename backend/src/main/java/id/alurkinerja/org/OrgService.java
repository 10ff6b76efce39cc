package id.alurkinerja.org;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.org.OrgDtos.KecamatanView;
import id.alurkinerja.org.OrgDtos.UnitRequest;
import id.alurkinerja.org.OrgDtos.UnitView;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kecamatan and their units: reading them, and their administration by ADMIN. */
@ApplicationScoped
public class OrgService {

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public static Target targetOf(Kecamatan k) {
    return Target.kecamatan(k.kabupatenId, k.id);
  }

  public static Target targetOf(Kecamatan k, OrgUnit u) {
    return Target.unit(k.kabupatenId, k.id, u.id);
  }

  /** The kecamatan, if the current user may see it; otherwise 404 as if it did not exist. */
  public Kecamatan kecamatan(long id, Verb verb) {
    Kecamatan k = Kecamatan.findById(id);
    if (k == null) {
      throw ProblemException.notFound("Kecamatan " + id);
    }
    access.canOrReject(verb, targetOf(k), "Kecamatan " + id);
    return k;
  }

  /**
   * The position that allows {@code verb} on the kabupaten itself (its kecamatan list, officers,
   * service accounts, feed, webhooks); 404 for an unknown kabupaten or one out of sight, 403 without the verb.
   */
  public Grant onKabupaten(long kabupatenId, Verb verb) {
    if (Kabupaten.findById(kabupatenId) == null) {
      throw ProblemException.notFound("Kabupaten " + kabupatenId);
    }
    return access.canOrReject(verb, Target.kabupaten(kabupatenId), "Kabupaten " + kabupatenId);
  }

  public List<KecamatanView> visibleKecamatan() {
    return Kecamatan.<Kecamatan>listAll().stream()
        .filter(k -> access.can(Verb.KECAMATAN_READ, targetOf(k)))
        .sorted(java.util.Comparator.comparing((Kecamatan k) -> k.name))
        .map(this::view)
        .toList();
  }

  public KecamatanView view(Kecamatan k) {
    Kabupaten kab = Kabupaten.findById(k.kabupatenId);
    return new KecamatanView(k.id, k.kabupatenId, kab.name, k.code, k.name, k.timeZone,
        k.pengelolaUnitId, access.verbsOn(targetOf(k)));
  }

  public List<UnitView> units(long kecamatanId) {
    Kecamatan k = kecamatan(kecamatanId, Verb.UNIT_READ);
    return OrgUnit.ofKecamatan(k.id).stream().map(u -> view(k, u)).toList();
  }

  public OrgUnit unit(long unitId, Verb verb) {
    OrgUnit u = OrgUnit.findById(unitId);
    if (u == null) {
      throw ProblemException.notFound("Unit " + unitId);
    }
    Kecamatan k = Kecamatan.findById(u.kecamatanId);
    access.canOrReject(verb, targetOf(k), "Unit " + unitId);
    return u;
  }

  public UnitView view(OrgUnit u) {
    return view(Kecamatan.findById(u.kecamatanId), u);
  }

  private static UnitView view(Kecamatan k, OrgUnit u) {
    return new UnitView(u.id, u.kecamatanId, u.code, u.name, u.kind, u.reporting, u.active,
        u.sortOrder, Objects.equals(k.pengelolaUnitId, u.id), u.version);
  }

  @Transactional
  public UnitView createUnit(long kecamatanId, UnitRequest request) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    if (k == null) {
      throw ProblemException.notFound("Kecamatan " + kecamatanId);
    }
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, targetOf(k), "Kecamatan " + kecamatanId);
    rejectDuplicate(k.id, null, request);
    OrgUnit u = new OrgUnit();
    u.kecamatanId = k.id;
    apply(u, request);
    u.persist();
    audit.record(access.user(), grant, AuditLog.Entry.of("unit.created", "unit", u.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().name(u.name).build()));
    return view(k, u);
  }

  @Transactional
  public UnitView updateUnit(long unitId, String ifMatch, UnitRequest request) {
    OrgUnit u = unit(unitId, Verb.UNIT_READ);
    Kecamatan k = Kecamatan.findById(u.kecamatanId);
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, targetOf(k), "Unit " + unitId);
    ETags.require(ifMatch, u.version);
    rejectDuplicate(k.id, u.id, request);
    if (Boolean.FALSE.equals(request.active()) && Objects.equals(k.pengelolaUnitId, u.id)) {
      throw ProblemException.invalid("active", FieldErrorCode.PENGELOLA_STAYS_ACTIVE);
    }
    apply(u, request);
    audit.record(access.user(), grant, AuditLog.Entry.of("unit.updated", "unit", u.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().name(u.name).build()));
    OrgUnit.getEntityManager().flush();
    return view(k, u);
  }

  @Transactional
  public KecamatanView setPengelola(long kecamatanId, String ifMatch, long unitId) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, targetOf(k), "Kecamatan " + kecamatanId);
    ETags.require(ifMatch, k.version);
    OrgUnit u = OrgUnit.findById(unitId);
    if (u == null || !u.kecamatanId.equals(k.id) || !u.active) {
      throw ProblemException.invalid("unitId", FieldErrorCode.UNIT_NOT_ACTIVE);
    }
    k.pengelolaUnitId = u.id;
    k.updatedAt = clock.instant();
    audit.record(access.user(), grant,
        AuditLog.Entry.of("kecamatan.pengelola-set", "kecamatan", k.id, k.kabupatenId, k.id)
            .details(AuditDetails.builder().unit(u.id, u.name).build()));
    Kecamatan.getEntityManager().flush();
    return view(k);
  }

  public OrgDtos.KinerjaSettings kinerjaSettings(long kecamatanId) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    return new OrgDtos.KinerjaSettings(k.capaianLowerFormula, k.capaianCap);
  }

  /** How capaian is computed from now on; signed recaps keep their content, views recompute. */
  @Transactional
  public OrgDtos.KinerjaSettings setKinerjaSettings(long kecamatanId, String ifMatch,
      OrgDtos.KinerjaSettings settings) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, targetOf(k), "Kecamatan " + kecamatanId);
    ETags.require(ifMatch, k.version);
    k.capaianLowerFormula = settings.lowerIsBetterFormula();
    k.capaianCap = settings.capaianCap();
    k.updatedAt = clock.instant();
    audit.record(access.user(), grant, AuditLog.Entry.of("kecamatan.kinerja-settings", "kecamatan",
        k.id, k.kabupatenId, k.id).details(AuditDetails.builder().setting(k.capaianLowerFormula.name())
            .amount(k.capaianCap).build()));
    Kecamatan.getEntityManager().flush();
    return kinerjaSettings(kecamatanId);
  }

  private void apply(OrgUnit u, UnitRequest request) {
    u.code = request.code().trim();
    u.name = request.name().trim();
    u.kind = request.kind();
    u.reporting = request.reporting();
    u.sortOrder = request.sortOrder() == null ? 0 : request.sortOrder();
    u.active = request.active() == null || request.active();
    u.updatedAt = clock.instant();
  }

  /** Codes and names are unique in a kecamatan as the database compares them (case and accents aside). */
  private static void rejectDuplicate(long kecamatanId, Long self, UnitRequest request) {
    long other = self == null ? -1 : self;
    OrgUnit sameCode = OrgUnit.find("kecamatanId = ?1 and code = ?2 and id <> ?3", kecamatanId,
        request.code().trim(), other).firstResult();
    if (sameCode != null) {
      throw ProblemException.invalid("code", FieldErrorCode.ALREADY_USED, Map.of("by", sameCode.name));
    }
    OrgUnit sameName = OrgUnit.find("kecamatanId = ?1 and name = ?2 and id <> ?3", kecamatanId,
        request.name().trim(), other).firstResult();
    if (sameName != null) {
      throw ProblemException.invalid("name", FieldErrorCode.ALREADY_USED, Map.of("by", sameName.name));
    }
  }

}
