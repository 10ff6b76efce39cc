package id.alurkinerja.sla;

import id.alurkinerja.distribution.Dispatch;

/** Where the SPA shows a piece of work. */
public final class WorkLinks {

  private WorkLinks() {}

  public static String of(StepTask t) {
    return switch (t.documentKind) {
      case FORM -> t.work == SlaWork.CONSOLIDATE ? "/formulir/" + t.documentId + "?tab=rekap" : "/formulir/" + t.documentId;
      case DISPATCH -> "/formulir/" + Dispatch.<Dispatch>findById(t.documentId).formId;
      case SUBMISSION -> "/data/" + t.documentId;
      case RECAP -> "/rekap/" + t.documentId;
    };
  }
}
