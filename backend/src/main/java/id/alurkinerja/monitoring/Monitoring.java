package id.alurkinerja.monitoring;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.calendar.Calendars;
import id.alurkinerja.calendar.WorkingCalendar;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.cycles.CycleService;
import id.alurkinerja.cycles.CycleStatus;
import id.alurkinerja.monitoring.MonitoringDtos.Board;
import id.alurkinerja.monitoring.MonitoringDtos.CycleSummary;
import id.alurkinerja.monitoring.MonitoringDtos.KecamatanBoard;
import id.alurkinerja.monitoring.MonitoringDtos.OpenTask;
import id.alurkinerja.monitoring.MonitoringDtos.Refusal;
import id.alurkinerja.monitoring.MonitoringDtos.SasaranCapaian;
import id.alurkinerja.monitoring.MonitoringDtos.SheetView;
import id.alurkinerja.monitoring.MonitoringDtos.StepRow;
import id.alurkinerja.monitoring.MonitoringDtos.StepTime;
import id.alurkinerja.monitoring.MonitoringDtos.UnitRow;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapViews;
import id.alurkinerja.sla.SlaStatus;
import id.alurkinerja.sla.SlaView;
import id.alurkinerja.sla.SlaWork;
import id.alurkinerja.sla.Slas;
import id.alurkinerja.sla.StepTask;
import id.alurkinerja.sla.WorkLinks;
import id.alurkinerja.sop.Sop;
import id.alurkinerja.sop.SopStep;
import id.alurkinerja.submissions.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The SOP monitoring sheet of a cycle and the dashboard, both read from the SLA clock's real timestamps. */
@ApplicationScoped
public class Monitoring {

  @Inject Access access;
  @Inject Slas slas;
  @Inject CycleService cycles;
  @Inject RecapViews recaps;

  /** The monitoring sheet; needs sla.read on the cycle's kecamatan. */
  public SheetView sheet(long cycleId) {
    Cycle cycle = cycles.cycle(cycleId, Verb.SLA_READ);
    return sheetOf(cycle, Kecamatan.findById(cycle.kecamatanId), slas.reader());
  }

  /** The sheet of a cycle for a caller that has checked its reader already (the archive bundle). */
  public SheetView sheetOf(Cycle cycle, Kecamatan k) {
    return sheetOf(cycle, k, slas.reader());
  }

  SheetView sheetOf(Cycle cycle, Kecamatan k, Slas.Reader reader) {
    Sop sop = cycles.sopOf(cycle);
    List<StepTask> tasks = StepTask.ofCycle(cycle.id);
    Map<Long, String> unitNames = new HashMap<>();
    List<StepRow> steps = new ArrayList<>();
    for (Sop.Step step : sop.steps()) {
      List<StepTask> of = tasks.stream().filter(t -> t.step == step.number() && !t.work.unitsOwn()).toList();
      steps.add(row(step, of, reader, unitNames));
    }
    return new SheetView(cycle.id, cycle.year, cycle.title, k.id, k.name, Calendars.zoneOf(k).getId(), sop.versionId(),
        sop.version(), cycle.status, cycle.step, reader.now(), steps, units(cycle, tasks, reader, unitNames));
  }

