package id.alurkinerja.forms;

import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.FormDtos.FormVersionSummary;
import id.alurkinerja.forms.FormDtos.FormVersionView;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.workflow.DocumentMachine;
import id.alurkinerja.workflow.TimelineEntry;
import id.alurkinerja.workflow.Timelines;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** A form's past: its versions, what changed between them or from last year, and its timeline. */
@ApplicationScoped
public class FormHistory {

  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject Timelines timelines;

  public List<FormVersionSummary> versions(long formId) {
    machine.read(forms, formId);
    return FormVersion.ofForm(formId).stream().map(v -> {
      AppUser author = AppUser.findById(v.createdBy);
      return new FormVersionSummary(v.number, v.contentSha256, v.stateAtSave, v.createdBy,
          author.fullName, v.createdAt);
    }).toList();
  }

  public FormVersionView version(long formId, int number) {
    machine.read(forms, formId);
    FormVersion v = FormVersion.of(formId, number);
    if (v == null) {
      throw ProblemException.notFound("Version " + number + " of form " + formId);
    }
    return new FormVersionView(v.number, v.contentSha256, forms.content(v), v.content);
  }

  /** Differences between two versions, or (no versions given) from last year's form to the current. */
  public FormDiff diff(long formId, Integer from, Integer to) {
    Form form = machine.read(forms, formId);
    int toNumber = to == null ? form.currentVersion : to;
    FormVersion target = FormVersion.of(formId, toNumber);
    if (target == null) {
      throw ProblemException.invalid("to", FieldErrorCode.NO_SUCH_VERSION, Map.of("version", String.valueOf(toNumber)));
    }
    if (from == null) {
      if (form.clonedFromFormId == null) {
        throw new ProblemException(ProblemType.UNPROCESSABLE,
            "This form was not cloned from last year's; give 'from' to compare two of its versions");
      }
      Form previous = Form.findById(form.clonedFromFormId);
      Cycle previousCycle = Cycle.findById(previous.cycleId);
      return FormDiff.between("Tahun " + previousCycle.year, forms.content(previous), "Versi " + toNumber,
          forms.content(target));
    }
    FormVersion source = FormVersion.of(formId, from);
    if (source == null) {
      throw ProblemException.invalid("from", FieldErrorCode.NO_SUCH_VERSION, Map.of("version", String.valueOf(from)));
    }
    return FormDiff.between("Versi " + from, forms.content(source), "Versi " + toNumber, forms.content(target));
  }

  public List<TimelineEntry> timeline(long formId) {
    machine.read(forms, formId);
    return timelines.of(forms.kind(), formId);
  }
}
