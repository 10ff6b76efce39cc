package id.alurkinerja.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alurkinerja.access.Access;
import id.alurkinerja.access.Verb;
import id.alurkinerja.distribution.Dispatch;
import id.alurkinerja.documents.DocumentDtos.HashResult;
import id.alurkinerja.documents.DocumentDtos.IssuedDocumentView;
import id.alurkinerja.documents.DocumentDtos.Verification;
import id.alurkinerja.forms.Form;
import id.alurkinerja.forms.FormDocuments;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.recaps.Recap;
import id.alurkinerja.recaps.RecapDocuments;
import id.alurkinerja.workflow.DocumentKind;
import id.alurkinerja.workflow.DocumentMachine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Reading issued documents: those of a form for its readers, one file, the letter's preview an
 * official approves from, and the public verification of a code.
 */
@ApplicationScoped
public class DocumentService {

  /** The printed letter with its file name. */
  public record Pdf(byte[] bytes, String fileName) {}

  @Inject Access access;
  @Inject DocumentMachine machine;
  @Inject FormDocuments forms;
  @Inject LetterSheets sheets;
  @Inject RecapDocuments recaps;
  @Inject RecapSheets recapSheets;
  @Inject PdfPrinter printer;
  @Inject DocumentLinks links;
  @Inject ObjectMapper json;
  @Inject java.time.Clock clock;

  public List<IssuedDocumentView> ofForm(long formId) {
    Form form = machine.read(forms, formId);
    return IssuedDocument.ofSource(DocumentKind.FORM.code(), form.id).stream().map(this::view).toList();
  }

  /** The letter of the form's current version as it will be issued, number and date blank. */
  @Transactional
  public Pdf preview(long formId) {
    Form form = machine.read(forms, formId);
    LetterSheet sheet = sheets.of(form);
    LetterSheet.Footer note = new LetterSheet.Footer(null, null, null, "Pratinjau versi "
        + form.currentVersion + " untuk diperiksa; bukan dokumen terbit (tanpa kode verifikasi).");
    byte[] pdf = printer.print(LetterHtml.render(sheet.withFooter(note))).pdf();
    return new Pdf(pdf, "pratinjau-surat-" + form.id + "-v" + form.currentVersion + ".pdf");
  }

  public List<IssuedDocumentView> ofRecap(long recapId) {
    Recap recap = machine.read(recaps, recapId);
    return IssuedDocument.ofSource(DocumentKind.RECAP.code(), recap.id).stream().map(this::view).toList();
  }

  /** The recap of its current version as it will be issued, the date blank until it is signed. */
  @Transactional
  public Pdf recapPreview(long recapId) {
    Recap recap = machine.read(recaps, recapId);
    LetterSheet.Footer note = new LetterSheet.Footer(null, null, null, "Pratinjau rekap versi "
        + recap.currentVersion + " untuk diperiksa; bukan dokumen terbit (tanpa kode verifikasi).");
    byte[] pdf = printer.print(RecapHtml.render(recapSheets.sheet(recap, null).withFooter(note))).pdf();
    return new Pdf(pdf, "pratinjau-rekap-" + recap.id + "-v" + recap.currentVersion + ".pdf");
  }

  /** The buku ekspedisi of a numbered letter, printed now with the receipts recorded so far. */
  public Pdf dispatchList(long formId) {
    Form form = machine.read(forms, formId);
    if (form.letterNumber == null) {
      throw new ProblemException(ProblemType.INVALID_STATE, "The letter has no number yet: the dispatch list "
          + "is printed once the clerk has numbered it (step 5)");
    }
    Kecamatan k = Kecamatan.findById(form.kecamatanId);
    java.util.Map<Long, Dispatch> sent = new java.util.HashMap<>();
    Dispatch.ofForm(form.id).forEach(d -> sent.put(d.unitId, d));
    List<DispatchListHtml.Row> rows = new java.util.ArrayList<>();
    for (OrgUnit unit : sheets.addressedUnits(form)) {
      Dispatch d = sent.get(unit.id);
      rows.add(new DispatchListHtml.Row(LetterSheets.addressee(k, unit), d == null ? null : d.sentAt,
          d == null ? null : d.receivedAt, d == null || d.receivedByName == null ? null
              : d.receivedByName + (d.receivedCapacity == null ? "" : " (" + d.receivedCapacity + ")")));
    }
    byte[] pdf = printer.print(DispatchListHtml.render(LetterSheets.kopOf(k), form.letterNumber, form.letterDate,
        forms.content(form).letter().perihal(), rows, java.time.ZoneId.of(k.timeZone), clock.instant())).pdf();
    return new Pdf(pdf, "buku-ekspedisi-" + form.id + ".pdf");
  }

