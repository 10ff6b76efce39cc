package id.alurkinerja.documents;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The short codes QR codes lead to: 12 characters of Crockford's base32 (60 random bits, no I, L, O
 * or U), printed in groups of four. Typed back, case, dashes and the look-alikes O/I/L are forgiven.
 */
public final class VerificationCodes {

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  static final int LENGTH = 12;
  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCodes() {}

  public static String next() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** {@code ABCD-EFGH-JKMN}. */
  public static String printed(String code) {
    return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
  }

  /** The stored form of a code as typed or scanned, or null when it cannot be one. */
  public static String normalised(String typed) {
    if (typed == null) {
      return null;
    }
    String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
        .replace('O', '0').replace('I', '1').replace('L', '1');
    if (code.length() != LENGTH) {
      return null;
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return null;
      }
    }
    return code;
  }
}
