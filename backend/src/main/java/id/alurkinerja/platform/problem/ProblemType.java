package id.alurkinerja.platform.problem;

/**
 * The one catalog of problems this API answers with (RFC 9457). Each entry has a stable {@code type}
 * URI that clients may rely on; titles are English, the SPA maps types to Bahasa Indonesia.
 */
public enum ProblemType {
  MALFORMED_REQUEST(400, "malformed-request", "The request body is not valid JSON or has the wrong shape"),
  VALIDATION_FAILED(400, "validation-failed", "One or more fields are invalid"),
  UNAUTHENTICATED(401, "unauthenticated", "A valid access token is required"),
  INVALID_CREDENTIALS(401, "invalid-credentials", "Username or password is wrong"),
  INVALID_REFRESH_TOKEN(401, "invalid-refresh-token", "The refresh token is invalid, expired or revoked"),
  INVALID_CLIENT(401, "invalid-client", "The client credentials are wrong, expired or revoked"),
  FORBIDDEN(403, "forbidden", "You do not hold the permission for this action"),
  NOT_FOUND(404, "not-found", "No such resource"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "This method is not allowed on this resource"),
  NOT_ACCEPTABLE(406, "not-acceptable", "The requested media type cannot be produced"),
  CONFLICT(409, "conflict", "The request conflicts with the current state of the resource"),
  INVALID_STATE(409, "invalid-state", "This action is not allowed in the current state"),
  VERSION_CHANGED(409, "version-changed", "The document changed since it was shown to you"),
  PRECONDITION_FAILED(412, "precondition-failed", "The resource was changed by someone else"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large", "The request body is too large"),
  URI_TOO_LONG(414, "uri-too-long", "The request URI is too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "The request media type is not supported"),
  UNPROCESSABLE(422, "unprocessable", "The request is well-formed but cannot be carried out"),
  PRECONDITION_REQUIRED(428, "precondition-required", "An If-Match header with the current ETag is required"),
  TOO_MANY_REQUESTS(429, "too-many-requests", "Too many attempts; try again later"),
  INTERNAL_ERROR(500, "internal-error", "An unexpected error occurred"),
  SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is temporarily unavailable");

  public static final String URI_PREFIX = "urn:alur-kinerja:problem:";

  private final int status;
  private final String slug;
  private final String title;

  ProblemType(int status, String slug, String title) {
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String uri() {
    return URI_PREFIX + slug;
  }

  public String title() {
    return title;
  }

  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
  }
}
