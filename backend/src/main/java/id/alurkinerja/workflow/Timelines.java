package id.alurkinerja.workflow;

import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

  @Inject AuditLog audit;

  public List<TimelineEntry> of(DocumentKind kind, long documentId) {
    return audit.of(kind.code(), documentId).stream().map(this::entry).toList();
  }

  private TimelineEntry entry(AuditEvent e) {
    AuditDetails details = audit.detailsOf(e);
    return new TimelineEntry(e.occurredAt, actionName(e.action), e.actorName, e.capacity, e.actingFor,
        e.fromState, e.toState, e.reason, details == null ? AuditDetails.NONE : details,
        details == null ? e.detail : null);
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
