package id.alurkinerja.workflow;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.approvals.Approvals;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemContexts;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The one transition pipeline of every document of the SOP. Fed a kind's transition table, it locks
 * the document's row, checks the verb and scope, the state, the ETag of an edit, the reason of a
 * refusal and the hash of the version an official was shown; runs the transition's effect; records
 * the approval; moves the state; voids standing approvals where the table says; bumps the version;
 * writes the audit entry with typed details; and fires {@link DocumentTransitioned} inside the same
 * transaction. Two officials acting at once: the second waits for the lock, then finds the state
 * changed and gets 409.
 */
@ApplicationScoped
public class DocumentMachine {

  @Inject EntityManager em;
  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Approvals approvals;
  @Inject Event<DocumentTransitioned> events;
  @Inject Clock clock;

  /** The document if the user may read it: 404 when they cannot see it, 403 without the verb. */
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> D read(
      DocumentType<D, S, T> type, long id) {
    D doc = em.find(type.entity(), id);
    if (doc == null) {
      throw notFound(type, id);
    }
    access.canOrReject(type.readVerb(), type.targetOf(doc), label(type, id));
    return doc;
  }

  /** Makes the first of {@code act}'s transitions that leaves from the document's current state. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> D act(
      DocumentType<D, S, T> type, long id, Act<D, T> act) {
    D doc = em.find(type.entity(), id, LockModeType.PESSIMISTIC_WRITE);
    if (doc == null) {
      throw notFound(type, id);
    }
    if (act.checksVerb()) {
      access.canOrReject(type.readVerb(), type.targetOf(doc), label(type, id));
    }
    T transition = act.candidates.stream().filter(t -> t.rule().leavesFrom(doc.state())).findFirst()
        .orElse(null);
    T checked = transition == null ? act.candidates.get(0) : transition;
    Target target = act.target == null ? type.targetOf(doc) : act.target;
    Grant grant = act.checksVerb() ? access.canOrReject(checked.rule().verb(), target, label(type, id))
        : act.grantedBy;
    Rule<S> rule = checked.rule();
    if (rule.needsIfMatch() || act.ifMatch != null) {
      ETags.require(act.ifMatch, doc.version()); // an If-Match sent is honoured on any transition
    }
    if (transition == null) {
      throw invalidState(type, doc, checked);
    }
    requireReason(rule, act.reason);
    ContentVersion shown = rule.approval() == null ? null : type.contentOf(doc);
    if (shown != null && !shown.sha256().equals(act.shownSha256)) {
      throw new ProblemException(ProblemType.VERSION_CHANGED, "The " + type.kind().code() + " changed since it "
          + "was shown to you: read version " + shown.number() + " and decide on that")
          .context(new ProblemContexts.VersionChanged(shown.number(), shown.sha256()));
    }
    CurrentUser actor = act.actor == null ? access.user() : act.actor;
    if (shown != null && rule.separateFrom() != null
        && approvals.standing(type.kind().code(), doc.documentId(), shown.sha256(), rule.separateFrom(), actor.id())) {
      throw ProblemException.forbidden("You gave the " + rule.separateFrom().name().toLowerCase(Locale.ROOT)
          + " of this version; another official must make this " + rule.approval().name().toLowerCase(Locale.ROOT))
          .context(new ProblemContexts.Forbidden(rule.verb().code()));
    }
    Instant now = clock.instant();
    if (rule.startsRound()) {
      doc.nextRound(); // the effect already sees the new round
    }
    Change<D> change = new Change<>(doc, actor, grant, now, AuditDetails.builder());
    act.effect.apply(change);
    if (change.isUnchanged()) {
      return doc;
    }
    if (shown != null) {
      approvals.record(type.kind().code(), doc.documentId(), shown.number(), shown.sha256(), rule.approval(),
          rule.decision(), actor, grant, blankToNull(act.reason));
    }
    S from = doc.state();
    S to = rule.target(from);
    if (rule.voids() != null) {
      approvals.voidAll(type.kind().code(), doc.documentId(), "Dibatalkan karena " + rule.voids());
    }
    if (to != from) {
      doc.enter(to, now);
    }
    doc.version(doc.version() + 1);
    finish(type, doc, transition, from, to, actor, grant, act.reason, change.details(), now);
    return doc;
  }

  /** Creates {@code fresh} in the first state of {@code act}'s (starting) transition. */
  @Transactional(Transactional.TxType.MANDATORY)
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> D start(
      DocumentType<D, S, T> type, D fresh, Act<D, T> act) {
    T transition = act.candidates.get(0);
    Rule<S> rule = transition.rule();
    if (!rule.startsDocument()) {
      throw new IllegalArgumentException(transition + " does not start a document");
    }
    Target target = act.target == null ? type.targetOf(fresh) : act.target;
    Grant grant = act.checksVerb() ? access.canOrReject(rule.verb(), target, type.kind().code())
        : act.grantedBy;
    CurrentUser actor = act.actor == null ? access.user() : act.actor;
    Instant now = clock.instant();
    S state = rule.target(null);
    fresh.begin(state, now);
    em.persist(fresh);
    em.flush();
    Change<D> change = new Change<>(fresh, actor, grant, now, AuditDetails.builder());
    act.effect.apply(change);
    finish(type, fresh, transition, null, state, actor, grant, act.reason, change.details(), now);
    return fresh;
  }

