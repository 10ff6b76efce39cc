package id.alurkinerja.tasks;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapState;
import id.alurkinerja.recaps.RecapTransition;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.submissions.SubmissionTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The inbox: every document waiting for a transition the current user may make (by role, unit and
 * acting assignment), oldest first. Computed from the documents' states, so it is never stale.
 */
@ApplicationScoped
public class TaskService {

  /** The SOP's own wording of each step (uraian prosedur). */
  static final Map<Integer, String> STEP_TITLES = Map.ofEntries(
      Map.entry(1, "Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data"),
      Map.entry(2, "Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data"),
      Map.entry(3, "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data"),
      Map.entry(4, "Menerima dan menandatangani format data kinerja dan surat pemberitahuan"),
      Map.entry(5, "Menerima, memberi nomor dan menggandakan format data kinerja dan surat pemberitahuan"),
      Map.entry(6, "Mendistribusikan format data kinerja dan surat pemberitahuan ke subbag dan seksi"),
      Map.entry(7, "Menerima dan memverifikasi data kinerja dari subbag dan seksi"),
      Map.entry(8, "Mengentri dan menyerahkan data kinerja kepada Kasubbag yang membidangi"),
      Map.entry(9, "Validasi data kinerja"),
      Map.entry(10, "Memparaf data kinerja"),
      Map.entry(11, "Menandatangani data kinerja"));

  static final String UNIT_FILLING = "Mengisi dan menyampaikan data kinerja unit";

  private static final EnumSet<FormState> WAITING = EnumSet.of(FormState.DRAFT,
      FormState.IN_CORRECTION, FormState.AWAITING_PARAF, FormState.AWAITING_SIGNATURE,
      FormState.SIGNED, FormState.NUMBERED);

  @Inject Access access;
  @Inject Clock clock;

  /** Step 6 for the heads of receiving units: forms sent to them, receipt not yet confirmed. */
  private void receipts(List<TaskView> tasks) {
    java.util.Set<Long> units = access.user().grants().stream().map(id.alurkinerja.access.Grant::unitId)
        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
    if (units.isEmpty()) {
      return;
    }
    List<Dispatch> waiting = Dispatch.list("unitId in ?1 and state = ?2", units, Dispatch.State.SENT);
    for (Dispatch d : waiting) {
      Kecamatan k = Kecamatan.findById(d.kecamatanId);
      if (!access.can(Verb.DISPATCH_RECEIVE, Target.unit(k.kabupatenId, k.id, d.unitId))) {
        continue;
      }
      Form form = Form.findById(d.formId);
      Cycle cycle = Cycle.findById(form.cycleId);
      tasks.add(new TaskView(TaskKind.DISPATCH, form.id, d.id, null, null, d.unitId, unitName(d.unitId),
          cycle.id, cycle.year, k.id, k.name, 6,
          STEP_TITLES.get(6), d.state.name(), List.of("CONFIRM_RECEIPT"), d.sentAt,
          Duration.between(d.sentAt, clock.instant()).toMinutes()));
    }
  }

  /** Step 7: units fill and submit their data; the Sekcam verifies what was submitted. */
  private void submissions(List<TaskView> tasks) {
    List<Submission> open = Submission.list("state in ?1", EnumSet.of(SubmissionState.NOT_STARTED,
        SubmissionState.DRAFT, SubmissionState.RETURNED, SubmissionState.SUBMITTED));
    for (Submission s : open) {
      Kecamatan k = Kecamatan.findById(s.kecamatanId);
      Target unit = Target.unit(k.kabupatenId, k.id, s.unitId);
      if (!access.sees(unit)) {
        continue;
      }
      List<String> transitions = SubmissionTransition.from(s.state).stream()
          .filter(t -> t != SubmissionTransition.MARK_NOT_SUBMITTED && access.can(t.verb(), unit))
          .map(Enum::name).toList();
      boolean fills = s.state.editable() && access.can(Verb.SUBMISSION_EDIT, unit);
      if (transitions.isEmpty() && !fills) {
        continue;
      }
      Form form = Form.findById(s.formId);
      Cycle cycle = Cycle.findById(form.cycleId);
      String title = s.state == SubmissionState.SUBMITTED ? STEP_TITLES.get(7) : UNIT_FILLING;
      tasks.add(new TaskView(TaskKind.SUBMISSION, form.id, null, s.id, null, s.unitId, unitName(s.unitId),
          cycle.id, cycle.year, k.id, k.name, 7, title,
          s.state.name(), fills && transitions.isEmpty() ? List.of("SAVE") : transitions, s.stateChangedAt,
          Duration.between(s.stateChangedAt, clock.instant()).toMinutes()));
    }
  }

  /** Steps 8-11 on the kecamatan recap. */
  private void recaps(List<TaskView> tasks) {
    List<Recap> open = Recap.list("state in ?1", EnumSet.of(RecapState.DRAFT, RecapState.AWAITING_VALIDATION,
        RecapState.AWAITING_PARAF, RecapState.AWAITING_SIGNATURE));
    for (Recap r : open) {
      Kecamatan k = Kecamatan.findById(r.kecamatanId);
      Target target = OrgService.targetOf(k);
      List<String> transitions = RecapTransition.from(r.state).stream()
          .filter(t -> access.can(t.verb(), target)).map(Enum::name).toList();
      if (transitions.isEmpty()) {
        continue;
      }
      Form form = Form.findById(r.formId);
      Cycle cycle = Cycle.findById(form.cycleId);
      tasks.add(new TaskView(TaskKind.RECAP, form.id, null, null, r.id, null, null, cycle.id, cycle.year, k.id, k.name,
          r.state.step(), STEP_TITLES.get(r.state.step()), r.state.name(), transitions, r.stateChangedAt,
          Duration.between(r.stateChangedAt, clock.instant()).toMinutes()));
    }
  }

  private static String unitName(long unitId) {
    return id.alurkinerja.org.OrgUnit.<id.alurkinerja.org.OrgUnit>findById(unitId).name;
  }

  public List<TaskView> mine() {
    List<TaskView> tasks = new ArrayList<>();
    List<Form> forms = Form.list("state in ?1", WAITING);
    for (Form form : forms) {
      Kecamatan k = Kecamatan.findById(form.kecamatanId);
      Target target = OrgService.targetOf(k);
      if (!access.sees(target)) {
        continue;
      }
      // withdrawing is possible but not work that waits for anyone
      List<String> transitions = FormTransition.from(form.state).stream()
          .filter(t -> t != FormTransition.WITHDRAW && access.can(t.verb(), target))
          .map(Enum::name).toList();
      if (transitions.isEmpty()) {
        continue;
      }
      Cycle cycle = Cycle.findById(form.cycleId);
      tasks.add(new TaskView(TaskKind.FORM, form.id, null, null, null, null, null, cycle.id, cycle.year, k.id, k.name, form.state.step(),
          STEP_TITLES.get(form.state.step()), form.state.name(), transitions, form.stateChangedAt,
          Duration.between(form.stateChangedAt, clock.instant()).toMinutes()));
    }
    receipts(tasks);
    submissions(tasks);
    recaps(tasks);
    tasks.sort(Comparator.comparing(TaskView::waitingSince));
    return tasks;
  }
}
