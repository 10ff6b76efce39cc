package id.alurkinerja.forms;

import id.alurkinerja.kinerja.Aggregation;
import id.alurkinerja.kinerja.DataType;
import id.alurkinerja.kinerja.Indicator;
import id.alurkinerja.kinerja.Sasaran;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
        errors.add(new FieldError(sp + ".code", FieldErrorCode.DUPLICATE_CODE, Map.of("code", sasaran.code())));
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
      errors.add(new FieldError("letter.body", FieldErrorCode.LETTER_BODY_MISSING));
    }
    if (content.letter().deadline() == null) {
      errors.add(new FieldError("letter.deadline", FieldErrorCode.LETTER_DEADLINE_MISSING));
    }
    if (content.letter().addresseeUnitIds().isEmpty()) {
      errors.add(new FieldError("letter.addresseeUnitIds", FieldErrorCode.ADDRESSEE_MISSING));
    }
    Set<Long> addressed = new HashSet<>(content.letter().addresseeUnitIds());
    int indicators = 0;
    for (int s = 0; s < content.sasaran().size(); s++) {
      Sasaran sasaran = content.sasaran().get(s);
      if (sasaran.indicators().isEmpty()) {
        errors.add(new FieldError("sasaran[" + s + "].indicators", FieldErrorCode.SASARAN_EMPTY));
      }
      for (int i = 0; i < sasaran.indicators().size(); i++) {
        indicators++;
        for (Long unit : sasaran.indicators().get(i).reportingUnitIds()) {
          if (!addressed.contains(unit)) {
            errors.add(new FieldError("sasaran[" + s + "].indicators[" + i + "].reportingUnitIds",
                FieldErrorCode.UNIT_NOT_ADDRESSED, Map.of("unitId", String.valueOf(unit))));
          }
        }
      }
    }
    if (indicators == 0) {
      errors.add(new FieldError("sasaran", FieldErrorCode.FORM_EMPTY));
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.UNPROCESSABLE,
          "The form is not complete enough to be corrected", errors);
    }
  }

  private static void indicator(Indicator ind, String path, Set<Long> units, Set<String> codes,
      List<FieldError> errors) {
    if (!codes.add(ind.code())) {
      errors.add(new FieldError(path + ".code", FieldErrorCode.DUPLICATE_CODE, Map.of("code", ind.code())));
    }
    unitList(ind.reportingUnitIds(), units, path + ".reportingUnitIds", errors);
    if (ind.dataType() == DataType.text) {
      if (ind.target() != null) {
        errors.add(new FieldError(path + ".target", FieldErrorCode.TEXT_TARGET));
      }
      if (ind.aggregation() != Aggregation.none) {
        errors.add(new FieldError(path + ".aggregation", FieldErrorCode.TEXT_NOT_COMBINED));
      }
      return;
    }
    if (ind.target() == null) {
      errors.add(new FieldError(path + ".target", FieldErrorCode.REQUIRED_FOR, Map.of("for", ind.dataType().name())));
    } else if (ind.dataType() == DataType.yesno && ind.target().compareTo(BigDecimal.ONE) != 0
        && ind.target().signum() != 0) {
      errors.add(new FieldError(path + ".target", FieldErrorCode.YESNO_TARGET));
    } else if (ind.dataType() == DataType.percent && ind.target().compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(path + ".target", FieldErrorCode.PERCENT_OVER_100));
    }
    if (ind.aggregation() == Aggregation.none && ind.reportingUnitIds().size() > 1) {
      errors.add(new FieldError(path + ".aggregation", FieldErrorCode.AGGREGATION_NEEDED));
    }
  }

  private static void unitList(List<Long> ids, Set<Long> units, String path, List<FieldError> errors) {
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (!units.contains(id)) {
        errors.add(new FieldError(path + "[" + i + "]", FieldErrorCode.UNIT_NOT_ACTIVE));
      } else if (!seen.add(id)) {
        errors.add(new FieldError(path + "[" + i + "]", FieldErrorCode.LISTED_TWICE));
      }
    }
  }

  private static void reject(List<FieldError> errors, String detail) {
    if (!errors.isEmpty()) {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors);
    }
  }
}
