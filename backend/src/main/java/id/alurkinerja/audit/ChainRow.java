package id.alurkinerja.audit;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An audit entry as the chain reads it: straight from its row, with {@code occurred_at} as the
 * database's own UTC instant ({@code UNIX_TIMESTAMP}), so no session or JVM time zone enters a hash.
 */
record ChainRow(long id, Instant occurredAt, Long kabupatenId, Long kecamatanId, Long actorUserId,
    String actorName, String capacity, String actingFor, String action, String objectType, Long objectId,
    String fromState, String toState, String reason, String detail, String details, String chainKey,
    Long chainSeq, String prevHash, String hash) {

  static final String COLUMNS = "id, UNIX_TIMESTAMP(occurred_at), kabupaten_id, kecamatan_id, actor_user_id, "
      + "actor_name, capacity, acting_for, action, object_type, object_id, from_state, to_state, reason, detail, "
      + "details, chain_key, chain_seq, prev_hash, hash";

  /** Runs {@code select COLUMNS from audit_event where ...} with positional parameters. */
  @SuppressWarnings("unchecked")
  static List<ChainRow> query(EntityManager em, String where, Object... params) {
    var query = em.createNativeQuery("SELECT " + COLUMNS + " FROM audit_event WHERE " + where);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, params[i]);
    }
    return ((List<Object[]>) query.getResultList()).stream().map(ChainRow::of).toList();
  }

  private static ChainRow of(Object[] r) {
    return new ChainRow(((Number) r[0]).longValue(), instant(r[1]), along(r[2]), along(r[3]), along(r[4]),
        text(r[5]), text(r[6]), text(r[7]), text(r[8]), text(r[9]), along(r[10]), text(r[11]), text(r[12]),
        text(r[13]), text(r[14]), text(r[15]), text(r[16]), along(r[17]), text(r[18]), text(r[19]));
  }

  /** Seconds since the epoch with six decimals, as UNIX_TIMESTAMP gives a TIMESTAMP(6). */
  static Instant instant(Object value) {
    BigDecimal seconds = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
    BigDecimal micros = seconds.movePointRight(6).setScale(0, java.math.RoundingMode.UNNECESSARY);
    long all = micros.longValueExact();
    return Instant.ofEpochSecond(Math.floorDiv(all, 1_000_000L), Math.floorMod(all, 1_000_000L) * 1_000L);
  }

  private static Long along(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
