package id.alurkinerja.approvals;

import id.alurkinerja.access.Grant;
import id.alurkinerja.identity.AppUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Records approvals for any document kind (forms now, recaps later). */
@ApplicationScoped
public class Approvals {

  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public Approval record(String documentType, long documentId, int version, String sha256,
      ApprovalKind kind, ApprovalDecision decision, AppUser official, Grant capacity,
      String capacityTitle, String reason) {
    Approval a = new Approval();
    a.documentType = documentType;
    a.documentId = documentId;
    a.documentVersion = version;
    a.contentSha256 = sha256;
    a.kind = kind;
    a.decision = decision;
    a.officialUserId = official.id;
    a.officialName = official.fullName;
    a.officialNip = official.nip;
    a.capacityRole = capacity.role();
    a.actingKind = capacity.acting();
    a.capacityTitle = capacityTitle;
    a.reason = reason;
    a.approvedAt = clock.instant();
    a.persist();
    return a;
  }
}
