package id.alurkinerja.recaps;

import id.alurkinerja.access.Access;
import id.alurkinerja.approvals.Approval;
import id.alurkinerja.approvals.ApprovalView;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormContent;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.kinerja.ReportedIndicator;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.recaps.RecapDtos.HistoryEntry;
import id.alurkinerja.recaps.RecapDtos.RecapView;
import id.alurkinerja.recaps.RecapDtos.UnitView;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionState;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds what the API shows of a recap, for the user asking. */
@ApplicationScoped
public class RecapViews {

  @Inject CycleService cycles;
  @Inject RecapDocuments recaps;
  @Inject FormDocuments forms;
  @Inject DocumentMachine machine;
  @Inject Access access;

  public RecapView view(Recap r) {
    RecapContent content = recaps.content(r);
    RecapVersion current = RecapVersion.of(r.id, r.currentVersion);
    FormContent form = recaps.formContent(r, content);
    Map<Long, String> names = new HashMap<>();
    OrgUnit.ofKecamatan(r.kecamatanId).forEach(u -> names.put(u.id, u.name));
    Map<Long, Submission> submissions = new HashMap<>();
    Submission.ofForm(r.formId).forEach(s -> submissions.put(s.unitId, s));
    List<UnitView> units = new ArrayList<>();
    for (Long unitId : ReportedIndicator.reportingUnits(form.sasaran())) {
      Submission s = submissions.get(unitId);
      RecapContent.Entry entry = content.entries().stream().filter(e -> e.unitId() == unitId).findFirst()
          .orElse(null);
      units.add(new UnitView(unitId, names.getOrDefault(unitId, "#" + unitId),
          s == null ? SubmissionState.NOT_STARTED : s.state, entry == null ? null : entry.enteredAt(),
          entry == null ? RecapDtos.EntryStatus.NOT_ENTERED : entry.status()));
    }
    Set<String> corrected = new HashSet<>();
    RecapValueEvent.<RecapValueEvent>list("recapId = ?1 and kind = ?2", r.id, RecapValueEvent.Kind.CORRECTED)
        .forEach(e -> corrected.add(e.indicatorCode + "/" + e.unitId));
    Form f = Form.findById(r.formId);
    Cycle cycle = Cycle.findById(f.cycleId);
    Kecamatan kecamatan = Kecamatan.findById(r.kecamatanId);
    boolean signed = r.state == RecapState.SIGNED || r.state == RecapState.SUPERSEDED;
    return new RecapView(r.id, r.formId, cycle.year, r.kecamatanId, r.state, r.state.step(),
        cycles.sopOf(cycle).titleOf(r.state.step(), signed), r.round, current.number, current.contentSha256, units,
        RecapTable.of(form, content, names, corrected, kecamatan.capaianLowerFormula, kecamatan.capaianCap),
        Approval.of(recaps.kind().code(), r.id).stream().map(ApprovalView::of).toList(), r.ralatOf, r.ralatReason,
        r.supersededBy, r.stateChangedAt, access.verbsOn(recaps.targetOf(r)), machine.offered(recaps, r),
        machine.allows(recaps, r, RecapTransition.ENTER), r.version);
  }

  /** The recap of a form and its ralat versions, oldest first. */
  public List<RecapView> ofForm(long formId) {
    Form form = machine.read(forms, formId);
    access.canOrReject(recaps.readVerb(), forms.targetOf(form), "Form " + formId);
    return Recap.ofForm(formId).stream().map(this::view).toList();
  }

  /** Who entered or changed each value and why, across the recap and the recaps it corrects. */
  public List<HistoryEntry> history(long recapId, String indicatorCode) {
    Recap r = machine.read(recaps, recapId);
    List<Long> chain = new ArrayList<>();
    for (Recap at = r; at != null; at = at.ralatOf == null ? null : Recap.findById(at.ralatOf)) {
      chain.add(at.id);
    }
    List<RecapValueEvent> events = indicatorCode == null
        ? RecapValueEvent.list("recapId in ?1 order by id", chain)
        : RecapValueEvent.list("recapId in ?1 and indicatorCode = ?2 order by id", chain, indicatorCode);
    return events.stream().map(e -> new HistoryEntry(e.indicatorCode, e.unitId, e.kind, e.oldValue, e.newValue,
        e.oldText, e.newText, e.reason, e.actorName, e.at, e.recapVersion)).toList();
  }
}
