package id.alurkinerja.workflow;

import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A document's history, oldest first, as the audit trail recorded it. */
@ApplicationScoped
public class Timelines {

  /** Names of actions written before every change went through the machine, as its transitions. */
  private static final Map<String, String> EARLIER_NAMES = Map.ofEntries(
      Map.entry("form.created", "CREATE"),
      Map.entry("form.imported", "IMPORT"),
      Map.entry("form.edited", "EDIT"),
      Map.entry("dispatch.received", "RECEIVE"),
      Map.entry("submission.saved", "EDIT"),
      Map.entry("attachment.uploaded", "ATTACH"),
      Map.entry("attachment.deleted", "DETACH"),
      Map.entry("recap.created", "CREATE"),
      Map.entry("recap.unit-entered", "ENTER"),
      Map.entry("recap.corrected", "CORRECT_VALUES"),
      Map.entry("recap.ralat-started", "CREATE_RALAT"),
      Map.entry("recap.superseded", "SUPERSEDE"));

  /** The audit entry and the event of the same transition are written within this of each other. */
  private static final Duration SAME_MOMENT = Duration.ofSeconds(2);

  @Inject AuditLog audit;
  @Inject Instance<StepClock.Source> clocks;

  public List<TimelineEntry> of(DocumentKind kind, long documentId) {
    List<StepClock.Ended> ended = new ArrayList<>(clocks.isResolvable() ? clocks.get().endedOn(kind, documentId)
        : List.of());
    return audit.of(kind.code(), documentId).stream().map(e -> entry(e, ended)).toList();
  }

  private TimelineEntry entry(AuditEvent e, List<StepClock.Ended> ended) {
    AuditDetails details = audit.detailsOf(e);
    String action = actionName(e.action);
    StepClock.Ended match = ended.stream().filter(x -> x.transition().equals(action)
        && Duration.between(x.at(), e.occurredAt).abs().compareTo(SAME_MOMENT) <= 0).findFirst().orElse(null);
    if (match != null) {
      ended.remove(match);
    }
    return new TimelineEntry(e.occurredAt, action, e.actorName, e.capacity, e.actingFor,
        e.fromState, e.toState, e.reason, details == null ? AuditDetails.NONE : details,
        details == null ? e.detail : null, match == null ? null : match.clock());
  }

  /** "form.paraf" → "PARAF"; earlier names as the transitions they were. */
  static String actionName(String action) {
    String earlier = EARLIER_NAMES.get(action);
    if (earlier != null) {
      return earlier;
    }
    return action.substring(action.indexOf('.') + 1).toUpperCase(Locale.ROOT);
  }
}
