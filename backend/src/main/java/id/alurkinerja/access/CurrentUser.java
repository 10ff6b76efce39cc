package id.alurkinerja.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The person (or service account) acting in a request, or a start-up task, with the positions they
 * hold today, read from the database: what the audit trail and approvals record of them. {@code
 * verbs} is what the request's credential may use of what the positions grant: everything for a
 * login, less for an API token or a service account's scopes.
 */
public record CurrentUser(long id, String username, String fullName, String nip, List<Grant> grants,
    Credential credential, Set<Verb> verbs) {

  public CurrentUser {
    verbs = verbs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(verbs));
  }

  /** A person logged in, who may use every verb their positions grant. */
  public static CurrentUser loggedIn(long id, String username, String fullName, String nip, List<Grant> grants) {
    return new CurrentUser(id, username, fullName, nip, grants, Credential.LOGIN, EnumSet.allOf(Verb.class));
  }

  /** The same user, acting through {@code credential}, which reaches only {@code allowed}. */
  public CurrentUser through(Credential credential, Set<Verb> allowed) {
    Set<Verb> both = EnumSet.noneOf(Verb.class);
    both.addAll(verbs);
    both.retainAll(allowed);
    return new CurrentUser(id, username, fullName, nip, grants, credential, both);
  }

  /** Whether the credential of this request may use {@code verb} at all (the positions decide where). */
  public boolean mayUse(Verb verb) {
    return verbs.contains(verb);
  }
}
