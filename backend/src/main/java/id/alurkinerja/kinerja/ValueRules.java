package id.alurkinerja.kinerja;

import id.alurkinerja.forms.FormContent.DataType;
import id.alurkinerja.forms.FormContent.Indicator;
import id.alurkinerja.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.List;

/** What a realisasi may be for an indicator's data type; shared by submissions and the recap. */
public final class ValueRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueRules() {}

  public static void check(Indicator indicator, BigDecimal value, String text, String path,
      List<FieldError> errors) {
    if (indicator.dataType() == DataType.text) {
      if (value != null) {
        errors.add(new FieldError(path + ".value", "a text indicator takes text, not a number"));
      }
      return;
    }
    if (text != null && !text.isBlank()) {
      errors.add(new FieldError(path + ".text", "a " + indicator.dataType() + " indicator takes a number"));
    }
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      errors.add(new FieldError(path + ".value", "must not be negative"));
    } else if (indicator.dataType() == DataType.yesno && value.compareTo(BigDecimal.ONE) != 0
        && value.signum() != 0) {
      errors.add(new FieldError(path + ".value", "must be 1 (ya/ada) or 0 (tidak)"));
    } else if (indicator.dataType() == DataType.percent && value.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(path + ".value", "a percentage cannot exceed 100"));
    }
  }
}
