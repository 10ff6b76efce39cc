package id.alurkinerja.access;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the current request. The token only names the user; positions and acting
 * assignments come from the {@link Directory} on each request, so a revoked role or an ended Plt.
 * takes effect at once, not when the token expires.
 */
@RequestScoped
public class Actor {

  /** Clocks of issuing instances may differ this much. */
  private static final long SKEW_SECONDS = 60;

  @Inject JsonWebToken jwt;
  @Inject Directory directory;
  @Inject AlurConfig config;

  private CurrentUser current;

  public CurrentUser get() {
    if (current == null) {
      current = load();
    }
    return current;
  }

  private CurrentUser load() {
    if (jwt == null || jwt.getSubject() == null) {
      throw unauthenticated();
    }
    long userId;
    try {
      userId = Long.parseLong(jwt.getSubject());
    } catch (NumberFormatException e) {
      throw unauthenticated();
    }
    // the wall clock SmallRye JWT checks expiry against (not the business clock deadlines run on)
    long now = Instant.now().getEpochSecond();
    long issued = jwt.getIssuedAtTime();
    if (issued > now + SKEW_SECONDS || jwt.getExpirationTime() - issued > config.auth().accessTokenSeconds() + SKEW_SECONDS) {
      throw unauthenticated(); // issued in the future, or living longer than this API issues
    }
    String session = jwt.getClaim("sid");
    if (session != null && !directory.sessionActive(session)) {
      throw new ProblemException(ProblemType.UNAUTHENTICATED, "This login has ended; log in again");
    }
    return directory.activeUser(userId, jwt.getName()).orElseThrow(Actor::unauthenticated);
  }

  private static ProblemException unauthenticated() {
    return new ProblemException(ProblemType.UNAUTHENTICATED,
        "The access token does not name an active user");
  }
}
