package id.alurkinerja.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who people are and which positions they hold today. Access asks it on every request; the
 * identity feature answers it from the database (users, their roles and their Plt./Plh.
 * assignments), so a revoked role or an ended assignment takes effect at once.
 */
public interface Directory {

  /** The active user with this id whose login name is {@code username}, or empty. */
  Optional<CurrentUser> activeUser(long userId, String username);

  /**
   * The verbs a personal API token (a token's {@code jti}) of {@code userId} may use, or empty when it
   * is revoked, expired or not that user's.
   */
  Optional<Set<Verb>> apiTokenVerbs(String tokenId, long userId);

  /**
   * The verbs service account {@code clientId} (the principal {@code userId}) may use by its scopes
   * today, or empty when it is revoked.
   */
  Optional<Set<Verb>> clientVerbs(String clientId, long userId);

  /**
   * The user as work done for them in the background sees things (e.g. a webhook's deliveries): a
   * person with today's positions, a service account also limited by its scopes; empty when the user
   * is deactivated or the account revoked.
   */
  Optional<CurrentUser> onBehalfOf(long userId);

  /** Whether the login session {@code sessionId} (a token's {@code sid}) has not ended. */
  boolean sessionActive(String sessionId);

  /** The user's own positions and the acting assignments in force today. */
  List<Grant> grantsOf(long userId);

  /**
   * The active people who work in a kecamatan today: its own officials and those acting there as
   * Plt./Plh., with their positions (not the kabupaten's users), e.g. to tell them of late work.
   */
  List<CurrentUser> peopleIn(long kecamatanId);
}
