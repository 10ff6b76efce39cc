package id.alurkinerja.approvals;

/** Paraf (initial, steps 3 and 10) or signature (steps 4 and 11). */
public enum ApprovalKind {
  PARAF,
  SIGNATURE
}
