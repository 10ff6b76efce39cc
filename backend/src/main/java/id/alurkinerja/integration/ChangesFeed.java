package id.alurkinerja.integration;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditEvent;
import id.alurkinerja.integration.ChangeDtos.Change;
import id.alurkinerja.integration.ChangeDtos.ChangePage;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.web.IdCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/**
 * A kabupaten's changes, numbered as they were sealed into the audit trail (after commit, in commit
 * order), so a system that stores the last number it saw and asks for what follows misses nothing and
 * gets nothing twice. Each change is shown only to whom may read the object it is about.
 */
@ApplicationScoped
public class ChangesFeed {

  /** Which verb reads an object of each type; others are read as the audit trail. */
  private static final Map<String, Verb> READ_BY = Map.of(
      "cycle", Verb.FORM_READ,
      "form", Verb.FORM_READ,
      "letter", Verb.FORM_READ,
      "submission", Verb.SUBMISSION_READ,
      "recap", Verb.RECAP_READ,
      "unit", Verb.UNIT_READ,
      "kecamatan", Verb.KECAMATAN_READ);

  @Inject Access access;
  @Inject OrgService org;

  public ChangePage after(long kabupatenId, String after, int limit) {
    org.onKabupaten(kabupatenId, Verb.KECAMATAN_READ);
    long from = IdCursor.after(after, "after");
    int size = IdCursor.size(limit, 500);
    List<AuditEvent> scanned = AuditEvent.<AuditEvent>find("kabupatenId = ?1 and feedSeq > ?2 order by feedSeq",
        kabupatenId, from).page(0, size + 1).list();
    boolean more = scanned.size() > size;
    List<AuditEvent> page = more ? scanned.subList(0, size) : scanned;
    CurrentUser user = access.user();
    List<Change> items = page.stream().filter(e -> readable(user, e, kabupatenId)).map(ChangesFeed::change).toList();
    long last = page.isEmpty() ? from : page.get(page.size() - 1).feedSeq;
    return new ChangePage(items, last, more);
  }

  /** Whether {@code user} may read the object a change is about: the one rule for the feed and webhooks. */
  static boolean readable(CurrentUser user, AuditEvent e, long kabupatenId) {
    Verb verb = READ_BY.getOrDefault(e.objectType, Verb.AUDIT_READ);
    Target where = e.kecamatanId == null ? Target.kabupaten(kabupatenId) : Target.kecamatan(kabupatenId, e.kecamatanId);
    return user.mayUse(verb) && RolePolicy.allowing(user.grants(), verb, where).isPresent();
  }

  static Change change(AuditEvent e) {
    return new Change(e.feedSeq, String.valueOf(e.id), e.action, e.occurredAt, e.kecamatanId, e.objectType,
        e.objectId, e.fromState, e.toState, e.actorName);
  }
}
