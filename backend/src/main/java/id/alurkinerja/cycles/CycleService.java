package id.alurkinerja.cycles;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.cycles.CycleDtos.CycleCreateRequest;
import id.alurkinerja.cycles.CycleDtos.CycleView;
import id.alurkinerja.forms.Form;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** A kecamatan's yearly cycles: one per year, started by the unit pengelola's Staf. */
@ApplicationScoped
public class CycleService {

  @Inject Access access;
  @Inject AuditLog audit;

  public List<CycleView> list(Long kecamatanId) {
    List<Cycle> cycles = kecamatanId == null ? Cycle.list("order by year desc, id")
        : Cycle.list("kecamatanId = ?1 order by year desc", kecamatanId);
    return cycles.stream().filter(c -> access.can(Verb.FORM_READ, OrgService.targetOf(Kecamatan.findById(c.kecamatanId))))
        .map(this::view).toList();
  }

  public CycleView get(long id) {
    Cycle cycle = Cycle.findById(id);
    if (cycle == null) {
      throw ProblemException.notFound("Cycle " + id);
    }
    access.canOrReject(Verb.FORM_READ, OrgService.targetOf(Kecamatan.findById(cycle.kecamatanId)), "Cycle " + id);
    return view(cycle);
  }

  @Transactional
  public CycleView create(CycleCreateRequest request) {
    Kecamatan k = Kecamatan.findById(request.kecamatanId());
    if (k == null) {
      throw ProblemException.invalid("kecamatanId", "no such kecamatan");
    }
    Grant grant = access.canOrReject(Verb.FORM_CREATE, OrgService.targetOf(k), "Kecamatan " + k.id);
    if (Cycle.of(k.id, request.year()) != null) {
      throw ProblemException.conflict("Kecamatan " + k.name + " already has a cycle for " + request.year())
          .with("cycleId", Cycle.of(k.id, request.year()).id);
    }
    Cycle cycle = new Cycle();
    cycle.kecamatanId = k.id;
    cycle.year = request.year();
    cycle.title = request.title() == null || request.title().isBlank()
        ? "Data Kinerja " + request.year() : request.title().trim();
    cycle.createdBy = access.user().id();
    cycle.persist();
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("cycle.created", "cycle", cycle.id, k.kabupatenId, k.id).detail(cycle.title));
    Cycle.getEntityManager().flush();
    Cycle.getEntityManager().refresh(cycle);
    return view(cycle);
  }

  private CycleView view(Cycle cycle) {
    Form form = Form.ofCycle(cycle.id);
    Kecamatan k = Kecamatan.findById(cycle.kecamatanId);
    return new CycleView(cycle.id, cycle.kecamatanId, cycle.year, cycle.title,
        form == null ? null : form.id, form == null ? null : form.state, cycle.createdAt,
        access.verbsOn(OrgService.targetOf(k)));
  }
}
