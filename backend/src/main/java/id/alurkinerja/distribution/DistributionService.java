package id.alurkinerja.distribution;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.workflow.Act;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Steps 5-6: the signed, numbered letter is duplicated and one dispatch goes to every addressed unit;
 * each unit's head confirms receipt, and the last receipt completes the distribution.
 */
@ApplicationScoped
public class DistributionService {

  @Inject Access access;
  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject EntityManager em;

  static Target unitTarget(Dispatch d) {
    Kecamatan k = Kecamatan.findById(d.kecamatanId);
    return Target.unit(k.kabupatenId, k.id, d.unitId);
  }

  /** Steps 5-6: duplicated and ready to send; one dispatch per addressed unit. */
  @Transactional
  public Form dispatch(long formId) {
    return machine.act(forms, formId, Act.<Form, FormTransition>of(FormTransition.DISPATCH).effect(change -> {
      Form form = change.document();
      List<Long> units = forms.content(form).letter().addresseeUnitIds();
      for (Long unitId : units) {
        Dispatch d = new Dispatch();
        d.formId = form.id;
        d.kecamatanId = form.kecamatanId;
        d.unitId = unitId;
        d.state = Dispatch.State.SENT;
        d.sentAt = change.at();
        d.sentBy = change.actor().id();
        d.persist();
      }
      form.unitsAddressed = units.size();
      form.unitsReceived = 0;
      change.details().units(units.size());
    }));
  }

  /** Step 6: the receiving unit's head confirms receipt, with name, capacity and time. */
  @Transactional
  public DispatchView receive(long dispatchId) {
    Dispatch found = Dispatch.findById(dispatchId);
    if (found == null) {
      throw ProblemException.notFound("Dispatch " + dispatchId);
    }
    Target unit = unitTarget(found);
    access.canOrReject(Verb.DISPATCH_RECEIVE, unit, "Dispatch " + dispatchId);
    machine.act(forms, found.formId, Act.<Form, FormTransition>of(FormTransition.RECEIVE).at(unit).effect(change -> {
      em.refresh(found); // read again under the form's lock
      if (found.state == Dispatch.State.RECEIVED) {
        throw ProblemException.conflict("Already received by " + found.receivedByName + " at " + found.receivedAt)
            .context(new ProblemContexts.Conflict(found.id, found.receivedAt));
      }
      found.state = Dispatch.State.RECEIVED;
      found.receivedAt = change.at();
      found.receivedBy = change.actor().id();
      found.receivedByName = change.actor().fullName();
      found.receivedCapacity = change.grant().capacity();
      change.document().unitsReceived++;
      change.details().unit(found.unitId, OrgUnit.<OrgUnit>findById(found.unitId).name);
    }));
    return view(found);
  }

  /** The last receipt ends step 6. */
  void completeWhenAllReceived(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (!event.is(FormTransition.RECEIVE)) {
      return;
    }
    Form form = Form.findById(event.documentId());
    if (form.unitsReceived >= form.unitsAddressed) {
      machine.act(forms, form.id, Act.<Form, FormTransition>of(FormTransition.COMPLETE_DISTRIBUTION).asEffectOf(event));
    }
  }

  /**
   * The dispatch list of a form: whole for those who distribute or oversee it, otherwise only the
   * dispatches addressed to the user's own unit.
   */
  public List<DispatchView> ofForm(long formId) {
    Form form = machine.read(forms, formId);
    Target target = forms.targetOf(form);
    // distributors, overseers and the unit pengelola (which drafts the form) see the whole list
    boolean overseer = access.can(Verb.FORM_DISTRIBUTE, target) || access.can(Verb.AUDIT_READ, target)
        || access.can(Verb.FORM_CREATE, target);
    return Dispatch.ofForm(formId).stream().filter(d -> overseer || addressedToMe(d)).map(this::view).toList();
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

  private boolean addressedToMe(Dispatch d) {
    Target target = unitTarget(d);
    return access.can(Verb.DISPATCH_RECEIVE, target) || access.can(Verb.SUBMISSION_EDIT, target);
  }

  private DispatchView view(Dispatch d) {
    Form form = Form.findById(d.formId);
    Cycle cycle = Cycle.findById(form.cycleId);
    OrgUnit unit = OrgUnit.findById(d.unitId);
    return new DispatchView(d.id, d.formId, cycle.year, d.unitId, unit.name, d.state, d.sentAt,
        d.receivedAt, d.receivedByName, d.receivedCapacity, form.letterNumber,
        d.state == Dispatch.State.SENT && access.can(Verb.DISPATCH_RECEIVE, unitTarget(d)));
  }
}
