package id.alurkinerja.platform.web;

import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;

/** Optimistic concurrency over HTTP: a version becomes an ETag, and edits must send it in If-Match. */
public final class ETags {

  private ETags() {}

  public static jakarta.ws.rs.core.EntityTag tag(long version) {
    return new jakarta.ws.rs.core.EntityTag(String.valueOf(version));
  }

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Throws 428 when {@code ifMatch} is missing, 412 when it names another version. */
  public static void require(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new ProblemException(ProblemType.PRECONDITION_REQUIRED,
          "Send If-Match with the ETag you read, so nobody's change is overwritten");
    }
    String expected = of(currentVersion);
    String given = ifMatch.trim().replaceFirst("^W/", "");
    if (!given.equals(expected) && !given.equals("*")) {
      throw new ProblemException(ProblemType.PRECONDITION_FAILED,
          "Someone changed this since you read it; reload and apply your change again")
          .with("currentETag", expected);
    }
  }
}