  /**
   * Moves the version of a document whose view shows something that changed elsewhere (a unit's
   * receipt on its submission, a submission's state on the recap), so its ETag changes too.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> void touch(
      DocumentType<D, S, T> type, long id) {
    D doc = em.find(type.entity(), id, LockModeType.PESSIMISTIC_WRITE);
    if (doc != null) {
      doc.version(doc.version() + 1);
    }
  }

  /** The transitions the current user may ask for now: offered from the document's state, verb held. */
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> List<T> offered(
      DocumentType<D, S, T> type, D doc) {
    Target target = type.targetOf(doc);
    return offeredFrom(type, doc.state()).stream().filter(t -> access.can(t.rule().verb(), target)).toList();
  }

  /** Whether the current user may make {@code transition} on the document now (e.g. edit it). */
  public <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> boolean allows(
      DocumentType<D, S, T> type, D doc, T transition) {
    Verb verb = transition.rule().verb();
    return transition.rule().leavesFrom(doc.state()) && verb != null && access.can(verb, type.targetOf(doc));
  }

  private <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> List<T> offeredFrom(
      DocumentType<D, S, T> type, S state) {
    return Arrays.stream(type.transitions().getEnumConstants())
        .filter(t -> t.rule().offered() && t.rule().leavesFrom(state)).toList();
  }

  private <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> void finish(
      DocumentType<D, S, T> type, D doc, T transition, S from, S to, CurrentUser actor, Grant grant,
      String reason, AuditDetails.Builder details, Instant now) {
    ContentVersion content = type.contentOf(doc);
    if (content != null) {
      details.version(content.number(), content.sha256());
    }
    AuditDetails facts = details.build();
    Kecamatan k = em.find(Kecamatan.class, doc.kecamatanId());
    audit.record(actor, grant, AuditLog.Entry.of(actionOf(type.kind(), transition), type.kind().code(),
            doc.documentId(), k.kabupatenId, k.id)
        .transition(from, to).reason(reason).details(facts));
    em.flush();
    events.fire(new DocumentTransitioned(type.kind(), doc.documentId(), doc.kecamatanId(), transition, from, to,
        doc.version(), actor, grant, facts, blankToNull(reason), now));
    em.flush();
  }

  /** The audit trail's name of a transition, e.g. "form.paraf". */
  public static String actionOf(DocumentKind kind, Transition<?> transition) {
    return kind.code() + "." + transition.name().toLowerCase(Locale.ROOT);
  }

  private <D extends Stateful<S>, S extends Enum<S>, T extends Enum<T> & Transition<S>> ProblemException invalidState(
      DocumentType<D, S, T> type, D doc, T attempted) {
    List<T> allowed = offeredFrom(type, doc.state());
    Target target = type.targetOf(doc);
    return new ProblemException(ProblemType.INVALID_STATE, "The " + type.kind().code() + " is " + doc.state()
        + "; " + attempted.name() + " is not possible now")
        .context(new ProblemContexts.InvalidState(doc.state().name(), allowed.stream().map(Enum::name).toList(),
            allowed.stream().filter(t -> access.can(t.rule().verb(), target)).map(Enum::name).toList()));
  }

  private static <S extends Enum<S>> void requireReason(Rule<S> rule, String reason) {
    if (rule.needsReason() && (reason == null || reason.isBlank())) {
      throw ProblemException.invalid("reason", FieldErrorCode.REASON_REQUIRED);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static String label(DocumentType<?, ?, ?> type, long id) {
    String code = type.kind().code();
    return Character.toUpperCase(code.charAt(0)) + code.substring(1) + " " + id;
  }

  private static ProblemException notFound(DocumentType<?, ?, ?> type, long id) {
    return ProblemException.notFound(label(type, id));
  }
}
