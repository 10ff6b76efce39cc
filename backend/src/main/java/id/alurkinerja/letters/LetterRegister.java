package id.alurkinerja.letters;

import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * The kecamatan's buku agenda surat keluar. A number is taken under a row lock on the year's
 * counter in the caller's transaction: numbers are unique and gap-free (a rolled-back transaction
 * gives its number back before anyone else sees it) and never reused.
 */
@ApplicationScoped
public class LetterRegister {

  public static final String DEFAULT_PATTERN = "{classification}/{seq}/Kec.{kecamatan}/{year}";
  private static final Pattern CLASSIFICATION = Pattern.compile("\\d{3}(\\.\\d{1,3}){0,4}");

  @Inject EntityManager em;
  @Inject Clock clock;

  public static boolean validClassification(String code) {
    return code != null && CLASSIFICATION.matcher(code).matches();
  }

  /** Why {@code pattern} cannot format letter numbers, or null when it can. */
  public static FieldErrorCode patternProblem(String pattern) {
    if (pattern == null || !pattern.contains("{seq}")) {
      return FieldErrorCode.PATTERN_NEEDS_SEQ;
    }
    String rest = pattern.replace("{classification}", "").replace("{seq}", "").replace("{kecamatan}", "")
        .replace("{year}", "");
    return rest.contains("{") || rest.contains("}") ? FieldErrorCode.PATTERN_PLACEHOLDERS : null;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public LetterNumber take(Kecamatan k, String classification, String subject, LetterNumber.Kind kind,
      Long formId, String signedSha256, long userId) {
    String code = classification == null || classification.isBlank() ? k.letterClassification : classification.trim();
    if (!validClassification(code)) {
      throw ProblemException.invalid("classification", FieldErrorCode.CLASSIFICATION);
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(k.timeZone)));
    int seq = nextSequence(k, today.getYear());
    LetterNumber n = new LetterNumber();
    n.kecamatanId = k.id;
    n.year = today.getYear();
    n.seq = seq;
    n.number = format(k, code, seq, today.getYear());
    n.letterDate = today;
    n.classification = code;
    n.subject = subject;
    n.kind = kind;
    n.formId = formId;
    n.signedSha256 = signedSha256;
    n.createdBy = userId;
    n.createdAt = clock.instant();
    n.persist();
    return n;
  }

  static String format(Kecamatan k, String classification, int seq, int year) {
    String pattern = k.letterNumberPattern == null ? DEFAULT_PATTERN : k.letterNumberPattern;
    return pattern.replace("{classification}", classification)
        .replace("{seq}", String.format("%03d", seq))
        .replace("{kecamatan}", k.name.replace(" ", ""))
        .replace("{year}", String.valueOf(year));
  }

  /**
   * One statement both creates the year's counter and advances it; the row stays locked by this
   * transaction until it commits, so concurrent takers queue on it and nobody holds a second
   * connection while waiting.
   */
  private int nextSequence(Kecamatan k, int year) {
    int start = Math.max(1, k.letterSequenceStart);
    em.createNativeQuery("INSERT INTO letter_counter (kecamatan_id, year, next_seq) VALUES (?1, ?2, ?3) "
            + "ON DUPLICATE KEY UPDATE next_seq = next_seq + 1")
        .setParameter(1, k.id).setParameter(2, year).setParameter(3, start + 1).executeUpdate();
    Number next = (Number) em.createNativeQuery(
            "SELECT next_seq FROM letter_counter WHERE kecamatan_id = ?1 AND year = ?2")
        .setParameter(1, k.id).setParameter(2, year).getSingleResult();
    return next.intValue() - 1;
  }
}