  private static StepRow row(Sop.Step step, List<StepTask> tasks, Slas.Reader reader, Map<Long, String> names) {
    SlaStatus status = SlaStatus.NOT_STARTED;
    long budget = 0;
    long elapsed = 0;
    int rounds = 0;
    boolean open = false;
    Instant due = null;
    List<Refusal> refusals = new ArrayList<>();
    for (StepTask t : tasks) {
      SlaView v = reader.view(t);
      status = status == SlaStatus.NOT_STARTED ? v.status() : status.worse(v.status());
      budget += v.budgetMinutes();
      elapsed += v.elapsedMinutes();
      rounds = Math.max(rounds, t.round);
      if (t.open()) {
        open = true;
        due = due == null || t.dueAt.isBefore(due) ? t.dueAt : due;
      } else if (t.reason != null) {
        refusals.add(new Refusal(t.finishedAt, t.finishedByName, t.finishedCapacity, t.outcome, t.reason,
            t.unitId == null ? null : names.computeIfAbsent(t.unitId, id -> OrgUnit.<OrgUnit>findById(id).name)));
      }
    }
    if (!open && !tasks.isEmpty()) {
      status = tasks.stream().allMatch(t -> !t.finishedAt.isAfter(t.dueAt)) ? SlaStatus.KEPT : SlaStatus.NOT_KEPT;
    }
    Boolean kept = open || tasks.isEmpty() ? null : status == SlaStatus.KEPT;
    return new StepRow(step.number(), step.title(), step.lane(), step.time(), status, tasks.size(), rounds, budget,
        elapsed, kept, tasks.isEmpty() ? null : tasks.get(0).startedAt,
        open || tasks.isEmpty() ? null : tasks.stream().map(t -> t.finishedAt).max(Comparator.naturalOrder()).get(),
        due, refusals);
  }

  private static List<UnitRow> units(Cycle cycle, List<StepTask> tasks, Slas.Reader reader, Map<Long, String> names) {
    List<UnitRow> rows = new ArrayList<>();
    if (cycle.formId == null) {
      return rows;
    }
    WorkingCalendar calendar = reader.calendar(cycle.kecamatanId);
    for (Submission s : Submission.ofForm(cycle.formId)) {
      List<StepTask> fills = tasks.stream().filter(t -> t.work == SlaWork.FILL && t.documentId.equals(s.id)).toList();
      StepTask last = fills.isEmpty() ? null : fills.get(fills.size() - 1);
      Instant handedIn = fills.stream().filter(t -> !t.open()).map(t -> t.finishedAt)
          .max(Comparator.naturalOrder()).orElse(null);
      SlaStatus status = last == null ? SlaStatus.NOT_STARTED : Slas.status(last, reader.now());
      rows.add(new UnitRow(s.unitId, names.computeIfAbsent(s.unitId, id -> OrgUnit.<OrgUnit>findById(id).name),
          s.state, last == null ? null : last.dueAt, handedIn, status,
          last == null || !last.open() ? 0 : calendar.workingDaysLeft(reader.now(), last.dueAt)));
    }
    rows.sort(Comparator.comparing(UnitRow::unitName));
    return rows;
  }

  /** The dashboard of the kecamatan the user oversees: their own, or (KABUPATEN) every one of the kabupaten. */
  public Board board(Long kecamatanId) {
    List<Kecamatan> places = new ArrayList<>();
    for (Grant g : access.user().grants()) {
      List<Kecamatan> reach = g.kecamatanId() != null ? List.of(Kecamatan.<Kecamatan>findById(g.kecamatanId()))
          : Kecamatan.ofKabupaten(g.kabupatenId());
      for (Kecamatan k : reach) {
        if ((kecamatanId == null || kecamatanId.equals(k.id)) && places.stream().noneMatch(p -> p.id.equals(k.id))
            && access.can(Verb.SLA_READ, Target.kecamatan(k.kabupatenId, k.id))) {
          places.add(k);
        }
      }
    }
    if (kecamatanId != null && places.isEmpty()) {
      Kecamatan k = Kecamatan.findById(kecamatanId);
      if (k == null) {
        throw ProblemException.notFound("Kecamatan " + kecamatanId);
      }
      access.canOrReject(Verb.SLA_READ, Target.kecamatan(k.kabupatenId, k.id), "Kecamatan " + kecamatanId);
    }
    if (places.isEmpty()) {
      throw ProblemException.forbidden("You may not " + Verb.SLA_READ.code() + " here");
    }
    Slas.Reader reader = slas.reader();
    places.sort(Comparator.comparing(k -> k.name));
    return new Board(reader.now(), places.stream().map(k -> boardOf(k, reader)).toList());
  }

