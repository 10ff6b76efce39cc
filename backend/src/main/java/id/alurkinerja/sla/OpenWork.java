package id.alurkinerja.sla;

import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapState;
import id.alurkinerja.submissions.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The work a cycle's documents wait for right now, read from their states. */
@ApplicationScoped
public class OpenWork {

  @Inject FormDocuments forms;

  /** One piece of work waiting: what, on which document, for which unit, by when if the letter says. */
  public record Work(SlaWork work, long documentId, Long unitId, int units, LocalDate tenggat) {
    String key() {
      return StepTask.key(work, documentId);
    }
  }

  public List<Work> of(Cycle cycle) {
    List<Work> open = new ArrayList<>();
    Form form = cycle.formId == null ? null : Form.findById(cycle.formId);
    if (form == null) {
      return open;
    }
    switch (form.state) {
      case IMPORTED -> {
        return open;
      }
      case DRAFT -> open.add(on(SlaWork.DRAFT_FORMAT, form));
      case IN_CORRECTION -> open.add(on(SlaWork.CORRECT_FORMAT, form));
      case AWAITING_PARAF -> open.add(on(SlaWork.PARAF_FORMAT, form));
      case AWAITING_SIGNATURE -> open.add(on(SlaWork.SIGN_FORMAT, form));
      case SIGNED, NUMBERED -> open.add(on(SlaWork.NUMBER_FORMAT, form));
      case DISTRIBUTING, DISTRIBUTED -> sentOut(cycle, form, open);
    }
    return open;
  }

  private void sentOut(Cycle cycle, Form form, List<Work> open) {
    Map<Long, Dispatch> dispatches = Dispatch.<Dispatch>list("formId", form.id).stream()
        .collect(Collectors.toMap(d -> d.unitId, Function.identity()));
    LocalDate tenggat = forms.content(form).letter().deadline();
    for (Dispatch d : dispatches.values()) {
      if (d.state == Dispatch.State.SENT) {
        open.add(new Work(SlaWork.RECEIVE, d.id, d.unitId, 1, null));
      }
    }
    for (Submission s : Submission.ofForm(form.id)) {
      Dispatch d = dispatches.get(s.unitId);
      boolean received = d != null && d.state == Dispatch.State.RECEIVED;
      switch (s.state) {
        case NOT_STARTED, DRAFT, RETURNED -> {
          if (received) {
            open.add(new Work(SlaWork.FILL, s.id, s.unitId, 1, tenggat));
          }
        }
        case SUBMITTED -> open.add(new Work(SlaWork.VERIFY, s.id, s.unitId, 1, null));
        default -> { }
      }
    }
    Recap recap = cycle.recapId == null ? null : Recap.findById(cycle.recapId);
    if (cycle.step == 8 && (recap == null || recap.state == RecapState.DRAFT)) {
      open.add(new Work(SlaWork.CONSOLIDATE, form.id, null, Math.max(1, form.unitsAddressed), null));
    }
    if (recap != null) {
      switch (recap.state) {
        case AWAITING_VALIDATION -> open.add(new Work(SlaWork.VALIDATE, recap.id, null, 1, null));
        case AWAITING_PARAF -> open.add(new Work(SlaWork.PARAF_DATA, recap.id, null, 1, null));
        case AWAITING_SIGNATURE -> open.add(new Work(SlaWork.SIGN_DATA, recap.id, null, 1, null));
        default -> { }
      }
    }
  }

  private static Work on(SlaWork work, Form form) {
    return new Work(work, form.id, null, 1, null);
  }
}
