package id.alurkinerja.platform.problem;

import java.io.IOException;

/**
 * A request body that passed its size limit while it was read (a chunked body declares no length).
 * An I/O failure, so that readers such as Jackson pass it on unwrapped; answered as 413.
 */
public final class BodyTooLarge extends IOException {

  public BodyTooLarge(long limit) {
    super("The request body is larger than the limit of " + limit + " bytes");
  }

  ProblemException problem() {
    return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, getMessage());
  }
}
