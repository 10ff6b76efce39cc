package id.alurkinerja.notifications;

/** Why someone is told. */
public enum NotificationKind {
  /** A task of theirs has used 80 % of its mutu baku. */
  TASK_AT_RISK,
  /** A task of theirs has passed its due time. */
  TASK_OVERDUE,
  /** Someone else's task in the kecamatan has passed its due time (for the Sekcam). */
  OVERDUE_IN_KECAMATAN
}
