package id.alurkinerja.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.platform.problem.DatabaseErrors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.logging.Logger;

/**
 * Links audit entries into their chains. An entry is written unsealed inside its business
 * transaction; right after that transaction commits, the sealer takes its chain's head row lock in a
 * short transaction of its own and seals every unsealed entry of the chain in id order: each gets the
 * next sequence number, the previous entry's hash and its own hash, set once from NULL. Business
 * transactions never touch the head, so they neither wait for each other nor deadlock on it.
 *
 * <p>Several instances may seal one chain at once: the head lock makes them take turns, and the
 * second finds the entries sealed (an update that finds an entry sealed after all rolls the batch
 * back; the unique key on chain and sequence would refuse a fork). What a crash leaves unsealed, the
 * sweep seals: at start-up, every {@code alur.audit.seal-every}, and before a chain is verified.
 */
@ApplicationScoped
public class AuditSealer {

  private static final Logger LOG = Logger.getLogger(AuditSealer.class);

  /** Entries sealed per transaction, so that a long backlog holds the head only briefly at a time. */
  static final int BATCH = 500;

  private static final int ATTEMPTS = 5;

  @Inject EntityManager em;
  @Inject ObjectMapper mapper;

  void onStart(@Observes StartupEvent event) {
    sweepLogged("at start-up");
  }

