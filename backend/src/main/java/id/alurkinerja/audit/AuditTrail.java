package id.alurkinerja.audit;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.RolePolicy;
import id.alurkinerja.access.Target;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDtos.AuditEntryView;
import id.alurkinerja.audit.AuditDtos.AuditPage;
import id.alurkinerja.audit.AuditDtos.Verification;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reading the audit trail: who may read which chain, its entries page by page, its verification. */
@ApplicationScoped
public class AuditTrail {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 200;

  @Inject Access access;
  @Inject AuditPlaces places;
  @Inject AuditLog audit;
  @Inject AuditVerifier verifier;

  /** The query of {@code GET /audit}, as sent (text, checked here so each bad field is named). */
  public record Query(String kecamatanId, String kabupatenId, String objectType, String objectId, String action,
      String actorId, String from, String to, String limit, String cursor) {}

  public AuditPage page(Query q) {
    Long kecamatanId = id("kecamatanId", q.kecamatanId());
    Long kabupatenId = id("kabupatenId", q.kabupatenId());
    Long objectId = id("objectId", q.objectId());
    Long actorId = id("actorId", q.actorId());
    Instant from = instant("from", q.from());
    Instant to = instant("to", q.to());
    int limit = limit(q.limit());
    if (kecamatanId != null && kabupatenId != null) {
      throw ProblemException.invalid("kabupatenId", FieldErrorCode.NOT_ONE_OF,
          Map.of("allowed", "kecamatanId or kabupatenId, not both"));
    }
    if (kecamatanId == null && kabupatenId == null) {
      kecamatanId = onlyKecamatan();
    }
    String chain = kecamatanId != null ? readableKecamatan(kecamatanId) : readableKabupaten(kabupatenId);
    long after = cursor(chain, q.cursor());

    StringBuilder where = new StringBuilder("chainKey = :chain and chainSeq > :after");
    Map<String, Object> params = new HashMap<>();
    params.put("chain", chain);
    params.put("after", after);
    filter(where, params, "objectType", q.objectType() == null || q.objectType().isBlank() ? null : q.objectType());
    filter(where, params, "objectId", objectId);
    filter(where, params, "action", q.action() == null || q.action().isBlank() ? null : q.action());
    filter(where, params, "actorUserId", actorId);
    if (from != null) {
      where.append(" and occurredAt >= :from");
      params.put("from", from);
    }
    if (to != null) {
      where.append(" and occurredAt < :to");
      params.put("to", to);
    }
    List<AuditEvent> events = AuditEvent.<AuditEvent>find(where + " order by chainSeq", params)
        .page(0, limit + 1).list();
    boolean more = events.size() > limit;
    List<AuditEntryView> items = new ArrayList<>();
    for (AuditEvent e : events.subList(0, Math.min(limit, events.size()))) {
      items.add(view(e));
    }
    return new AuditPage(items, more ? cursorOf(chain, items.get(items.size() - 1).seq()) : null);
  }

  public Verification verifyKecamatan(long kecamatanId) {
    return verifier.verify(readableKecamatan(kecamatanId));
  }

  public Verification verifyKabupaten(long kabupatenId) {
    return verifier.verify(readableKabupaten(kabupatenId));
  }

  private String readableKecamatan(long kecamatanId) {
    Target target = places.kecamatan(kecamatanId)
        .orElseThrow(() -> ProblemException.notFound("Kecamatan " + kecamatanId));
    access.canOrReject(Verb.AUDIT_READ, target, "Kecamatan " + kecamatanId);
    return AuditChains.kecamatan(kecamatanId);
  }

  private String readableKabupaten(long kabupatenId) {
    Target target = places.kabupaten(kabupatenId)
        .orElseThrow(() -> ProblemException.notFound("Kabupaten " + kabupatenId));
    access.canOrReject(Verb.AUDIT_READ, target, "Kabupaten " + kabupatenId);
    return AuditChains.kabupaten(kabupatenId);
  }

  /** Without kecamatanId: the one kecamatan where the user reads the audit trail, if there is only one. */
  private long onlyKecamatan() {
    List<Grant> readers = access.user().grants().stream()
        .filter(g -> RolePolicy.level(g.role(), Verb.AUDIT_READ).isPresent()).toList();
    if (readers.isEmpty()) { // then the user's one kecamatan, which answers 403
      readers = access.user().grants();
    }
    List<Long> kecamatan = readers.stream().map(Grant::kecamatanId).distinct().toList();
    boolean oneKecamatan = kecamatan.size() == 1 && kecamatan.get(0) != null
        && readers.stream().noneMatch(g -> g.role() == Role.KABUPATEN);
    if (!oneKecamatan) {
      throw ProblemException.invalid("kecamatanId", FieldErrorCode.REQUIRED);
    }
    return kecamatan.get(0);
  }

  private AuditEntryView view(AuditEvent e) {
    AuditDetails details = audit.detailsOf(e);
    return new AuditEntryView(e.id, e.chainKey, e.chainSeq, e.occurredAt, e.kabupatenId, e.kecamatanId,
        e.actorUserId, e.actorName, e.capacity, e.actingFor, e.action, e.objectType, e.objectId, e.fromState,
        e.toState, e.reason, details, e.detail, e.prevHash, e.hash);
  }

  private static void filter(StringBuilder where, Map<String, Object> params, String field, Object value) {
    if (value != null) {
      where.append(" and ").append(field).append(" = :").append(field);
      params.put(field, value);
    }
  }

  private static Long id(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      long value = Long.parseLong(text.trim());
      if (value < 1) {
        throw ProblemException.invalid(field, FieldErrorCode.TOO_SMALL, Map.of("min", "1"));
      }
      return value;
    } catch (NumberFormatException e) {
      throw ProblemException.invalid(field, FieldErrorCode.WRONG_TYPE, Map.of("expected", "an id"));
    }
  }

  private static Instant instant(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text.trim()).toInstant();
    } catch (DateTimeParseException e) {
      throw ProblemException.invalid(field, FieldErrorCode.INVALID_FORMAT);
    }
  }

  private static int limit(String text) {
    if (text == null || text.isBlank()) {
      return DEFAULT_LIMIT;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ProblemException.invalid("limit", FieldErrorCode.WRONG_TYPE, Map.of("expected", "a whole number"));
    }
    if (value < 1) {
      throw ProblemException.invalid("limit", FieldErrorCode.TOO_SMALL, Map.of("min", "1"));
    }
    if (value > MAX_LIMIT) {
      throw ProblemException.invalid("limit", FieldErrorCode.TOO_LARGE, Map.of("max", String.valueOf(MAX_LIMIT)));
    }
    return value;
  }

  /** A cursor is opaque to clients: the chain and the last place the previous page showed. */
  static String cursorOf(String chain, long seq) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("a1|" + chain + "|" + seq).getBytes(StandardCharsets.UTF_8));
  }

  private static long cursor(String chain, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
      if (parts.length == 3 && parts[0].equals("a1") && parts[1].equals(chain)) {
        long seq = Long.parseLong(parts[2]);
        if (seq >= 0) {
          return seq;
        }
      }
    } catch (IllegalArgumentException e) { // not base64, or not a number
      // falls through
    }
    throw ProblemException.invalid("cursor", FieldErrorCode.CURSOR);
  }
}
