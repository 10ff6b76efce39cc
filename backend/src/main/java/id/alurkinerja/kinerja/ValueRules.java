package id.alurkinerja.kinerja;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What a realisasi may be for an indicator's data type; shared by submissions and the recap. */
public final class ValueRules {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ValueRules() {}

  public static void check(Indicator indicator, BigDecimal value, String text, String path,
      List<FieldError> errors) {
    if (indicator.dataType() == DataType.text) {
      if (value != null) {
        errors.add(new FieldError(path + ".value", FieldErrorCode.TEXT_TAKES_TEXT));
      }
      return;
    }
    if (text != null && !text.isBlank()) {
      errors.add(new FieldError(path + ".text", FieldErrorCode.TAKES_NUMBER, Map.of("dataType", indicator.dataType().name())));
    }
    if (value == null) {
      return;
    }
    if (value.signum() < 0) {
      errors.add(new FieldError(path + ".value", FieldErrorCode.NEGATIVE));
    } else if (indicator.dataType() == DataType.yesno && value.compareTo(BigDecimal.ONE) != 0
        && value.signum() != 0) {
      errors.add(new FieldError(path + ".value", FieldErrorCode.YESNO_VALUE));
    } else if (indicator.dataType() == DataType.percent && value.compareTo(HUNDRED) > 0) {
      errors.add(new FieldError(path + ".value", FieldErrorCode.PERCENT_OVER_100));
    }
  }

  /** Whether a realisasi is given, as the indicator's data type takes it. */
  public static boolean filled(Indicator indicator, BigDecimal value, String text) {
    return indicator.dataType() == DataType.text ? text != null : value != null;
  }
}
