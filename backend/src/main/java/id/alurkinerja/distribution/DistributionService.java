package id.alurkinerja.distribution;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormService;
import id.alurkinerja.forms.FormWorkflow;
import id.alurkinerja.identity.Positions;
import id.alurkinerja.letters.LetterNumber;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Step 6: who was sent the form, and the receiving units' confirmations. */
@ApplicationScoped
public class DistributionService {

  @Inject Access access;
  @Inject FormService forms;
  @Inject FormWorkflow workflow;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private static Target unitTarget(Dispatch d) {
    Kecamatan k = Kecamatan.findById(d.kecamatanId);
    return Target.unit(k.kabupatenId, k.id, d.unitId);
  }

  /**
   * The dispatch list of a form: whole for those who distribute or oversee it, otherwise only the
   * dispatches addressed to the user's own unit.
   */
  public List<DispatchView> ofForm(long formId) {
    Form form = forms.form(formId, Verb.FORM_READ, false);
    Target target = FormService.targetOf(form);
    // distributors, overseers and the unit pengelola (which drafts the form) see the whole list
    boolean overseer = access.can(Verb.FORM_DISTRIBUTE, target) || access.can(Verb.AUDIT_READ, target)
        || access.can(Verb.FORM_CREATE, target);
    return Dispatch.ofForm(formId).stream()
        .filter(d -> overseer || addressedToMe(d))
        .map(this::view).toList();
  }

  /** Dispatches addressed to the units whose head (or staff) the user is. */
  public List<DispatchView> mine() {
    Set<Long> units = access.user().grants().stream().map(Grant::unitId).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    if (units.isEmpty()) {
      return List.of();
    }
    return Dispatch.<Dispatch>list("unitId in ?1 order by sentAt desc", units).stream()
        .filter(this::addressedToMe).map(this::view).toList();
  }

  @Transactional
  public DispatchView receive(long dispatchId) {
    Dispatch d = Dispatch.findById(dispatchId);
    if (d == null) {
      throw ProblemException.notFound("Dispatch " + dispatchId);
    }
    Grant grant = access.canOrReject(Verb.DISPATCH_RECEIVE, unitTarget(d), "Dispatch " + dispatchId);
    Form form = Form.findById(d.formId, LockModeType.PESSIMISTIC_WRITE);
    Dispatch.getEntityManager().refresh(d);
    if (d.state == Dispatch.State.RECEIVED) {
      throw ProblemException.conflict("Already received by " + d.receivedByName + " at " + d.receivedAt)
          .with("receivedAt", d.receivedAt.toString());
    }
    d.state = Dispatch.State.RECEIVED;
    d.receivedAt = clock.instant();
    d.receivedBy = access.user().id();
    d.receivedByName = access.user().user().fullName;
    d.receivedCapacity = Positions.capacity(grant);
    Kecamatan k = Kecamatan.findById(d.kecamatanId);
    audit.record(access.user().user(), grant,
        AuditLog.Entry.of("dispatch.received", "form", form.id, k.kabupatenId, k.id)
            .detail("unit=" + OrgUnit.<OrgUnit>findById(d.unitId).name));
    Dispatch.getEntityManager().flush();
    workflow.completeDistributionIfAllReceived(form, grant);
    return view(d);
  }

  private boolean addressedToMe(Dispatch d) {
    Target target = unitTarget(d);
    return access.can(Verb.DISPATCH_RECEIVE, target) || access.can(Verb.SUBMISSION_EDIT, target);
  }

  private DispatchView view(Dispatch d) {
    Form form = Form.findById(d.formId);
    Cycle cycle = Cycle.findById(form.cycleId);
    LetterNumber number = LetterNumber.ofForm(form.id);
    OrgUnit unit = OrgUnit.findById(d.unitId);
    return new DispatchView(d.id, d.formId, cycle.year, d.unitId, unit.name, d.state, d.sentAt,
        d.receivedAt, d.receivedByName, d.receivedCapacity, number == null ? null : number.number,
        d.state == Dispatch.State.SENT && access.can(Verb.DISPATCH_RECEIVE, unitTarget(d)));
  }
}
