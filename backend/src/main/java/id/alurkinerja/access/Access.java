package id.alurkinerja.access;

import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides whether the current user may do something. An object the user cannot
 * see at all answers 404 (its existence is not revealed); a visible object without the verb, 403.
 */
@RequestScoped
public class Access {

  @Inject Actor actor;

  public CurrentUser user() {
    return actor.get();
  }

  public boolean can(Verb verb, Target target) {
    return grantFor(verb, target).isPresent();
  }

  /** The position that allows {@code verb} on {@code target}, preferring the user's own role. */
  public Optional<Grant> grantFor(Verb verb, Target target) {
    CurrentUser user = actor.get();
    if (!user.mayUse(verb)) {
      return Optional.empty(); // the token's scopes, or the API token's choice, leave it out
    }
    return RolePolicy.allowing(user.grants(), verb, target);
  }

  public boolean sees(Target target) {
    return actor.get().grants().stream().anyMatch(g -> g.sees(target));
  }

  /** Returns the allowing position, or throws 404 (invisible object) or 403 (no such verb). */
  public Grant canOrReject(Verb verb, Target target, String what) {
    Optional<Grant> grant = grantFor(verb, target);
    if (grant.isPresent()) {
      return grant.get();
    }
    if (!sees(target)) {
      throw ProblemException.notFound(what);
    }
    throw ProblemException.forbidden("You may not " + verb.code() + " here")
        .context(new ProblemContexts.Forbidden(verb.code()));
  }

  /** The verbs the user holds on {@code target}, for the SPA to show only the allowed actions. */
  public List<Verb> verbsOn(Target target) {
    return java.util.Arrays.stream(Verb.values()).filter(v -> can(v, target)).toList();
  }
}
