package id.alurkinerja.cycles;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.cycles.CycleDtos.CycleCreateRequest;
import id.alurkinerja.cycles.CycleDtos.CycleView;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.KecamatanScope;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.sop.SopBook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** A kecamatan's yearly cycles: one per year, started by the unit pengelola's Staf. */
@ApplicationScoped
public class CycleService {

  @Inject SopBook sop;

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Where a cycle stands, as the documents of the SOP make it move. */
  public record Progress(CycleStatus status, int step, Long formId, Long recapId, Long signedRecapId) {}

  private static Target targetOf(long kecamatanId) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    return Target.kecamatan(k.kabupatenId, k.id);
  }

  /** The cycles the user may read (of one kecamatan, or of every kecamatan they see), newest first. */
  public List<CycleView> list(Long kecamatanId) {
    List<Long> kecamatan = kecamatanId == null ? KecamatanScope.visibleTo(access.user()) : List.of(kecamatanId);
    if (kecamatan.isEmpty()) {
      return List.of();
    }
    return Cycle.<Cycle>list("kecamatanId in ?1 order by year desc, id", kecamatan).stream()
        .filter(c -> access.can(Verb.FORM_READ, targetOf(c.kecamatanId))).map(this::view).toList();
  }

  public CycleView get(long id) {
    return view(cycle(id));
  }

  /** The cycle if the user may read its documents; 404 otherwise. */
  public Cycle cycle(long id) {
    return cycle(id, Verb.FORM_READ);
  }

  /** The cycle if the user holds {@code verb} in its kecamatan: 404 when it is not there or not theirs, 403 without the verb. */
  public Cycle cycle(long id, Verb verb) {
    Cycle cycle = Cycle.findById(id);
    if (cycle == null) {
      throw ProblemException.notFound("Cycle " + id);
    }
    access.canOrReject(verb, targetOf(cycle.kecamatanId), "Cycle " + id);
    return cycle;
  }

  @Transactional
  public CycleView create(CycleCreateRequest request) {
    Kecamatan k = Kecamatan.findById(request.kecamatanId());
    if (k == null) {
      throw ProblemException.invalid("kecamatanId", FieldErrorCode.NO_SUCH_KECAMATAN);
    }
    Grant grant = access.canOrReject(Verb.FORM_CREATE, targetOf(k.id), "Kecamatan " + k.id);
    Cycle existing = Cycle.of(k.id, request.year());
    if (existing != null) {
      throw ProblemException.conflict("Kecamatan " + k.name + " already has a cycle for " + request.year())
          .context(new ProblemContexts.Conflict(existing.id, null));
    }
    Cycle cycle = new Cycle();
    cycle.kecamatanId = k.id;
    cycle.year = request.year();
    cycle.title = request.title() == null || request.title().isBlank()
        ? "Data Kinerja " + request.year() : request.title().trim();
    cycle.createdBy = access.user().id();
    cycle.status = CycleStatus.NOT_STARTED;
    cycle.statusChangedAt = clock.instant();
    cycle.sopVersionId = sop.current(k.id).versionId();
    cycle.persist();
    audit.record(access.user(), grant, AuditLog.Entry.of("cycle.created", "cycle", cycle.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().name(cycle.title).build()));
    Cycle.getEntityManager().flush();
    Cycle.getEntityManager().refresh(cycle);
    return view(cycle);
  }

  /**
   * Records where the cycle stands, under a lock on its row so that two documents moving at once
   * (two units verified at the same moment) leave the cycle where both moves together put it.
   * Returns whether its step changed.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public boolean record(long cycleId, java.util.function.Supplier<Progress> progress) {
    Cycle cycle = Cycle.findById(cycleId, LockModeType.PESSIMISTIC_WRITE);
    Progress now = progress.get();
    boolean stepChanged = cycle.step != now.step() || cycle.status != now.status();
    if (stepChanged) {
      cycle.statusChangedAt = clock.instant();
    }
    cycle.status = now.status();
    cycle.step = now.step();
    cycle.formId = now.formId();
    cycle.recapId = now.recapId();
    cycle.signedRecapId = now.signedRecapId();
    return stepChanged;
  }

  private CycleView view(Cycle cycle) {
    return new CycleView(cycle.id, cycle.kecamatanId, cycle.year, cycle.title, cycle.status, cycle.step,
        sopOf(cycle).titleOf(cycle.step, cycle.status == CycleStatus.FINISHED), cycle.formId, cycle.recapId,
        cycle.signedRecapId, cycle.createdAt, cycle.statusChangedAt, access.verbsOn(targetOf(cycle.kecamatanId)),
        sopOf(cycle).versionId());
  }

  /** The SOP version the cycle runs on. */
  public Sop sopOf(Cycle cycle) {
    return sop.forCycle(cycle.sopVersionId, cycle.kecamatanId);
  }
}