  @Scheduled(every = "${alur.audit.seal-every:60s}", delayed = "${alur.audit.seal-delay:30s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "audit-sweep")
  void scheduled() {
    sweepLogged("in the periodic sweep");
  }

  private void sweepLogged(String when) {
    try {
      int sealed = sweep();
      if (sealed > 0) {
        LOG.infof("Audit trail: %d entries left unsealed were sealed %s", sealed, when);
      }
    } catch (RuntimeException e) {
      LOG.warnf("Audit trail: unsealed entries could not be sealed %s (%s); the next sweep tries again", when,
          e.toString());
    }
  }

  /** Called after a transaction that wrote entries of {@code chains} committed; never throws. */
  void afterCommit(Collection<String> chains) {
    for (String chain : chains) {
      try {
        seal(chain);
      } catch (RuntimeException e) {
        LOG.warnf("Audit trail: chain %s could not be sealed now (%s); the sweep seals it", chain, e.toString());
      }
    }
  }

  /** Seals every chain that has unsealed entries; returns how many entries it sealed. */
  public int sweep() {
    List<String> chains = QuarkusTransaction.requiringNew().call(() -> strings(em.createNativeQuery(
        "SELECT DISTINCT chain_key FROM audit_event WHERE chain_seq IS NULL").getResultList()));
    int sealed = 0;
    for (String chain : chains) {
      sealed += seal(chain);
    }
    return sealed;
  }

  /** Seals the unsealed entries of one chain; returns how many it sealed (0 when another instance did). */
  public int seal(String chain) {
    int sealed = 0;
    while (true) {
      int batch = withRetry(chain);
      sealed += batch;
      if (batch < BATCH) {
        return sealed;
      }
    }
  }

  private int withRetry(String chain) {
    for (int attempt = 1; ; attempt++) {
      try {
        Integer batch = QuarkusTransaction.requiringNew().call(() -> sealBatch(chain));
        if (batch != null) {
          return batch;
        }
        // the chain has no head yet: create it in a transaction of its own, then lock it
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "INSERT IGNORE INTO audit_chain (chain_key, last_seq) VALUES (?1, 0)").setParameter(1, chain)
            .executeUpdate());
      } catch (FeedMissing e) {
        // the kabupaten's feed has no row yet: create it in a transaction of its own, then seal again
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
            "INSERT IGNORE INTO change_feed (kabupaten_id, last_seq) VALUES (?1, 0)").setParameter(1, e.kabupatenId)
            .executeUpdate());
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS || !(DatabaseErrors.isTransient(e) || e instanceof ChainRaced)) {
          throw e;
        }
        LOG.debugf("Audit chain %s: sealing met another sealer (%s); trying again", chain, e.toString());
      }
    }
  }

  /** One batch under the head lock; null when the chain has no head row yet. */
  private Integer sealBatch(String chain) {
    List<?> head = em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = ?1 FOR UPDATE")
        .setParameter(1, chain).getResultList();
    if (head.isEmpty()) {
      return null;
    }
    Object[] h = (Object[]) head.get(0);
    long seq = ((Number) h[0]).longValue();
    String prev = h[1] == null ? null : h[1].toString();
    List<ChainRow> unsealed = ChainRow.query(em, "chain_key = ?1 AND chain_seq IS NULL ORDER BY id LIMIT " + BATCH,
        chain);
    long lastId = 0;
    for (ChainRow row : unsealed) {
      seq++;
      String hash = AuditHash.of(mapper, row, seq, prev);
      int updated = em.createNativeQuery("UPDATE audit_event SET chain_seq = ?1, prev_hash = ?2, hash = ?3 "
              + "WHERE id = ?4 AND chain_key = ?5 AND chain_seq IS NULL AND hash IS NULL")
          .setParameter(1, seq).setParameter(2, prev).setParameter(3, hash).setParameter(4, row.id())
          .setParameter(5, chain).executeUpdate();
      if (updated != 1) {
        throw new ChainRaced(chain, row.id());
      }
      prev = hash;
      lastId = row.id();
    }
    if (!unsealed.isEmpty()) {
      em.createNativeQuery("UPDATE audit_chain SET last_seq = ?1, last_hash = ?2, last_event_id = ?3 "
              + "WHERE chain_key = ?4")
          .setParameter(1, seq).setParameter(2, prev).setParameter(3, lastId).setParameter(4, chain).executeUpdate();
      number(unsealed);
    }
    return unsealed.size();
  }

  /**
   * Gives the entries just sealed the next numbers of their kabupaten's changes feed, under the feed
   * row's lock (taken after the chain head's, always in that order), in the same short transaction.
   */
  private void number(List<ChainRow> sealed) {
    Map<Long, List<ChainRow>> byKabupaten = new TreeMap<>();
    for (ChainRow row : sealed) {
      if (row.kabupatenId() != null) {
        byKabupaten.computeIfAbsent(row.kabupatenId(), k -> new ArrayList<>()).add(row);
      }
    }
    for (Map.Entry<Long, List<ChainRow>> kabupaten : byKabupaten.entrySet()) {
      List<?> feed = em.createNativeQuery("SELECT last_seq FROM change_feed WHERE kabupaten_id = ?1 FOR UPDATE")
          .setParameter(1, kabupaten.getKey()).getResultList();
      if (feed.isEmpty()) {
        throw new FeedMissing(kabupaten.getKey());
      }
      long next = ((Number) feed.get(0)).longValue();
      for (ChainRow row : kabupaten.getValue()) {
        next += em.createNativeQuery("UPDATE audit_event SET feed_seq = ?1 WHERE id = ?2 AND feed_seq IS NULL")
            .setParameter(1, next + 1).setParameter(2, row.id()).executeUpdate();
      }
      em.createNativeQuery("UPDATE change_feed SET last_seq = ?1 WHERE kabupaten_id = ?2")
          .setParameter(1, next).setParameter(2, kabupaten.getKey()).executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(List<?> values) {
    return ((List<Object>) values).stream().map(String::valueOf).toList();
  }

  /** The kabupaten's feed row does not exist yet: the batch rolls back, the row is made, sealing retries. */
  static final class FeedMissing extends RuntimeException {
    final long kabupatenId;

    FeedMissing(long kabupatenId) {
      super("No changes feed yet for kabupaten " + kabupatenId, null, false, false);
      this.kabupatenId = kabupatenId;
    }
  }

  /** An entry was sealed by someone else between reading and sealing it: the batch rolls back and retries. */
  static final class ChainRaced extends RuntimeException {
    ChainRaced(String chain, long id) {
      super("Audit entry " + id + " of chain " + chain + " was sealed meanwhile", null, false, false);
    }
  }
}
