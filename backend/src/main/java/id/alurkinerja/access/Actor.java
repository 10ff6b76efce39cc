package id.alurkinerja.access;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The user behind the current request. The token only names the user; positions and acting
 * assignments come from the {@link Directory} on each request, so a revoked role or an ended Plt.
 * takes effect at once, not when the token expires.
 */
@RequestScoped
public class Actor {

  /** The claim naming a personal API token (its id); such a token lives as long as it was made for. */
  public static final String CLAIM_API_TOKEN = "jti";
  /** The claim naming the service account a client-credentials token was issued to. */
  public static final String CLAIM_CLIENT = "client_id";
  /** The scopes of a client-credentials token, space-separated (RFC 8693 4.2). */
  public static final String CLAIM_SCOPE = "scope";
  /** The claim marking what kind of token it is: "api-token" or "service". */
  public static final String CLAIM_KIND = "token_use";

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
    String kind = jwt.getClaim(CLAIM_KIND);
    boolean apiToken = "api-token".equals(kind);
    if (issued > now + SKEW_SECONDS
        || !apiToken && jwt.getExpirationTime() - issued > config.auth().accessTokenSeconds() + SKEW_SECONDS) {
      throw unauthenticated(); // issued in the future, or living longer than this API issues
    }
    String session = jwt.getClaim("sid");
    if (session != null && !directory.sessionActive(session)) {
      throw new ProblemException(ProblemType.UNAUTHENTICATED, "This login has ended; log in again");
    }
    CurrentUser user = directory.activeUser(userId, jwt.getName()).orElseThrow(Actor::unauthenticated);
    if (apiToken) {
      String tokenId = jwt.getClaim(CLAIM_API_TOKEN);
      return directory.apiTokenVerbs(tokenId == null ? "" : tokenId, userId)
          .map(verbs -> user.through(Credential.API_TOKEN, verbs))
          .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
              "This API token was revoked or has expired; make a new one"));
    }
    if ("service".equals(kind) != (user.credential() == Credential.SERVICE)) {
      throw unauthenticated(); // a service account acts only with a client-credentials token, and a person never does
    }
    if ("service".equals(kind)) {
      String client = jwt.getClaim(CLAIM_CLIENT);
      Set<Verb> scoped = ApiScope.verbsOf(ApiScope.parse(jwt.getClaim(CLAIM_SCOPE)));
      return directory.clientVerbs(client == null ? "" : client, userId)
          .map(verbs -> user.through(Credential.SERVICE, verbs).through(Credential.SERVICE, scoped))
          .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED,
              "This service account was revoked; ask the kabupaten administrator"));
    }
    return user;
  }

  private static ProblemException unauthenticated() {
    return new ProblemException(ProblemType.UNAUTHENTICATED,
        "The access token does not name an active user");
  }
}
