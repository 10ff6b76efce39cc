package id.alurkinerja.forms;

import id.alurkinerja.forms.FormContent.Aggregation;
import id.alurkinerja.forms.FormContent.DataType;
import id.alurkinerja.forms.FormContent.Indicator;
import id.alurkinerja.forms.FormContent.Sasaran;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a form's content must keep beyond field shapes. {@link #checkSave} runs on every save
 * (a draft may be incomplete but never wrong); {@link #checkComplete} runs before the form leaves
 * the Staf's desk.
 */
public final class FormContentRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private FormContentRules() {}

  public static void checkSave(FormContent content, long kecamatanId) {
    Set<Long> units = OrgUnit.ofKecamatan(kecamatanId).stream().filter(u -> u.active)
        .map(u -> u.id).collect(Collectors.toSet());
    List<FieldError> errors = new ArrayList<>();
    unitList(content.letter().addresseeUnitIds(), units, "letter.addresseeUnitIds", errors);
    Set<String> sasaranCodes = new HashSet<>();
    Set<String> indicatorCodes = new HashSet<>();
    for (int s = 0; s < content.sasaran().size(); s++) {
      Sasaran sasaran = content.sasaran().get(s);
      String sp = "sasaran[" + s + "]";
      if (!sasaranCodes.add(sasaran.code())) {
        errors.add(new FieldError(sp + ".code", "repeats sasaran code " + sasaran.code()));
      }
      for (int i = 0; i < sasaran.indicators().size(); i++) {
        indicator(sasaran.indicators().get(i), sp + ".indicators[" + i + "]", units, indicatorCodes, errors);
      }
    }
    reject(errors, "The form has " + errors.size() + " invalid field(s)");
  }

  public static void checkComplete(FormContent content) {
    List<FieldError> errors = new ArrayList<>();
    if (content.letter().body().isBlank()) {
      errors.add(new FieldError("letter.body", "the letter needs its text before correction"));
    }
    if (content.letter().deadline() == null) {
      errors.add(new FieldError("letter.deadline", "the letter needs a deadline for the units"));
    }
    if (content.letter().addresseeUnitIds().isEmpty()) {
      errors.add(new FieldError("letter.addresseeUnitIds", "the letter needs at least one addressee"));
    }
    Set<Long> addressed = new HashSet<>(content.letter().addresseeUnitIds());
    int indicators = 0;
    for (int s = 0; s < content.sasaran().size(); s++) {
      Sasaran sasaran = content.sasaran().get(s);
      if (sasaran.indicators().isEmpty()) {
        errors.add(new FieldError("sasaran[" + s + "].indicators", "a sasaran needs at least one indicator"));
      }
      for (int i = 0; i < sasaran.indicators().size(); i++) {
        indicators++;
        for (Long unit : sasaran.indicators().get(i).reportingUnitIds()) {
          if (!addressed.contains(unit)) {
            errors.add(new FieldError("sasaran[" + s + "].indicators[" + i + "].reportingUnitIds",
                "unit " + unit + " reports this indicator but is not addressed by the letter"));
          }
        }
      }
    }
    if (indicators == 0) {
      errors.add(new FieldError("sasaran", "the form needs at least one indicator"));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "The form is not complete enough to be corrected", errors);
    }
  }

  private static void indicator(Indicator ind, String path, Set<Long> units, Set<String> codes,
      List<FieldError> errors) {
    if (!codes.add(ind.code())) {
      errors.add(new FieldError(path + ".code", "repeats indicator code " + ind.code()));
    }
    unitList(ind.reportingUnitIds(), units, path + ".reportingUnitIds", errors);
    if (ind.dataType() == DataType.text) {
      if (ind.target() != null) {
        errors.add(new FieldError(path + ".target", "text indicators take targetText, not a number"));
      }
      if (ind.aggregation() != Aggregation.none) {
        errors.add(new FieldError(path + ".aggregation", "text values cannot be combined: use none"));
      }
      return;
    }
    if (ind.target() == null) {
      errors.add(new FieldError(path + ".target", "is required for " + ind.dataType() + " indicators"));
    } else if (ind.dataType() == DataType.yesno && ind.target().compareTo(BigDecimal.ONE) != 0
        && ind.target().signum() != 0) {
      errors.add(new FieldError(path + ".target", "must be 1 (ada/ya) or 0 for yesno indicators"));
    } else if (ind.dataType() == DataType.percent && ind.target().compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(path + ".target", "a percentage target cannot exceed 100"));
    }
    if (ind.aggregation() == Aggregation.none && ind.reportingUnitIds().size() > 1) {
      errors.add(new FieldError(path + ".aggregation",
          "several units report it: choose sum, average, min or max"));
    }
  }

  private static void unitList(List<Long> ids, Set<Long> units, String path, List<FieldError> errors) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (!units.contains(id)) {
        errors.add(new FieldError(path + "[" + i + "]", "is not an active unit of this kecamatan"));
      } else if (!seen.add(id)) {
        errors.add(new FieldError(path + "[" + i + "]", "is listed twice"));
      }
    }
  }

  private static void reject(List<FieldError> errors, String detail) {
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }
  }
}
