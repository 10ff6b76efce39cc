package id.alurkinerja.tasks;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.KecamatanScope;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapDocuments;
import id.alurkinerja.recaps.RecapState;
import id.alurkinerja.recaps.RecapTransition;
import id.alurkinerja.sla.SlaWork;
import id.alurkinerja.sla.Slas;
import id.alurkinerja.sla.StepTask;
import id.alurkinerja.sop.SopStep;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionDocuments;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionTransition;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The inbox: every document waiting for a transition the current user may make (by role, unit and
 * acting assignment), oldest first. Asks the database only for the documents of the user's own
 * kecamatan and units, by indexed state; computed from the documents, so it is never stale.
 */
@ApplicationScoped
public class TaskService {

  private static final EnumSet<FormState> FORM_WAITING = EnumSet.of(FormState.DRAFT, FormState.IN_CORRECTION,
      FormState.AWAITING_PARAF, FormState.AWAITING_SIGNATURE, FormState.SIGNED, FormState.NUMBERED);
  private static final EnumSet<SubmissionState> WITH_UNIT = EnumSet.of(SubmissionState.NOT_STARTED,
      SubmissionState.DRAFT, SubmissionState.RETURNED);
  private static final EnumSet<RecapState> RECAP_WAITING = EnumSet.of(RecapState.AWAITING_VALIDATION,
      RecapState.AWAITING_PARAF, RecapState.AWAITING_SIGNATURE);

  @Inject Access access;
  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject SubmissionDocuments submissions;
  @Inject RecapDocuments recaps;
  @Inject Slas slas;
  @Inject CycleService cycles;

  /** One answer: the tasks found so far, all measured on one SLA reader at one instant. */
  private final class Inbox {
    final List<TaskView> tasks = new ArrayList<>();
    final Slas.Reader reader = slas.reader();
    final Map<String, StepTask> open;

    Inbox(List<Long> kecamatanIds) {
      open = slas.openIn(kecamatanIds);
    }

    void add(TaskView task) {
      tasks.add(task);
    }
  }

  public List<TaskView> mine() {
    CurrentUser me = access.user();
    List<Long> places = KecamatanScope.workplacesOf(me);
    Set<Long> units = me.grants().stream().map(Grant::unitId).filter(Objects::nonNull).collect(Collectors.toSet());
    Inbox tasks = new Inbox(places); // a unit's kecamatan is among the user's workplaces
    if (!places.isEmpty()) {
      forms(places, tasks);
      verifications(places, tasks);
      consolidations(places, tasks);
      approvals(places, tasks);
    }
    if (!units.isEmpty()) {
      receipts(units, tasks);
      unitWork(units, tasks);
    }
    tasks.tasks.sort(Comparator.comparing(TaskView::waitingSince));
    return tasks.tasks;
  }

  /** Steps 1-5 on the form. */
  private void forms(List<Long> places, Inbox tasks) {
    for (Form form : Form.<Form>list("kecamatanId in ?1 and state in ?2", places, FORM_WAITING)) {
      // withdrawing is possible but not work that waits for anyone
      List<Enum<?>> transitions = machine.offered(forms, form).stream().filter(t -> t != FormTransition.WITHDRAW)
          .collect(TaskService.actions());
      if (!transitions.isEmpty()) {
        tasks.add(task(tasks, TaskKind.FORM, form, null, null, null, form.state.step(), form.state, transitions,
            form.stateChangedAt, null, workOf(form), form.id));
      }
    }
  }

  /** Step 7 for the Sekcam: each unit's submitted data to verify. */
  private void verifications(List<Long> places, Inbox tasks) {
    for (Submission s : Submission.<Submission>list("kecamatanId in ?1 and state = ?2", places,
        SubmissionState.SUBMITTED)) {
      List<Enum<?>> transitions = machine.offered(submissions, s).stream().collect(TaskService.actions());
      if (!transitions.isEmpty()) {
        tasks.add(task(tasks, TaskKind.SUBMISSION, Form.findById(s.formId), null, s.id, s.unitId, 7, s.state, transitions,
            s.stateChangedAt, null, SlaWork.VERIFY, s.id));
      }
    }
  }

  /** Step 8 for the pengelola's Staf: once every unit is verified or marked, consolidate and hand over. */
  private void consolidations(List<Long> places, Inbox tasks) {
    for (Cycle cycle : Cycle.<Cycle>list("kecamatanId in ?1 and status = ?2 and step = ?3", places,
        CycleStatus.IN_PROGRESS, SopStep.CONSOLIDATE.number())) {
      Form form = Form.findById(cycle.formId);
      if (!access.can(Verb.RECAP_EDIT, forms.targetOf(form))) {
        continue;
      }
      Recap recap = cycle.recapId == null ? null : Recap.findById(cycle.recapId);
      List<Enum<?>> transitions = recap == null ? List.of(RecapTransition.CREATE)
          : machine.offered(recaps, recap).stream().collect(TaskService.actions());
      tasks.add(task(tasks, TaskKind.RECAP, form, null, null, null, 8, recap == null ? RecapState.DRAFT : recap.state,
          transitions, cycle.statusChangedAt, recap == null ? null : recap.id, SlaWork.CONSOLIDATE, form.id));
    }
  }

