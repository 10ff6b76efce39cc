package id.alurkinerja.workflow;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.audit.AuditDetails;
import java.time.Instant;

/**
 * A transition under way, as its effect sees it: the locked document (still in its old state), who
 * acts and in which capacity, when, and the audit details to fill in.
 */
public final class Change<D> {

  private final D document;
  private final CurrentUser actor;
  private final Grant grant;
  private final Instant at;
  private final AuditDetails.Builder details;
  private boolean unchanged;

  Change(D document, CurrentUser actor, Grant grant, Instant at, AuditDetails.Builder details) {
    this.document = document;
    this.actor = actor;
    this.grant = grant;
    this.at = at;
    this.details = details;
  }

  public D document() {
    return document;
  }

  public CurrentUser actor() {
    return actor;
  }

  /** The position the actor acts in (what documents and the audit trail show). */
  public Grant grant() {
    return grant;
  }

  public Instant at() {
    return at;
  }

  public AuditDetails.Builder details() {
    return details;
  }

  /** The request changed nothing (e.g. saving the same content): no version, no audit entry. */
  public void nothingChanged() {
    this.unchanged = true;
  }

  boolean isUnchanged() {
    return unchanged;
  }
}
