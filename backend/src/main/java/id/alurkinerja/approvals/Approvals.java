package id.alurkinerja.approvals;

import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records and voids approvals (validation, paraf, signature) of any document kind. */
@ApplicationScoped
public class Approvals {

  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Approval record(String documentType, long documentId, int version, String sha256,
      ApprovalKind kind, ApprovalDecision decision, CurrentUser official, Grant capacity,
      String reason) {
    Approval a = new Approval();
    a.documentType = documentType;
    a.documentId = documentId;
    a.documentVersion = version;
    a.contentSha256 = sha256;
    a.kind = kind;
    a.decision = decision;
    a.officialUserId = official.id();
    a.officialName = official.fullName();
    a.officialNip = official.nip();
    a.capacityRole = capacity.role();
    a.actingKind = capacity.acting();
    a.capacityTitle = capacity.capacity();
    a.reason = reason;
    a.approvedAt = clock.instant();
    a.persist();
    return a;
  }

  /** Voids every standing approval of a document, saying why; they stay in its history. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int voidAll(String documentType, long documentId, String reason) {
    return Approval.voidAll(documentType, documentId, reason, clock.instant());
  }

  /** Whether {@code officialUserId} gave a standing (not voided) approval of {@code kind} of this version. */
  public boolean standing(String documentType, long documentId, String sha256, ApprovalKind kind, long officialUserId) {
    return Approval.count("documentType = ?1 and documentId = ?2 and contentSha256 = ?3 and kind = ?4 "
        + "and decision = ?5 and voidedAt is null and officialUserId = ?6", documentType, documentId, sha256, kind,
        ApprovalDecision.APPROVED, officialUserId) > 0;
  }
}
