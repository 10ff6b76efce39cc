package id.alurkinerja.approvals;

/** An approval given, or refused with a reason. */
public enum ApprovalDecision {
  APPROVED,
  REFUSED
}
