package id.alurkinerja.identity;

import java.util.Locale;
import java.util.Optional;

/** At least 10 characters, at most 128, and not the username or the NIP. */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  public static Optional<String> problem(String password, String username, String nip) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of("must be at least " + MIN_LENGTH + " characters");
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of("must be at most " + MAX_LENGTH + " characters");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
      return Optional.of("must not be the username");
    }
    if (nip != null && password.equals(nip)) {
      return Optional.of("must not be the NIP");
    }
    return Optional.empty();
  }
}