  private KecamatanBoard boardOf(Kecamatan k, Slas.Reader reader) {
    List<Cycle> all = Cycle.list("kecamatanId = ?1 order by year desc", k.id);
    List<CycleSummary> summaries = all.stream().map(c -> new CycleSummary(c.id, c.year, c.title, c.status, c.step,
        cycles.sopOf(c).titleOf(c.step, c.status == CycleStatus.FINISHED))).toList();
    Cycle focus = all.stream().filter(c -> c.status == CycleStatus.IN_PROGRESS).findFirst()
        .orElse(all.isEmpty() ? null : all.get(0));
    List<OpenTask> overdue = new ArrayList<>();
    List<OpenTask> atRisk = new ArrayList<>();
    Map<Long, Cycle> byId = new HashMap<>();
    all.forEach(c -> byId.put(c.id, c));
    for (StepTask t : StepTask.openIn(List.of(k.id))) {
      SlaView v = reader.view(t);
      if (v.status() != SlaStatus.OVERDUE && v.status() != SlaStatus.AT_RISK) {
        continue;
      }
      Cycle c = byId.get(t.cycleId);
      String title = t.work.unitsOwn() ? SopStep.UNIT_WORK : cycles.sopOf(c).step(t.step).title();
      OpenTask o = new OpenTask(t.id, c.id, c.year, t.step, title, t.work, t.unitId,
          t.unitId == null ? null : OrgUnit.<OrgUnit>findById(t.unitId).name, v.status(), t.dueAt, v.usedPercent(),
          WorkLinks.of(t));
      (v.status() == SlaStatus.OVERDUE ? overdue : atRisk).add(o);
    }
    overdue.sort(Comparator.comparing(OpenTask::dueAt));
    atRisk.sort(Comparator.comparing(OpenTask::dueAt));
    List<UnitRow> units = focus == null ? List.of()
        : units(focus, StepTask.ofCycle(focus.id), reader, new HashMap<>());
    return new KecamatanBoard(k.id, k.name, Calendars.zoneOf(k).getId(), summaries, focus == null ? null : focus.id,
        overdue, atRisk, units, stepTimes(k, all, reader), capaian(focus));
  }

  private List<StepTime> stepTimes(Kecamatan k, List<Cycle> all, Slas.Reader reader) {
    Map<Integer, long[]> sums = new LinkedHashMap<>(); // budget, elapsed, samples, kept
    List<StepTask> done = StepTask.list("kecamatanId = ?1 and finishedAt is not null and work <> ?2", k.id,
        SlaWork.FILL);
    for (StepTask t : done) {
      long[] s = sums.computeIfAbsent(t.step, n -> new long[4]);
      s[0] += t.budgetMinutes;
      s[1] += t.elapsedMinutes == null ? 0 : t.elapsedMinutes;
      s[2]++;
      s[3] += t.finishedAt.isAfter(t.dueAt) ? 0 : 1;
    }
    Sop sop = all.isEmpty() ? null : cycles.sopOf(all.get(0));
    List<StepTime> times = new ArrayList<>();
    for (int step = 1; step <= 11; step++) {
      long[] s = sums.get(step);
      Sop.Step text = sop == null ? null : sop.step(step);
      String title = text == null ? SopStep.number(step).title() : text.title();
      String mutuBaku = text == null ? SopStep.number(step).time() : text.time();
      times.add(s == null ? new StepTime(step, title, mutuBaku, 0, 0, 0, 0)
          : new StepTime(step, title, mutuBaku, s[0] / s[2], s[1] / s[2], (int) s[2], (int) s[3]));
    }
    return times;
  }

  private List<SasaranCapaian> capaian(Cycle focus) {
    if (focus == null || focus.recapId == null) {
      return List.of();
    }
    Recap recap = Recap.findById(Objects.requireNonNullElse(focus.signedRecapId, focus.recapId));
    return recaps.view(recap).sasaran().stream()
        .map(s -> new SasaranCapaian(s.code(), s.name(), s.capaian(), s.band())).toList();
  }
}
