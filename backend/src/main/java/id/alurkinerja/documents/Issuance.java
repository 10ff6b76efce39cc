package id.alurkinerja.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.approvals.ApprovalKind;
import id.alurkinerja.documents.IssuedFacts.Mark;
import id.alurkinerja.documents.LetterSheet.Footer;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.forms.FormTransition;
import id.alurkinerja.forms.FormVersion;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapTransition;
import id.alurkinerja.recaps.RecapVersion;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentTransitioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Issues the SOP's documents when the machine reaches them: the numbered letter and one copy per
 * addressed unit when the clerk gives the letter its number (step 5), the signed recap when the Camat
 * signs it (step 11). Printed, sealed and stored in that transition's own transaction, so a number or a
 * signature never exists without its documents.
 */
@ApplicationScoped
public class Issuance {

  @Inject LetterSheets sheets;
  @Inject RecapSheets recapSheets;
  @Inject PdfPrinter printer;
  @Inject PdfSigner signer;
  @Inject DocumentLinks links;
  @Inject FormDocuments forms;
  @Inject ObjectMapper json;
  @Inject Clock clock;

  void onTransition(@Observes(during = TransactionPhase.IN_PROGRESS) DocumentTransitioned event) {
    if (event.kind() == DocumentKind.FORM && event.is(FormTransition.NUMBER)) {
      issueLetter(Form.findById(event.documentId()), event.actor().id());
    } else if (event.kind() == DocumentKind.RECAP && event.is(RecapTransition.SIGN)) {
      issueRecap(Recap.findById(event.documentId()), event.actor().id());
    }
  }

  /** The signed recap, dated the day of its signature in the kecamatan's zone. */
  @Transactional(Transactional.TxType.MANDATORY)
  public IssuedDocument issueRecap(Recap recap, Long issuedBy) {
    Kecamatan k = Kecamatan.findById(recap.kecamatanId);
    RecapVersion version = RecapVersion.of(recap.id, recap.currentVersion);
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(k.timeZone)));
    String code = VerificationCodes.next();
    RecapSheet sheet = recapSheets.sheet(recap, today).withFooter(footer(code, null));
    PdfPrinter.Printed printed = printer.print(RecapHtml.render(sheet));
    IssuedFacts facts = new IssuedFacts(IssuedKind.RECAP.label(), sheet.kop().office(), sheet.kop().government(),
        null, today, sheet.title(), null, marks(sheet.marks(), sheet.signature()), version.number,
        version.contentSha256);
    Form form = Form.findById(recap.formId);
    return persist(new Source(k.id, form.cycleId, DocumentKind.RECAP.code(), recap.id, version.number,
        version.contentSha256), IssuedKind.RECAP, null, code, printed, facts, issuedBy,
        sheet.signature().capacity() + ": " + sheet.title(), sheet.place());
  }

  /** What a document was printed from. */
  private record Source(long kecamatanId, Long cycleId, String type, long id, int version, String sha256) {}

  /**
   * The approvals a document prints, for its public verification: the marks (no NIP: it is not printed
   * beside them), then the signature with the signer's NIP.
   */
  private static List<Mark> marks(List<LetterSheet.Paraf> marks, LetterSheet.Signature s) {
    List<Mark> printed = new ArrayList<>();
    marks.forEach(p -> printed.add(new Mark(p.kind().name(), p.capacity(), p.name(), null, p.at())));
    printed.add(new Mark(ApprovalKind.SIGNATURE.name(), s.capacity(), s.name(), s.nip(), s.signedAt()));
    return printed;
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public List<IssuedDocument> issueLetter(Form form, Long issuedBy) {
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    FormVersion version = forms.current(form);
    LetterSheet sheet = sheets.of(form);
    List<IssuedDocument> issued = new ArrayList<>();
    String location = sheet.place();
    String code = VerificationCodes.next();
    issued.add(store(form, version, IssuedKind.LETTER, null, code,
        sheet.withFooter(footer(code, null)), issuedBy, location));
    for (OrgUnit unit : sheets.addressedUnits(form)) {
      String addressee = LetterSheets.addressee(k, unit);
      String copyCode = VerificationCodes.next();
      issued.add(store(form, version, IssuedKind.LETTER_COPY, unit, copyCode,
          sheet.copyFor(addressee, footer(copyCode, "Lembar untuk " + addressee + ".")), issuedBy, location));
    }
    return issued;
  }

  private Footer footer(String code, String note) {
    String url = links.verifyUrl(code);
    return new Footer(url, VerificationCodes.printed(code), QrCodes.pngDataUri(url), note);
  }

  private IssuedDocument store(Form form, FormVersion version, IssuedKind kind, OrgUnit unit, String code,
      LetterSheet sheet, Long issuedBy, String location) {
    PdfPrinter.Printed printed = printer.print(LetterHtml.render(sheet));
    return persist(new Source(form.kecamatanId, form.cycleId, DocumentKind.FORM.code(), form.id, version.number,
        version.contentSha256), kind, unit, code, printed, facts(kind, sheet, version), issuedBy,
        sheet.signature().capacity() + ": " + sheet.hal(), location);
  }

  private IssuedDocument persist(Source source, IssuedKind kind, OrgUnit unit, String code,
      PdfPrinter.Printed printed, IssuedFacts facts, Long issuedBy, String reason, String location) {
    byte[] pdf = signer.sign(printed.pdf(), reason, location);
    IssuedDocument doc = new IssuedDocument();
    doc.kecamatanId = source.kecamatanId();
    doc.cycleId = source.cycleId();
    doc.kind = kind;
    doc.sourceType = source.type();
    doc.sourceId = source.id();
    doc.sourceVersion = source.version();
    doc.sourceSha256 = source.sha256();
    doc.addresseeUnitId = unit == null ? null : unit.id;
    doc.copyKey = unit == null ? 0 : unit.id;
    doc.code = code;
    doc.sha256 = sha256(pdf);
    doc.sizeBytes = pdf.length;
    doc.pages = printed.pages();
    doc.signature = signer.kind();
    doc.facts = write(facts);
    doc.createdBy = issuedBy;
    doc.createdAt = clock.instant();
    doc.persist();
    IssuedFile file = new IssuedFile();
    file.documentId = doc.id;
    file.pdf = pdf;
    file.persist();
    return doc;
  }

  private static IssuedFacts facts(IssuedKind kind, LetterSheet sheet, FormVersion version) {
    return new IssuedFacts(kind.label(), sheet.kop().office(), sheet.kop().government(), sheet.number(),
        sheet.date(), sheet.hal(), sheet.copyFor(), marks(sheet.parafs(), sheet.signature()), version.number,
        version.contentSha256);
  }

  private String write(IssuedFacts facts) {
    try {
      return json.writeValueAsString(facts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
