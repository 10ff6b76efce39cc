package id.alurkinerja.workflow;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import java.util.List;

/**
 * A request to the machine: the transition asked for (or several, one per state the document may be
 * in, e.g. the first save and later saves), with what the request brings — reason, the ETag read,
 * the hash of the version shown — and the transition's effect.
 */
public final class Act<D, T> {

  final List<T> candidates;
  String reason;
  String ifMatch;
  String shownSha256;
  Target target;
  Effect<D> effect = Effect.none();
  Grant grantedBy;
  CurrentUser actor;

  private Act(List<T> candidates) {
    this.candidates = candidates;
  }

  @SafeVarargs
  public static <D, T> Act<D, T> of(T first, T... more) {
    List<T> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(more));
    return new Act<>(List.copyOf(all));
  }

  public Act<D, T> reason(String text) {
    this.reason = text;
    return this;
  }

  /**
   * The ETag the client read; needed for edits (428 without, 412 when stale). Given on another
   * transition it binds that transition to the version read too (412 when stale).
   */
  public Act<D, T> ifMatch(String etag) {
    this.ifMatch = etag;
    return this;
  }

  /** The SHA-256 of the version the official was shown; approvals are refused (409) on another. */
  public Act<D, T> shown(String sha256) {
    this.shownSha256 = sha256;
    return this;
  }

  /** Where the verb is checked when it is not the document's place (a unit confirming receipt). */
  public Act<D, T> at(Target where) {
    this.target = where;
    return this;
  }

  public Act<D, T> effect(Effect<D> what) {
    this.effect = what;
    return this;
  }

  /** Done as the effect of {@code cause}: no verb is checked, the cause's actor and capacity act. */
  public Act<D, T> asEffectOf(DocumentTransitioned cause) {
    this.grantedBy = cause.grant();
    this.actor = cause.actor();
    return this;
  }

  /** The caller already checked the verb (to answer 403 before other problems); {@code grant} acts. */
  public Act<D, T> granted(Grant grant) {
    this.grantedBy = grant;
    return this;
  }

  /** Done by {@code who} in {@code capacity} outside a request (start-up seeding); no verb is checked. */
  public Act<D, T> by(CurrentUser who, Grant capacity) {
    this.actor = who;
    this.grantedBy = capacity;
    return this;
  }

  boolean checksVerb() {
    return actor == null && grantedBy == null;
  }
}
