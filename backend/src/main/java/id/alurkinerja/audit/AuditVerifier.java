package id.alurkinerja.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.audit.AuditDtos.BreakKind;
import id.alurkinerja.audit.AuditDtos.ChainBreak;
import id.alurkinerja.audit.AuditDtos.ChainStatus;
import id.alurkinerja.audit.AuditDtos.Verification;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * Recomputes a chain from its first entry: each entry's hash from its fields, each link to the entry
 * before, each place from 1 to the head's count. Reads the chain in pages by sequence, each in a short
 * transaction of its own, so a chain of millions of entries is never in memory at once.
 */
@ApplicationScoped
public class AuditVerifier {

  static final int PAGE = 1000;

  @Inject EntityManager em;
  @Inject ObjectMapper mapper;
  @Inject AuditSealer sealer;
  @Inject Clock clock;

  public Verification verify(String chain) {
    sealer.seal(chain); // what a crash left unsealed takes its place first
    Object[] head = QuarkusTransaction.requiringNew().call(() -> {
      List<?> rows = em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain WHERE chain_key = ?1")
          .setParameter(1, chain).getResultList();
      return rows.isEmpty() ? new Object[] {0L, null} : (Object[]) rows.get(0);
    });
    long entries = ((Number) head[0]).longValue();
    String headHash = head[1] == null ? null : head[1].toString();
    long expectedSeq = 1;
    String prev = null;
    while (true) {
      long after = expectedSeq - 1;
      List<ChainRow> page = QuarkusTransaction.requiringNew().call(() -> ChainRow.query(em,
          "chain_key = ?1 AND chain_seq > ?2 AND chain_seq <= ?3 ORDER BY chain_seq LIMIT " + PAGE,
          chain, after, entries));
      for (ChainRow row : page) {
        ChainBreak broken = check(row, expectedSeq, prev);
        if (broken != null) {
          return new Verification(chain, ChainStatus.BROKEN, expectedSeq - 1, entries, prev, broken, clock.instant());
        }
        prev = row.hash();
        expectedSeq++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    long checked = expectedSeq - 1;
    ChainBreak atEnd = checked < entries ? new ChainBreak(expectedSeq, null, BreakKind.ENTRY_MISSING, null, null)
        : !Objects.equals(prev, headHash) ? new ChainBreak(checked, null, BreakKind.LINK_BROKEN, headHash, prev)
        : null;
    return new Verification(chain, atEnd == null ? ChainStatus.INTACT : ChainStatus.BROKEN, checked, entries, prev,
        atEnd, clock.instant());
  }

  private ChainBreak check(ChainRow row, long expectedSeq, String prev) {
    if (row.chainSeq() != expectedSeq) {
      return new ChainBreak(expectedSeq, row.id(), BreakKind.ENTRY_MISSING, null, null);
    }
    String recomputed = AuditHash.of(mapper, row, row.chainSeq(), row.prevHash());
    if (!recomputed.equals(row.hash())) {
      return new ChainBreak(expectedSeq, row.id(), BreakKind.CONTENT_CHANGED, recomputed, row.hash());
    }
    if (!Objects.equals(prev, row.prevHash())) {
      return new ChainBreak(expectedSeq, row.id(), BreakKind.LINK_BROKEN, prev, row.prevHash());
    }
    return null;
  }
}
