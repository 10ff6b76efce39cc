package id.alurkinerja.tasks;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Target;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormState;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.org.Kecamatan;
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

  static final Map<Integer, String> STEP_TITLES = Map.of(
      1, "Membuat draf format data kinerja dan konsep surat pemberitahuan pengisian data",
      2, "Mengoreksi draf format data kinerja dan surat pemberitahuan pengisian data",
      3, "Memberi paraf pada format data kinerja dan surat pemberitahuan pengisian data",
      4, "Menerima dan menandatangani format data kinerja dan surat pemberitahuan");

  private static final EnumSet<FormState> WAITING = EnumSet.of(FormState.DRAFT,
      FormState.IN_CORRECTION, FormState.AWAITING_PARAF, FormState.AWAITING_SIGNATURE);

  @Inject Access access;
  @Inject Clock clock;

  public List<TaskView> mine() {
    List<TaskView> tasks = new ArrayList<>();
    List<Form> forms = Form.list("state in ?1", WAITING);
    for (Form form : forms) {
      Kecamatan k = Kecamatan.findById(form.kecamatanId);
      Target target = Target.kecamatan(k.kabupatenId, k.id);
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
      tasks.add(new TaskView("FORM", form.id, cycle.id, cycle.year, k.id, k.name, form.state.step(),
          STEP_TITLES.get(form.state.step()), form.state.name(), transitions, form.stateChangedAt,
          Duration.between(form.stateChangedAt, clock.instant()).toMinutes()));
    }
    tasks.sort(Comparator.comparing(TaskView::waitingSince));
    return tasks;
  }
}
