package id.alurkinerja.platform.workflow;

import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import java.util.List;

/** What the three document state machines (form, submission, recap) say the same way. */
public final class Transitions {

  private Transitions() {}

  /** Every refusal, return and withdrawal needs a reason: 400 on field {@code reason} otherwise. */
  public static void requireReason(boolean needed, String reason) {
    if (needed && (reason == null || reason.isBlank())) {
      throw ProblemException.invalid("reason", "a refusal or return needs a reason");
    }
  }

  /** 409 naming the document's state, every transition from it, and those the user may make. */
  public static ProblemException invalidState(String document, Enum<?> state, String attempted,
      List<? extends Enum<?>> allowed, List<? extends Enum<?>> yours) {
    return new ProblemException(ProblemType.INVALID_STATE,
        "The " + document + " is " + state + "; " + attempted + " is not possible now")
        .with("state", state.name())
        .with("allowedTransitions", allowed.stream().map(Enum::name).toList())
        .with("yourTransitions", yours.stream().map(Enum::name).toList());
  }

  /**
   * An approval must name the hash of the version the official was shown: 409 with the current
   * version and hash otherwise, so nobody approves what they did not see.
   */
  public static void requireShownVersion(String document, int currentVersion, String currentSha256,
      String shownSha256) {
    if (!currentSha256.equals(shownSha256)) {
      throw new ProblemException(ProblemType.CONFLICT, "The " + document + " changed since it was shown "
          + "to you: read version " + currentVersion + " and decide on that")
          .with("currentVersion", currentVersion).with("currentSha256", currentSha256);
    }
  }

  public static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
