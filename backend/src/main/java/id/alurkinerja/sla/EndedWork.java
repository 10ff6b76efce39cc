package id.alurkinerja.sla;

import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.StepClock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** Tells the timelines which work each of a document's transitions ended, and how long it took. */
@ApplicationScoped
public class EndedWork implements StepClock.Source {

  @Override
  public List<StepClock.Ended> endedOn(DocumentKind kind, long documentId) {
    List<StepTask> done = new ArrayList<>(finished(kind == DocumentKind.FORM ? SlaDocument.FORM
        : kind == DocumentKind.SUBMISSION ? SlaDocument.SUBMISSION : SlaDocument.RECAP, List.of(documentId)));
    if (kind == DocumentKind.FORM) {
      List<Long> dispatches = Dispatch.<Dispatch>list("formId", documentId).stream().map(d -> d.id).toList();
      done.addAll(finished(SlaDocument.DISPATCH, dispatches));
    }
    if (kind == DocumentKind.RECAP) {
      Recap recap = Recap.findById(documentId);
      if (recap != null) {
        done.addAll(StepTask.<StepTask>list("work = ?1 and documentId = ?2 and finishedAt is not null",
            SlaWork.CONSOLIDATE, recap.formId));
      }
    }
    return done.stream().map(t -> new StepClock.Ended(t.outcome, t.finishedAt, new StepClock(t.step, t.round,
        t.unitId, t.startedAt, t.dueAt, t.budgetMinutes, t.elapsedMinutes == null ? 0 : t.elapsedMinutes,
        !t.finishedAt.isAfter(t.dueAt)))).toList();
  }

  private static List<StepTask> finished(SlaDocument kind, List<Long> ids) {
    return ids.isEmpty() ? List.of() : StepTask.list("documentKind = ?1 and documentId in ?2 and finishedAt is not null "
        + "order by finishedAt", kind, ids);
  }
}
