package id.alurkinerja.approvals;

/** Validation (step 9), paraf (initial, steps 3 and 10) or signature (steps 4 and 11). */
public enum ApprovalKind {
  VALIDATION,
  PARAF,
  SIGNATURE
}
