package id.alurkinerja.recaps;

import static id.alurkinerja.recaps.RecapState.AWAITING_PARAF;
import static id.alurkinerja.recaps.RecapState.AWAITING_SIGNATURE;
import static id.alurkinerja.recaps.RecapState.AWAITING_VALIDATION;
import static id.alurkinerja.recaps.RecapState.DRAFT;
import static id.alurkinerja.recaps.RecapState.SIGNED;

import id.alurkinerja.access.Verb;
import java.util.EnumSet;
import java.util.List;

/** The recap's state machine (steps 8-11); every refusal goes back to the Staf (step 8). */
public enum RecapTransition {
  REQUEST_VALIDATION(DRAFT, AWAITING_VALIDATION, Verb.RECAP_EDIT, false),
  VALIDATE(AWAITING_VALIDATION, AWAITING_PARAF, Verb.RECAP_VALIDATE, false),
  RETURN_TO_STAF(AWAITING_VALIDATION, DRAFT, Verb.RECAP_VALIDATE, true),
  PARAF(AWAITING_PARAF, AWAITING_SIGNATURE, Verb.RECAP_PARAF, false),
  REFUSE_PARAF(AWAITING_PARAF, DRAFT, Verb.RECAP_PARAF, true),
  SIGN(AWAITING_SIGNATURE, SIGNED, Verb.RECAP_SIGN, false),
  REFUSE_SIGNATURE(AWAITING_SIGNATURE, DRAFT, Verb.RECAP_SIGN, true);

  private final RecapState from;
  private final RecapState to;
  private final Verb verb;
  private final boolean needsReason;

  RecapTransition(RecapState from, RecapState to, Verb verb, boolean needsReason) {
    this.from = from;
    this.to = to;
    this.verb = verb;
    this.needsReason = needsReason;
  }

  public RecapState from() {
    return from;
  }

  public RecapState to() {
    return to;
  }

  public Verb verb() {
    return verb;
  }

  public boolean needsReason() {
    return needsReason;
  }

  public static List<RecapTransition> from(RecapState state) {
    return EnumSet.allOf(RecapTransition.class).stream().filter(t -> t.from == state).toList();
  }
}
