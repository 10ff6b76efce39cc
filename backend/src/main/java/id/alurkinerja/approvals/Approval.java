package id.alurkinerja.approvals;

import id.alurkinerja.access.ActingKind;
import id.alurkinerja.access.Role;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * A paraf or a signature — or its refusal — by a named official in a capacity (own post or
 * Plt./Plh.), bound to the SHA-256 of the exact document version they were shown. A non-certified
 * electronic approval (see the domain brief); kept forever, voided when the document goes back.
 */
@Entity
@Table(name = "approval")
public class Approval extends PanacheEntityBase {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "document_type")
  public String documentType;

  @Column(name = "document_id")
  public Long documentId;

  @Column(name = "document_version")
  public int documentVersion;

  @Column(name = "content_sha256")
  public String contentSha256;

  @Enumerated(EnumType.STRING)
  public ApprovalKind kind;

  @Enumerated(EnumType.STRING)
  public ApprovalDecision decision;

  @Column(name = "official_user_id")
  public Long officialUserId;

  @Column(name = "official_name")
  public String officialName;

  @Column(name = "official_nip")
  public String officialNip;

  @Enumerated(EnumType.STRING)
  @Column(name = "capacity_role")
  public Role capacityRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "acting_kind")
  public ActingKind actingKind;

  @Column(name = "capacity_title")
  public String capacityTitle;

  public String reason;

  @Column(name = "approved_at")
  public Instant approvedAt;

  @Column(name = "voided_at")
  public Instant voidedAt;

  @Column(name = "voided_reason")
  public String voidedReason;

  public static List<Approval> of(String documentType, long documentId) {
    return list("documentType = ?1 and documentId = ?2 order by id", documentType, documentId);
  }

  /** Voids every standing approval of a document; they stay in its history. */
  public static int voidAll(String documentType, long documentId, String reason, Instant at) {
    return update("voidedAt = ?1, voidedReason = ?2 where documentType = ?3 and documentId = ?4 "
        + "and voidedAt is null and decision = ?5", at, reason, documentType, documentId,
        ApprovalDecision.APPROVED);
  }
}
