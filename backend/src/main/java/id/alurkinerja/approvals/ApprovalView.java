package id.alurkinerja.approvals;

import id.alurkinerja.access.ActingKind;
import id.alurkinerja.access.Role;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApprovalView", description = "A paraf or signature, or its refusal")
public record ApprovalView(
    @Schema(required = true) long id,
    @Schema(required = true) ApprovalKind kind,
    @Schema(required = true) ApprovalDecision decision,
    @Schema(required = true, description = "Version of the document it concerns") int documentVersion,
    @Schema(required = true, description = "SHA-256 of that version's canonical JSON") String contentSha256,
    @Schema(required = true) long officialUserId,
    @Schema(required = true) String officialName,
    String officialNip,
    @Schema(required = true) Role capacityRole,
    ActingKind actingKind,
    @Schema(required = true, examples = "Plh. Camat Bulu") String capacityTitle,
    String reason,
    @Schema(required = true) Instant at,
    @Schema(description = "Set when the document went back to draft after this approval") Instant voidedAt,
    String voidedReason) {

  public static ApprovalView of(Approval a) {
    return new ApprovalView(a.id, a.kind, a.decision, a.documentVersion, a.contentSha256,
        a.officialUserId, a.officialName, a.officialNip, a.capacityRole, a.actingKind,
        a.capacityTitle, a.reason, a.approvedAt, a.voidedAt, a.voidedReason);
  }
}
