package id.alurkinerja.platform.web;

import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Optimistic concurrency over HTTP: a version becomes an ETag, and edits must send it in If-Match. */
public final class ETags {

  /** How the If-Match header is documented on every edit. */
  public static final String IF_MATCH = "The ETag of the version you read; 428 without it, 412 when someone "
      + "changed it since";

  private ETags() {}

  public static EntityTag tag(long version) {
    return new EntityTag(String.valueOf(version));
  }

  /** 200 with the document and its version as the ETag. */
  public static Response ok(Object document, long version) {
    return Response.ok(document).tag(tag(version)).build();
  }

  /** 201 at {@code location} with the new document and its version as the ETag. */
  public static Response created(URI location, Object document, long version) {
    return Response.created(location).tag(tag(version)).entity(document).build();
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
          .context(new ProblemContexts.PreconditionFailed(expected));
    }
  }
}
