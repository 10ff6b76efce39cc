package id.alurkinerja.sla;

/** How work stands against its mutu baku. */
public enum SlaStatus {
  /** Not begun: the work has not reached this step. */
  NOT_STARTED,
  /** Open, less than 80 % of its time used. */
  ON_TIME,
  /** Open, 80 % or more of its time used. */
  AT_RISK,
  /** Open past its due time. */
  OVERDUE,
  /** Done within its time. */
  KEPT,
  /** Done, but after its due time. */
  NOT_KEPT;

  /** The worse of two, for a step with several pieces of work. */
  public SlaStatus worse(SlaStatus other) {
    return rank() >= other.rank() ? this : other;
  }

  private int rank() {
    return switch (this) {
      case NOT_STARTED -> 0;
      case KEPT -> 1;
      case ON_TIME -> 2;
      case NOT_KEPT -> 3;
      case AT_RISK -> 4;
      case OVERDUE -> 5;
    };
  }
}
