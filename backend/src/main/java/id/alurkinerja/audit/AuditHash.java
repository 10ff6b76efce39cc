package id.alurkinerja.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.platform.json.CanonicalJson;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hash of an audit entry: SHA-256 (lowercase hex) of the UTF-8 bytes of its canonical text, a
 * {@link CanonicalJson} object (members sorted by key, no whitespace, absent and null fields left out):
 *
 * <pre>
 * {"action", "actingFor", "actorName", "actorUserId", "capacity", "chain", "detail", "details",
 *  "fromState", "id", "kabupatenId", "kecamatanId", "objectId", "objectType", "occurredAt", "prev",
 *  "reason", "seq", "toState", "v": 1}
 * </pre>
 *
 * {@code occurredAt} is UTC with exactly six fraction digits ({@code 2026-12-02T04:05:29.123456Z});
 * {@code details} is the stored JSON object in canonical form; {@code prev} is the previous entry's
 * hash (absent for the first entry of a chain); {@code seq} counts from 1 in each chain. A change of any
 * of these fields, of the entry's place, or of the entry before it changes the hash (docs/decisions/012).
 */
final class AuditHash {

  static final int VERSION = 1;

  private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
      .withZone(ZoneOffset.UTC);

  private AuditHash() {}

  static String of(ObjectMapper mapper, ChainRow e, long seq, String prev) {
    return CanonicalJson.sha256(canonical(mapper, e, seq, prev));
  }

  static String canonical(ObjectMapper mapper, ChainRow e, long seq, String prev) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("v", VERSION);
    fields.put("chain", e.chainKey());
    fields.put("seq", seq);
    fields.put("prev", prev);
    fields.put("id", e.id());
    fields.put("occurredAt", MICROS.format(e.occurredAt()));
    fields.put("kabupatenId", e.kabupatenId());
    fields.put("kecamatanId", e.kecamatanId());
    fields.put("actorUserId", e.actorUserId());
    fields.put("actorName", e.actorName());
    fields.put("capacity", e.capacity());
    fields.put("actingFor", e.actingFor());
    fields.put("action", e.action());
    fields.put("objectType", e.objectType());
    fields.put("objectId", e.objectId());
    fields.put("fromState", e.fromState());
    fields.put("toState", e.toState());
    fields.put("reason", e.reason());
    fields.put("detail", e.detail());
    fields.put("details", details(mapper, e.details()));
    return CanonicalJson.write(mapper, fields);
  }

  /** The stored details as JSON; text that is not JSON (never written by the app) is hashed as text. */
  private static Object details(ObjectMapper mapper, String stored) {
    if (stored == null) {
      return null;
    }
    try {
      JsonNode node = mapper.readTree(stored);
      return node == null ? stored : node;
    } catch (JsonProcessingException e) {
      return stored;
    }
  }
}
