package id.alurkinerja.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, as sent with {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
    @Schema(required = true, examples = "urn:alur-kinerja:problem:validation-failed") String type,
    @Schema(required = true) String title,
    @Schema(required = true) int status,
    String detail,
    String instance,
    @Schema(description = "Field-level errors of a validation problem") List<FieldError> errors,
    @Schema(description = "Further facts, as the problem type's context schema says",
        oneOf = {ProblemContexts.InvalidState.class, ProblemContexts.VersionChanged.class,
            ProblemContexts.PreconditionFailed.class, ProblemContexts.Forbidden.class, ProblemContexts.Conflict.class,
            ProblemContexts.Incident.class})
        Object context) {

  @Schema(name = "FieldError")
  public record FieldError(
      @Schema(required = true, description = "JSON path of the field, e.g. units[2].name") String field,
      @Schema(required = true) FieldErrorCode code,
      @Schema(description = "The code's parameters, e.g. max for TOO_LONG") Map<String, String> params,
      @Schema(required = true, description = "The code in English, for logs and scripts; clients show the code")
      String message) {

    public FieldError(String field, FieldErrorCode code) {
      this(field, code, Map.of());
    }

    public FieldError(String field, FieldErrorCode code, Map<String, String> params) {
      this(field, code, params.isEmpty() ? null : Map.copyOf(params), code.message(params));
    }
  }
}
