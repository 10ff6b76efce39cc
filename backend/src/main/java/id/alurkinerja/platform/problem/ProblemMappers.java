package id.alurkinerja.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import id.alurkinerja.platform.json.StrictJson;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into an RFC 9457 problem; never a stack trace or SQL text. */
public class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

  @ServerExceptionMapper
  public Response problem(ProblemException e, UriInfo uri) {
    return ProblemResponses.of(e, path(uri));
  }

  @ServerExceptionMapper
  public Response bodyTooLarge(BodyTooLarge e, UriInfo uri) {
    return ProblemResponses.of(e.problem(), path(uri));
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
    List<Problem.FieldError> errors = e.getConstraintViolations().stream()
        .map(v -> new Problem.FieldError(fieldOf(v), ConstraintCodes.codeOf(v), ConstraintCodes.paramsOf(v)))
        .sorted(Comparator.comparing(Problem.FieldError::field))
        .toList();
    return ProblemResponses.of(new ProblemException(ProblemType.VALIDATION_FAILED,
        "The request has " + errors.size() + " invalid field(s)", errors), path(uri));
  }

  @ServerExceptionMapper({UnrecognizedPropertyException.class})
  public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
    String field = jsonPath(e);
    return ProblemResponses.of(new ProblemException(ProblemType.VALIDATION_FAILED,
        "Unknown field '" + e.getPropertyName() + "'",
        List.of(new Problem.FieldError(field, FieldErrorCode.UNKNOWN_FIELD))), path(uri));
  }

  @ServerExceptionMapper({InvalidFormatException.class, MismatchedInputException.class})
  public Response wrongType(MismatchedInputException e, UriInfo uri) {
    String field = jsonPath(e);
    if (field.isEmpty()) {
      return ProblemResponses.of(ProblemType.MALFORMED_REQUEST,
          "The request body must be a JSON object of the documented shape", path(uri));
    }
    Class<?> type = e.getTargetType();
    Problem.FieldError error = e instanceof StrictJson.ForbiddenCharacters
        ? new Problem.FieldError(field, FieldErrorCode.FORBIDDEN_CHARACTERS)
        : type != null && type.isEnum()
        ? new Problem.FieldError(field, FieldErrorCode.NOT_ONE_OF, Map.of("allowed", allowed(type)))
        : new Problem.FieldError(field, FieldErrorCode.WRONG_TYPE, Map.of("expected", simpleType(type)));
    return ProblemResponses.of(new ProblemException(ProblemType.VALIDATION_FAILED,
        "Field '" + field + "' has the wrong type", List.of(error)), path(uri));
  }

  @ServerExceptionMapper
  public Response malformedJson(JsonProcessingException e, UriInfo uri) {
    return ProblemResponses.of(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON",
        path(uri));
  }

  @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
  public Response unauthenticated(RuntimeException e, UriInfo uri) {
    return ProblemResponses.of(ProblemType.UNAUTHENTICATED,
        "Send a valid, unexpired access token as 'Authorization: Bearer <token>'", path(uri));
  }

  @ServerExceptionMapper
  public Response forbidden(ForbiddenException e, UriInfo uri) {
    return ProblemResponses.of(ProblemType.FORBIDDEN, "You do not hold the permission for this action",
        path(uri));
  }

  @ServerExceptionMapper
  public Response web(WebApplicationException e, UriInfo uri) {
    int status = e.getResponse().getStatus();
    if (e.getCause() instanceof JsonProcessingException json) {
      return json instanceof MismatchedInputException mismatch ? wrongType(mismatch, uri)
          : malformedJson(json, uri);
    }
    ProblemType type = ProblemType.forStatus(status);
    String detail = switch (status) {
      case 404 -> "No resource at " + path(uri);
      case 405 -> "This method is not allowed on " + path(uri);
      case 415 -> "Send the request body as application/json";
      case 406 -> "This resource answers with application/json";
      case 413 -> "The request body is too large";
      default -> type.title();
    };
    Response response = ProblemResponses.of(type, detail, path(uri));
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow"))
          .build();
    }
    return response;
  }

  @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
  public Response unexpected(Throwable e, UriInfo uri) {
    if (DatabaseErrors.isDuplicate(e)) { // two requests creating the same thing at once: the loser
      return ProblemResponses.of(ProblemType.CONFLICT,
          "Someone created the same thing at the same moment; reload and look before trying again", path(uri));
    }
    if (DatabaseErrors.isTransient(e)) { // waited too long for another request's lock: nothing was changed
      return ProblemResponses.of(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
          "The data is busy with another change; try again in a moment").retryAfter(Duration.ofSeconds(1)),
          path(uri));
    }
    if (DatabaseErrors.isUnavailable(e)) { // down, frozen or out of connections: nothing was committed
      DatabaseOutage.noticed(e);
      return ProblemResponses.of(new ProblemException(ProblemType.SERVICE_UNAVAILABLE,
          "The database is not answering; nothing was changed. Try again shortly")
          .retryAfter(DatabaseOutage.RETRY_AFTER), path(uri));
    }
    String incident = UUID.randomUUID().toString();
    LOG.errorf(e, "Unexpected error %s on %s", incident, path(uri));
    return ProblemResponses.of(new ProblemException(ProblemType.INTERNAL_ERROR,
        "An unexpected error occurred; quote incident " + incident + " to the operator")
        .context(new ProblemContexts.Incident(incident)), path(uri));
  }

  private static String path(UriInfo uri) {
    return uri == null ? null : uri.getRequestUri().getRawPath();
  }

  private static String fieldOf(ConstraintViolation<?> violation) {
    // "method.parameter.field.sub" -> "field.sub"; a violation on the body itself -> parameter name
    String[] parts = violation.getPropertyPath().toString().split("\\.", 3);
    return parts.length == 3 ? parts[2] : parts[parts.length - 1];
  }

  static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** The JSON kind a client should have sent: number, boolean, string, array, date or object. */
  private static String simpleType(Class<?> type) {
    if (type == null) {
      return "object";
    }
    if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
      return "number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "boolean";
    }
    if (type == String.class) {
      return "string";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "array";
    }
    if (type.getName().startsWith("java.time")) {
      return "date";
    }
    return "object";
  }

  /** The values an enum accepts, as JSON spells them (an enum with codes answers them from toString). */
  private static String allowed(Class<?> type) {
    return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
  }
}
