package id.alurkinerja.sop;

import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kecamatan's SOP versions: the one source of step titles, lanes and mutu baku. A version never
 * changes once made, so each is read from the database once per instance.
 */
@ApplicationScoped
public class SopBook {

  public static final String TITLE = "SOP Pengumpulan Data Kinerja";

  private final Map<Long, Sop> versions = new ConcurrentHashMap<>();

  /** A version by its id. */
  public Sop version(long versionId) {
    Sop cached = versions.get(versionId);
    if (cached != null) {
      return cached;
    }
    SopVersion v = SopVersion.findById(versionId);
    if (v == null) {
      throw ProblemException.notFound("SOP version " + versionId);
    }
    Sop sop = read(v);
    versions.put(versionId, sop);
    return sop;
  }

  /** The kecamatan's newest version; its first is made from the template when it has none yet. */
  @Transactional
  public Sop current(long kecamatanId) {
    SopVersion v = SopVersion.latest(kecamatanId);
    return version(v != null ? v.id : seed(kecamatanId).id);
  }

  /** The version a cycle runs on; a cycle made before SOP versions existed runs on the first. */
  @Transactional
  public Sop forCycle(Long sopVersionId, long kecamatanId) {
    if (sopVersionId != null) {
      return version(sopVersionId);
    }
    SopVersion first = SopVersion.find("kecamatanId = ?1 and version = 1", kecamatanId).firstResult();
    return version(first != null ? first.id : seed(kecamatanId).id);
  }

  /** Version 1 from the template, under the kecamatan's row lock (two instances seed it once). */
  private SopVersion seed(long kecamatanId) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    Kecamatan.getEntityManager().lock(k, LockModeType.PESSIMISTIC_WRITE);
    SopVersion existing = SopVersion.latest(kecamatanId);
    if (existing != null) {
      return existing;
    }
    List<SopDtos.StepText> steps = Arrays.stream(SopStep.values()).map(s -> new SopDtos.StepText(s.number(),
        s.title(), s.lane(), s.requirement(), s.time(), SopDtos.DurationView.of(s.duration()), s.output(),
        s.notes())).toList();
    return store(kecamatanId, 1, TITLE + " Kecamatan " + k.name, LocalDate.of(2019, 1, 1),
        "Sesuai SOP yang disahkan Camat (Januari 2019)", steps, null);
  }

  /** Stores a version with these texts; who acts, the symbols and the branch come from the code. */
  SopVersion store(long kecamatanId, int number, String title, LocalDate effectiveFrom, String note,
      List<SopDtos.StepText> steps, Long createdBy) {
    SopVersion v = new SopVersion();
    v.kecamatanId = kecamatanId;
    v.version = number;
    v.title = title;
    v.effectiveFrom = effectiveFrom;
    v.note = note;
    v.createdBy = createdBy;
    v.persist();
    for (SopDtos.StepText text : steps) {
      SopStep code = SopStep.number(text.number());
      SopStepRow row = new SopStepRow();
      row.sopVersionId = v.id;
      row.number = code.number();
      row.title = text.title().trim();
      row.lane = text.lane().trim();
      row.actorRole = code.actor();
      row.requirement = text.requirement().trim();
      row.timeText = text.time().trim();
      row.durationAmount = text.duration().amount();
      row.durationUnit = text.duration().unit();
      row.perUnit = text.duration().perUnit();
      row.output = text.output().trim();
      row.symbol = code.symbol();
      row.decision = code.decision();
      row.refusalStep = code.refusalStep();
      row.notes = text.notes() == null || text.notes().isBlank() ? null : text.notes().trim();
      row.persist();
    }
    SopVersion.getEntityManager().flush();
    return v;
  }

  private static Sop read(SopVersion v) {
    List<Sop.Step> steps = SopStepRow.of(v.id).stream().map(r -> new Sop.Step(r.number, r.title, r.lane,
        r.actorRole, r.requirement, r.timeText, new SopStep.Duration(r.durationAmount, r.durationUnit, r.perUnit),
        r.output, r.symbol, r.decision, r.refusalStep, r.notes)).toList();
    return new Sop(v.id, v.version, v.kecamatanId, v.title, v.effectiveFrom, v.note, steps);
  }
}
