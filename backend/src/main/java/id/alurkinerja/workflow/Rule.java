package id.alurkinerja.workflow;

import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.ApprovalDecision;
import id.alurkinerja.approvals.ApprovalKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * One row of a document kind's transition table: the states it leaves from (none for the one that
 * starts a document), the state it leads to (or none: the document stays where it is, as for an
 * edit), the verb it needs, whether it needs a reason, the approval it records, whether it voids the
 * standing approvals and starts a new round, and whether users ask for it or it happens by itself.
 */
public final class Rule<S extends Enum<S>> {

  private final Set<S> from;
  private S to;
  private Verb verb;
  private boolean reason;
  private ApprovalKind approval;
  private ApprovalDecision decision;
  private String voids;
  private boolean newRound;
  private boolean offered = true;
  private boolean guarded;
  private ApprovalKind notBySameOfficialAs;

  private Rule(Set<S> from, S to) {
    this.from = from;
    this.to = to;
  }

  /** A transition from {@code first} (and {@code more}) states; name its target with {@link #to}. */
  @SafeVarargs
  public static <S extends Enum<S>> Rule<S> from(S first, S... more) {
    return new Rule<>(EnumSet.of(first, more), null);
  }

  /** An action that leaves the document in the state it is in (an edit, an entry, a receipt). */
  @SafeVarargs
  public static <S extends Enum<S>> Rule<S> within(S first, S... more) {
    Rule<S> rule = new Rule<>(EnumSet.of(first, more), null);
    rule.offered = false;
    return rule;
  }

  /** The action that creates a document in {@code state}. */
  public static <S extends Enum<S>> Rule<S> starts(S state) {
    Rule<S> rule = new Rule<>(Set.of(), state);
    rule.offered = false;
    return rule;
  }

  /** The state it leads to. */
  public Rule<S> to(S state) {
    this.to = state;
    return this;
  }

  /** Who may ask for it. */
  public Rule<S> by(Verb required) {
    this.verb = required;
    return this;
  }

  /** A refusal, return or withdrawal: refused without a reason. */
  public Rule<S> withReason() {
    this.reason = true;
    return this;
  }

  /** Records the official's {@code kind} of approval, bound to the hash of the version shown. */
  public Rule<S> approves(ApprovalKind kind) {
    this.approval = kind;
    this.decision = ApprovalDecision.APPROVED;
    return this;
  }

  /** Records the official's refusal of {@code kind}, bound to the hash shown; needs a reason. */
  public Rule<S> refuses(ApprovalKind kind) {
    this.approval = kind;
    this.decision = ApprovalDecision.REFUSED;
    this.reason = true;
    return this;
  }

  /** Refused to the official who gave the standing {@code kind} of the same version (two pairs of eyes). */
  public Rule<S> notBySameOfficialAs(ApprovalKind kind) {
    this.notBySameOfficialAs = kind;
    return this;
  }

  /** The approval whose giver may not also make this one, or null. */
  public ApprovalKind separateFrom() {
    return notBySameOfficialAs;
  }

  /** Voids the standing approvals, which the approval list then explains with {@code why}. */
  public Rule<S> voidsApprovals(String why) {
    this.voids = why;
    return this;
  }

  /** Advances the document's round: a new pass through the steps, or a new submittal. */
  public Rule<S> newRound() {
    this.newRound = true;
    return this;
  }

  /** Happens by itself, as the effect of another transition; never asked for. */
  public Rule<S> automatic() {
    this.offered = false;
    this.verb = null;
    return this;
  }

  /**
   * An edit of what the document owns (content, values): not offered as a transition, and the
   * request must name the version it read (If-Match).
   */
  public Rule<S> edit() {
    this.guarded = true;
    this.offered = false;
    return this;
  }

  public boolean leavesFrom(S state) {
    return from.contains(state);
  }

  public boolean startsDocument() {
    return from.isEmpty();
  }

  /** The state it leads to, or {@code current} when it leaves the document where it is. */
  public S target(S current) {
    return to == null ? current : to;
  }

  public Verb verb() {
    return verb;
  }

  public boolean needsReason() {
    return reason;
  }

  public ApprovalKind approval() {
    return approval;
  }

  public ApprovalDecision decision() {
    return decision;
  }

  /** Why standing approvals are voided, or null when they are not. */
  public String voids() {
    return voids;
  }

  public boolean startsRound() {
    return newRound;
  }

  /** Whether it is offered to users as a transition (state changes they ask for). */
  public boolean offered() {
    return offered;
  }

  public boolean needsIfMatch() {
    return guarded;
  }
}
