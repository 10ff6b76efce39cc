package id.alurkinerja.platform.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/** Builds the HTTP response for a problem: status, media type and the headers some problems need. */
public final class ProblemResponses {

  public static final String MEDIA_TYPE = "application/problem+json";

  private ProblemResponses() {}

  public static Response of(ProblemException problem, String instance) {
    Response.ResponseBuilder builder = Response.status(problem.type().status())
        .type(MEDIA_TYPE)
        .entity(problem.toProblem(instance));
    if (problem.retryAfter() != null) {
      builder.header(HttpHeaders.RETRY_AFTER, Math.max(1, problem.retryAfter().toSeconds()));
    }
    if (problem.type().status() == 401) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return builder.build();
  }

  public static Response of(ProblemType type, String detail, String instance) {
    return of(new ProblemException(type, detail), instance);
  }
}
