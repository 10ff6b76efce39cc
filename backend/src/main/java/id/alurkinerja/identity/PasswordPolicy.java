package id.alurkinerja.identity;

import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.Problem.FieldError;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** At least 10 characters, at most 128, and not the username or the NIP. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  /** What is wrong with {@code password} (as a field error of {@code field}), or empty. */
  public static Optional<FieldError> problem(String field, String password, String username, String nip) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of(new FieldError(field, FieldErrorCode.TOO_SHORT, Map.of("min", String.valueOf(MIN_LENGTH))));
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(new FieldError(field, FieldErrorCode.TOO_LONG, Map.of("max", String.valueOf(MAX_LENGTH))));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
      return Optional.of(new FieldError(field, FieldErrorCode.SAME_AS_USERNAME));
    }
    if (nip != null && password.equals(nip)) {
      return Optional.of(new FieldError(field, FieldErrorCode.SAME_AS_NIP));
    }
    return Optional.empty();
  }
}
