package id.alurkinerja.workflow;

import java.util.Locale;

/** The documents of the SOP that the machine moves: the form (steps 1-6), units' submissions (7), the recap (8-11). */
public enum DocumentKind {
  FORM,
  SUBMISSION,
  RECAP;

  /** The name used for the document in the audit trail and approvals, e.g. "form". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
