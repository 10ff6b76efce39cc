package id.alurkinerja.sop;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.sop.SopDtos.Revision;
import id.alurkinerja.sop.SopDtos.StepText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An ADMIN's revision of the kecamatan's SOP: a new version, under the kecamatan's lock and If-Match. */
@ApplicationScoped
public class SopRevisions {

  @Inject SopBook book;
  @Inject OrgService org;
  @Inject Access access;
  @Inject AuditLog audit;

  @Transactional
  public Sop revise(long kecamatanId, String ifMatch, Revision revision) {
    Kecamatan k = org.kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.SOP_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    Sop current = book.current(kecamatanId);
    Kecamatan.getEntityManager().lock(k, LockModeType.PESSIMISTIC_WRITE);
    int latest = SopVersion.latest(kecamatanId).version;
    ETags.require(ifMatch, latest);
    Set<Integer> numbers = new HashSet<>();
    for (StepText s : revision.steps()) {
      numbers.add(s.number());
    }
    if (numbers.size() != 11) {
      throw ProblemException.invalid("steps", FieldErrorCode.SOP_STEPS);
    }
    List<StepText> ordered = revision.steps().stream().sorted((a, b) -> a.number() - b.number()).toList();
    SopVersion v = book.store(kecamatanId, latest + 1, revision.title().trim(), revision.effectiveFrom(),
        revision.note() == null || revision.note().isBlank() ? null : revision.note().trim(), ordered,
        access.user().id());
    audit.record(access.user(), grant, AuditLog.Entry.of("sop.revise", "sop_version", v.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().round(v.version).name(v.title).period(v.effectiveFrom, null)
            .related(current.versionId()).build()));
    return book.version(v.id);
  }
}
