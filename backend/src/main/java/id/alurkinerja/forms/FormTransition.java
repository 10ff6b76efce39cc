package id.alurkinerja.forms;

import static id.alurkinerja.forms.FormState.AWAITING_PARAF;
import static id.alurkinerja.forms.FormState.DISTRIBUTED;
import static id.alurkinerja.forms.FormState.DISTRIBUTING;
import static id.alurkinerja.forms.FormState.NUMBERED;
import static id.alurkinerja.forms.FormState.AWAITING_SIGNATURE;
import static id.alurkinerja.forms.FormState.DRAFT;
import static id.alurkinerja.forms.FormState.IN_CORRECTION;
import static id.alurkinerja.forms.FormState.SIGNED;

import id.alurkinerja.access.Verb;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The form's state machine, steps 1-6: each named transition, the states it leaves from, the state
 * it leads to, the verb it needs, and whether it needs a reason (every refusal does).
 */
public enum FormTransition {
  SUBMIT_FOR_CORRECTION(EnumSet.of(DRAFT), IN_CORRECTION, Verb.FORM_CREATE, false),
  FORWARD_TO_SEKCAM(EnumSet.of(IN_CORRECTION), AWAITING_PARAF, Verb.FORM_CORRECT, false),
  RETURN_TO_STAF(EnumSet.of(IN_CORRECTION), DRAFT, Verb.FORM_CORRECT, true),
  PARAF(EnumSet.of(AWAITING_PARAF), AWAITING_SIGNATURE, Verb.FORM_PARAF, false),
  REFUSE_PARAF(EnumSet.of(AWAITING_PARAF), DRAFT, Verb.FORM_PARAF, true),
  SIGN(EnumSet.of(AWAITING_SIGNATURE), SIGNED, Verb.FORM_SIGN, false),
  /** The Camat's "Tidak": back to step 1, the whole history kept. */
  REFUSE_SIGNATURE(EnumSet.of(AWAITING_SIGNATURE), DRAFT, Verb.FORM_SIGN, true),
  /** The Staf takes a form back from the officials' desks to change it; parafs are voided. */
  WITHDRAW(EnumSet.of(AWAITING_PARAF, AWAITING_SIGNATURE), DRAFT, Verb.FORM_CREATE, true),
  /** Step 5: the clerk gives the signed letter its number from the register. */
  NUMBER(EnumSet.of(SIGNED), NUMBERED, Verb.LETTER_NUMBER, false),
  /** Steps 5-6: duplicated and ready; one dispatch per addressed unit goes out. */
  DISPATCH(EnumSet.of(NUMBERED), DISTRIBUTING, Verb.FORM_DISTRIBUTE, false),
  /** Step 6 ends by itself when the last addressed unit confirms receipt. */
  COMPLETE_DISTRIBUTION(EnumSet.of(DISTRIBUTING), DISTRIBUTED, Verb.DISPATCH_RECEIVE, false);

  private final Set<FormState> from;
  private final FormState to;
  private final Verb verb;
  private final boolean needsReason;

  FormTransition(Set<FormState> from, FormState to, Verb verb, boolean needsReason) {
    this.from = from;
    this.to = to;
    this.verb = verb;
    this.needsReason = needsReason;
  }

  public boolean leavesFrom(FormState state) {
    return from.contains(state);
  }

  public FormState to() {
    return to;
  }

  public Verb verb() {
    return verb;
  }

  public boolean needsReason() {
    return needsReason;
  }

  /** Transitions a user asks for (all but the automatic end of distribution). */
  public static List<FormTransition> from(FormState state) {
    return EnumSet.allOf(FormTransition.class).stream()
        .filter(t -> t != COMPLETE_DISTRIBUTION && t.leavesFrom(state)).toList();
  }
}
