package id.alurkinerja.platform.problem;

import jakarta.validation.ConstraintViolation;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a Bean Validation violation into a catalogue code: by the constraint (NotNull, Size, …), or
 * by the code named as a constraint's message (e.g. {@code @Pattern(message = "CODE_CHARACTERS")}).
 */
public final class ConstraintCodes {

  private ConstraintCodes() {}

  /** The violation as a field error at {@code field}, its parameters joined by {@code context}. */
  public static Problem.FieldError fieldError(String field, ConstraintViolation<?> v, Map<String, String> context) {
    Map<String, String> params = new LinkedHashMap<>(paramsOf(v));
    params.putAll(context);
    return new Problem.FieldError(field, codeOf(v), params);
  }

  static FieldErrorCode codeOf(ConstraintViolation<?> v) {
    try {
      return FieldErrorCode.valueOf(v.getMessageTemplate());
    } catch (IllegalArgumentException notACode) {
      // the constraint's own message: code it by the constraint
    }
    String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    boolean many = v.getInvalidValue() instanceof Collection<?> || v.getInvalidValue() instanceof Map<?, ?>
        || v.getInvalidValue() != null && v.getInvalidValue().getClass().isArray();
    return switch (constraint) {
      case "NotNull", "NotBlank", "NotEmpty" -> FieldErrorCode.REQUIRED;
      case "Size" -> tooSmall(v) ? (many ? FieldErrorCode.TOO_FEW : FieldErrorCode.TOO_SHORT)
          : (many ? FieldErrorCode.TOO_MANY : FieldErrorCode.TOO_LONG);
      case "Min", "DecimalMin", "Positive", "PositiveOrZero" -> FieldErrorCode.TOO_SMALL;
      case "Max", "DecimalMax" -> FieldErrorCode.TOO_LARGE;
      case "Digits" -> FieldErrorCode.TOO_MANY_DIGITS;
      default -> FieldErrorCode.INVALID_FORMAT;
    };
  }

  static Map<String, String> paramsOf(ConstraintViolation<?> v) {
    Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
    return switch (codeOf(v)) {
      case TOO_SHORT, TOO_FEW -> Map.of("min", String.valueOf(attributes.get("min")));
      case TOO_LONG, TOO_MANY -> Map.of("max", String.valueOf(attributes.get("max")));
      case TOO_SMALL -> Map.of("min", String.valueOf(attributes.getOrDefault("value", 0)));
      case TOO_LARGE -> Map.of("max", String.valueOf(attributes.get("value")));
      case TOO_MANY_DIGITS -> Map.of("integer", String.valueOf(attributes.get("integer")),
          "fraction", String.valueOf(attributes.get("fraction")));
      default -> Map.of();
    };
  }

  private static boolean tooSmall(ConstraintViolation<?> v) {
    Object value = v.getInvalidValue();
    int size = value instanceof CharSequence text ? text.length()
        : value instanceof Collection<?> c ? c.size()
        : value instanceof Map<?, ?> m ? m.size() : Integer.MAX_VALUE;
    Annotation a = v.getConstraintDescriptor().getAnnotation();
    return size < (int) v.getConstraintDescriptor().getAttributes().get("min") && a != null;
  }
}
