package id.alurkinerja.letters;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.letters.LetterDtos.LetterSettings;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Reading the register, reserving numbers by hand, and the numbering settings. */
@ApplicationScoped
public class LetterService {

  @Inject Access access;
  @Inject LetterRegister register;
  @Inject AuditLog audit;
  @Inject Clock clock;

  private Kecamatan kecamatan(long id, Verb verb) {
    Kecamatan k = Kecamatan.findById(id);
    if (k == null) {
      throw ProblemException.notFound("Kecamatan " + id);
    }
    access.canOrReject(verb, OrgService.targetOf(k), "Kecamatan " + id);
    return k;
  }

  public List<LetterNumberView> list(long kecamatanId, Integer year) {
    Kecamatan k = Kecamatan.findById(kecamatanId);
    if (k == null || !access.can(Verb.AUDIT_READ, OrgService.targetOf(k))) {
      k = kecamatan(kecamatanId, Verb.LETTER_NUMBER);
    }
    int y = year == null ? LocalDate.now(clock.withZone(ZoneId.of(k.timeZone))).getYear() : year;
    return LetterNumber.<LetterNumber>list("kecamatanId = ?1 and year = ?2 order by seq", k.id, y).stream()
        .map(LetterNumberView::of).toList();
  }

  @Transactional
  public LetterNumberView reserve(long kecamatanId, String subject, String classification) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.LETTER_NUMBER, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    LetterNumber n = register.take(k, classification, subject.trim(), LetterNumber.Kind.MANUAL, null, null,
        access.user().id());
    audit.record(access.user(), grant, AuditLog.Entry.of("letter.reserved", "letter", n.id, k.kabupatenId, k.id)
        .details(AuditDetails.builder().letter(n.number, n.letterDate).name(n.subject).build()));
    return LetterNumberView.of(n);
  }

  /** The kecamatan's version: the ETag of its settings. */
  public long version(long kecamatanId) {
    return kecamatan(kecamatanId, Verb.KECAMATAN_READ).version;
  }

  public LetterSettings settings(long kecamatanId) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    return new LetterSettings(k.letterNumberPattern, k.letterClassification, k.letterSequenceStart);
  }

  @Transactional
  public LetterSettings change(long kecamatanId, String ifMatch, LetterSettings settings) {
    Kecamatan k = kecamatan(kecamatanId, Verb.KECAMATAN_READ);
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    ETags.require(ifMatch, k.version);
    FieldErrorCode problem = LetterRegister.patternProblem(settings.pattern());
    if (problem != null) {
      throw ProblemException.invalid("pattern", problem);
    }
    if (!LetterRegister.validClassification(settings.classification())) {
      throw ProblemException.invalid("classification", FieldErrorCode.CLASSIFICATION);
    }
    k.letterNumberPattern = settings.pattern().trim();
    k.letterClassification = settings.classification().trim();
    k.letterSequenceStart = settings.sequenceStart();
    k.updatedAt = clock.instant();
    audit.record(access.user(), grant, AuditLog.Entry.of("kecamatan.letter-settings", "kecamatan",
        k.id, k.kabupatenId, k.id).details(AuditDetails.builder().setting(k.letterNumberPattern)
            .name(k.letterClassification).build()));
    Kecamatan.getEntityManager().flush();
    return settings(kecamatanId);
  }
}
