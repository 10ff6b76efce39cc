package id.alurkinerja.access;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Every action a user can be allowed, named as a verb. Roles grant verbs ({@link RolePolicy}); one
 * place decides ({@link Access}). SOP steps are noted where a verb is one.
 */
public enum Verb {
  KECAMATAN_READ("kecamatan.read"),
  UNIT_READ("unit.read"),
  UNIT_MANAGE("unit.manage"),
  USER_READ("user.read"),
  USER_MANAGE("user.manage"),
  AUDIT_READ("audit.read"),
  FORM_READ("form.read"),
  /** Step 1: draft the format and the notification letter. */
  FORM_CREATE("form.create"),
  /** Step 2: correct the drafts, or return them to the Staf. */
  FORM_CORRECT("form.correct"),
  /** Step 3. */
  FORM_PARAF("form.paraf"),
  /** Step 4: sign, or "Tidak". */
  FORM_SIGN("form.sign"),
  /** Step 5: give the letter its number from the outgoing-letter register. */
  LETTER_NUMBER("letter.number"),
  /** Steps 5-6: duplicate and distribute to the units. */
  FORM_DISTRIBUTE("form.distribute"),
  /** Step 6: a unit confirms it received the form. */
  DISPATCH_RECEIVE("dispatch.receive"),
  SUBMISSION_READ("submission.read"),
  SUBMISSION_EDIT("submission.edit"),
  SUBMISSION_SUBMIT("submission.submit"),
  /** Step 7: verify, return, or mark a unit as not reporting. */
  SUBMISSION_VERIFY("submission.verify"),
  RECAP_READ("recap.read"),
  /** Step 8: consolidate the verified data. */
  RECAP_EDIT("recap.edit"),
  /** Step 9. */
  RECAP_VALIDATE("recap.validate"),
  /** Step 10. */
  RECAP_PARAF("recap.paraf"),
  /** Step 11. */
  RECAP_SIGN("recap.sign"),
  /** Office hours, overrides and days off of the kecamatan's working-time calendar. */
  CALENDAR_MANAGE("calendar.manage"),
  /** Revise the kecamatan's SOP (a new version; running cycles keep theirs). */
  SOP_MANAGE("sop.manage"),
  /** The SOP monitoring sheet and the dashboard: mutu baku against the real working time. */
  SLA_READ("sla.read"),
  /** Download a cycle's archive bundle: its signed documents, data, audit trail and monitoring sheet (step 11). */
  ARCHIVE_READ("archive.read"),
  /** Create kecamatan in a kabupaten, with their SOP and first ADMIN (kabupaten ADMIN). */
  KECAMATAN_MANAGE("kecamatan.manage"),
  /** Service accounts of kabupaten systems: create, rotate their secret, revoke (kabupaten ADMIN). */
  CLIENT_MANAGE("client.manage"),
  /** The kabupaten's webhook subscriptions: register, re-enable, replay, remove (KABUPATEN officers and systems). */
  WEBHOOK_MANAGE("webhook.manage");

  private final String code;

  Verb(String code) {
    this.code = code;
  }

  @JsonValue
  public String code() {
    return code;
  }

  @Override
  public String toString() {
    return code;
  }
}
