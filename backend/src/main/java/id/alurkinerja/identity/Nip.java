package id.alurkinerja.identity;

import id.alurkinerja.platform.problem.FieldErrorCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The 18-digit NIP of a PNS: birth date (8), TMT year and month (6), sex (1: 1 male, 2 female),
 * sequence (3), e.g. {@code 198203152008011003}. The NI PPPK is also 18 digits starting with the
 * birth date; its other digits follow BKN's own coding, so only that much is checked for PPPK
 * (docs/decisions/002-nip-validation.md).
 */
public final class Nip {

  private Nip() {}

  /** Why {@code nip} is not a valid number for this kind of employment, or empty when it is. */
  public static Optional<FieldErrorCode> problem(String nip, Employment employment) {
    if (nip == null || !nip.matches("\\d{18}")) {
      return Optional.of(FieldErrorCode.NIP_LENGTH);
    }
    Optional<LocalDate> born = birthDate(nip);
    if (born.isEmpty()) {
      return Optional.of(FieldErrorCode.NIP_BIRTH_DATE);
    }
    return employment == Employment.PNS ? pnsProblem(nip, born.get()) : Optional.empty();
  }

  private static Optional<LocalDate> birthDate(String nip) {
    try {
      LocalDate born = LocalDate.of(Integer.parseInt(nip.substring(0, 4)),
          Integer.parseInt(nip.substring(4, 6)), Integer.parseInt(nip.substring(6, 8)));
      return born.getYear() < 1940 ? Optional.empty() : Optional.of(born);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<FieldErrorCode> pnsProblem(String nip, LocalDate born) {
    int tmtMonth = Integer.parseInt(nip.substring(12, 14));
    if (tmtMonth < 1 || tmtMonth > 12) {
      return Optional.of(FieldErrorCode.NIP_TMT);
    }
    YearMonth tmt = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), tmtMonth);
    if (tmt.isBefore(YearMonth.from(born.plusYears(17)))) {
      return Optional.of(FieldErrorCode.NIP_TMT_AGE);
    }
    char sex = nip.charAt(14);
    if (sex != '1' && sex != '2') {
      return Optional.of(FieldErrorCode.NIP_SEX);
    }
    if (nip.endsWith("000")) {
      return Optional.of(FieldErrorCode.NIP_SEQUENCE);
    }
    return Optional.empty();
  }
}