  public IssuedDocumentView get(long id) {
    return view(readable(id));
  }

  public Pdf file(long id) {
    IssuedDocument doc = readable(id);
    IssuedFile file = IssuedFile.findById(doc.id);
    return new Pdf(file.pdf, fileName(doc));
  }

  /** The public view of a code; 404 when no document has it. */
  public Verification verification(String typed) {
    return verification(byCode(typed));
  }

  /** Whether {@code sha256} is the issued file's hash. */
  public HashResult check(String typed, String sha256) {
    IssuedDocument doc = byCode(typed);
    String presented = sha256.trim().toLowerCase(java.util.Locale.ROOT);
    return new HashResult(presented.equals(doc.sha256), presented, doc.sha256, verification(doc));
  }

  private IssuedDocument byCode(String typed) {
    String code = VerificationCodes.normalised(typed);
    IssuedDocument doc = code == null ? null : IssuedDocument.byCode(code);
    if (doc == null) {
      throw ProblemException.notFound("Verification code " + typed);
    }
    return doc;
  }

  private Verification verification(IssuedDocument doc) {
    boolean current = IssuedDocument.count("cycleId = ?1 and kind = ?2 and copyKey = ?3 and id > ?4",
        doc.cycleId, doc.kind, doc.copyKey, doc.id) == 0;
    return new Verification(VerificationCodes.printed(doc.code), doc.kind, facts(doc), doc.sha256, doc.pages,
        doc.signature, doc.createdAt, Kecamatan.<Kecamatan>findById(doc.kecamatanId).timeZone, current);
  }

  private IssuedDocument readable(long id) {
    IssuedDocument doc = IssuedDocument.findById(id);
    if (doc == null) {
      throw ProblemException.notFound("Document " + id);
    }
    Verb verb = doc.kind == IssuedKind.RECAP ? recaps.readVerb() : Verb.FORM_READ;
    access.canOrReject(verb, FormDocuments.targetOf(doc.kecamatanId), "Document " + id);
    return doc;
  }

  private IssuedDocumentView view(IssuedDocument d) {
    String addressee = null;
    if (d.addresseeUnitId != null) {
      OrgUnit unit = OrgUnit.findById(d.addresseeUnitId);
      addressee = LetterSheets.addressee(Kecamatan.findById(d.kecamatanId), unit);
    }
    return new IssuedDocumentView(d.id, d.kind, d.kind.label(), d.sourceType, d.sourceId, d.sourceVersion,
        d.sourceSha256, d.addresseeUnitId, addressee, VerificationCodes.printed(d.code), links.verifyUrl(d.code),
        d.sha256, d.sizeBytes, d.pages, d.signature, "v1/documents/" + d.id + "/pdf", d.createdAt);
  }

  IssuedFacts facts(IssuedDocument doc) {
    try {
      return json.readValue(doc.facts, IssuedFacts.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Issued document " + doc.id + " has unreadable facts", e);
    }
  }

  private static String fileName(IssuedDocument d) {
    String base = switch (d.kind) {
      case LETTER -> "surat";
      case LETTER_COPY -> "surat-salinan-unit-" + d.addresseeUnitId;
      case RECAP -> "data-kinerja";
    };
    return base + "-" + d.code + ".pdf";
  }
}