  /** Steps 9-11 on the recap. */
  private void approvals(List<Long> places, Inbox tasks) {
    for (Recap r : Recap.<Recap>list("kecamatanId in ?1 and state in ?2", places, RECAP_WAITING)) {
      List<Enum<?>> transitions = machine.offered(recaps, r).stream().collect(TaskService.actions());
      if (!transitions.isEmpty()) {
        tasks.add(task(tasks, TaskKind.RECAP, Form.findById(r.formId), null, null, null, r.state.step(), r.state,
            transitions, r.stateChangedAt, r.id, workOf(r), r.id));
      }
    }
  }

  /** Step 6 for the heads of receiving units: forms sent to them, receipt not yet confirmed. */
  private void receipts(Set<Long> units, Inbox tasks) {
    for (Dispatch d : Dispatch.<Dispatch>list("unitId in ?1 and state = ?2", units, Dispatch.State.SENT)) {
      Kecamatan k = Kecamatan.findById(d.kecamatanId);
      if (access.can(Verb.DISPATCH_RECEIVE, Target.unit(k.kabupatenId, k.id, d.unitId))) {
        tasks.add(task(tasks, TaskKind.DISPATCH, Form.findById(d.formId), d.id, null, d.unitId, 6, d.state,
            List.of(FormTransition.RECEIVE), d.sentAt, null, SlaWork.RECEIVE, d.id));
      }
    }
  }

  /** Step 7 for the units: their data to fill in and hand in, once they confirmed receipt. */
  private void unitWork(Set<Long> units, Inbox tasks) {
    Set<String> received = Dispatch.<Dispatch>list("unitId in ?1 and state = ?2", units, Dispatch.State.RECEIVED)
        .stream().map(d -> d.formId + "/" + d.unitId).collect(Collectors.toSet());
    for (Submission s : Submission.<Submission>list("unitId in ?1 and state in ?2", units, WITH_UNIT)) {
      if (!received.contains(s.formId + "/" + s.unitId)) {
        continue;
      }
      List<Enum<?>> transitions = machine.offered(submissions, s).stream()
          .filter(t -> t != SubmissionTransition.MARK_NOT_SUBMITTED).collect(TaskService.actions());
      SubmissionTransition save = s.state == SubmissionState.NOT_STARTED ? SubmissionTransition.FIRST_SAVE
          : SubmissionTransition.SAVE;
      boolean fills = machine.allows(submissions, s, save);
      if (transitions.isEmpty() && fills) {
        transitions = List.of(save);
      }
      if (!transitions.isEmpty()) {
        tasks.add(task(tasks, TaskKind.SUBMISSION, Form.findById(s.formId), null, s.id, s.unitId, 7, s.state, transitions,
            s.stateChangedAt, null, SlaWork.FILL, s.id));
      }
    }
  }

  /** Transitions of any document kind, as the task lists them. */
  private static java.util.stream.Collector<Enum<?>, ?, List<Enum<?>>> actions() {
    return Collectors.toUnmodifiableList();
  }

  private TaskView task(Inbox inbox, TaskKind kind, Form form, Long dispatchId, Long submissionId, Long unitId, int step,
      Enum<?> state, List<Enum<?>> transitions, Instant since, Long recapId, SlaWork work, long documentId) {
    Cycle cycle = Cycle.findById(form.cycleId);
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    String title = work.unitsOwn() ? SopStep.UNIT_WORK : cycles.sopOf(cycle).step(step).title();
    StepTask clock = inbox.open.get(Slas.key(work, documentId));
    return new TaskView(kind, form.id, dispatchId, submissionId, recapId, unitId,
        unitId == null ? null : OrgUnit.<OrgUnit>findById(unitId).name, cycle.id, cycle.year, k.id, k.name, step,
        title, state, transitions, since, Duration.between(since, inbox.reader.now()).toMinutes(),
        clock == null ? null : inbox.reader.view(clock));
  }

  private static SlaWork workOf(Form form) {
    return switch (form.state) {
      case DRAFT -> SlaWork.DRAFT_FORMAT;
      case IN_CORRECTION -> SlaWork.CORRECT_FORMAT;
      case AWAITING_PARAF -> SlaWork.PARAF_FORMAT;
      case AWAITING_SIGNATURE -> SlaWork.SIGN_FORMAT;
      default -> SlaWork.NUMBER_FORMAT;
    };
  }

  private static SlaWork workOf(Recap r) {
    return switch (r.state) {
      case AWAITING_VALIDATION -> SlaWork.VALIDATE;
      case AWAITING_PARAF -> SlaWork.PARAF_DATA;
      default -> SlaWork.SIGN_DATA;
    };
  }
}
