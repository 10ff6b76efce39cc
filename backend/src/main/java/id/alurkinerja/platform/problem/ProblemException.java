package id.alurkinerja.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Thrown anywhere to answer the client with a problem from the catalog; nothing is committed. */
public class ProblemException extends RuntimeException {

  private final ProblemType type;
  private final List<Problem.FieldError> errors;
  private Object context;
  private Duration retryAfter;

  public ProblemException(ProblemType type, String detail) {
    this(type, detail, List.of());
  }

  public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
    super(detail, null, false, false);
    this.type = type;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(ProblemType.NOT_FOUND, what + " not found");
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(ProblemType.FORBIDDEN, detail);
  }

  public static ProblemException invalid(String field, FieldErrorCode code) {
    return invalid(new Problem.FieldError(field, code));
  }

  public static ProblemException invalid(String field, FieldErrorCode code, Map<String, String> params) {
    return invalid(new Problem.FieldError(field, code, params));
  }

  private static ProblemException invalid(Problem.FieldError error) {
    return new ProblemException(ProblemType.VALIDATION_FAILED, error.field() + " " + error.message(),
        List.of(error));
  }

  public static ProblemException conflict(String detail) {
    return new ProblemException(ProblemType.CONFLICT, detail);
  }

  /** The problem's facts: one of {@link ProblemContexts}' records, as its type says. */
  public ProblemException context(Object facts) {
    this.context = facts;
    return this;
  }

  public ProblemException retryAfter(Duration duration) {
    this.retryAfter = duration;
    return this;
  }

  public ProblemType type() {
    return type;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  public Problem toProblem(String instance) {
    return new Problem(type.uri(), type.title(), type.status(), getMessage(), instance, errors,
        context);
  }
}
