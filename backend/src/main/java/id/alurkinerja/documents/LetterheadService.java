package id.alurkinerja.documents;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.attachments.ContentSniffer;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The kecamatan's kop surat, printed on every document issued after a change (documents already
 * issued keep the kop they were printed with). Read by its officials, changed by its ADMIN.
 */
@ApplicationScoped
public class LetterheadService {

  /** The most a logo may weigh: it is printed small, at the head of every letter. */
  static final int MAX_LOGO_BYTES = 512 * 1024;

  /** The kop surat as read and written over HTTP, with its version (the ETag). */
  public record Read(DocumentDtos.LetterheadView view, long version) {}

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Clock clock;

  public Read get(long kecamatanId) {
    Kecamatan k = kecamatan(kecamatanId);
    access.canOrReject(Verb.KECAMATAN_READ, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    return read(k, Letterhead.findById(k.id));
  }

  @Transactional
  public Read change(long kecamatanId, String ifMatch, DocumentDtos.LetterheadSettings settings) {
    Change c = change(kecamatanId, ifMatch);
    Letterhead head = c.head();
    head.address = LetterSheets.blankToNull(settings.address());
    head.contact = LetterSheets.blankToNull(settings.contact());
    head.place = LetterSheets.blankToNull(settings.place());
    List<String> tembusan = settings.tembusan() == null ? List.of()
        : settings.tembusan().stream().map(String::trim).filter(t -> !t.isEmpty()).toList();
    head.tembusan = tembusan.isEmpty() ? null : String.join("\n", tembusan);
    return save(c, "letterhead.changed", AuditDetails.builder().setting(head.address).build());
  }

  @Transactional
  public Read logo(long kecamatanId, String ifMatch, byte[] image) {
    if (image == null || image.length == 0) {
      throw ProblemException.invalid("body", FieldErrorCode.EMPTY_BODY);
    }
    if (image.length > MAX_LOGO_BYTES) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A logo may be at most "
          + MAX_LOGO_BYTES / 1024 + " KB");
    }
    String type = ContentSniffer.mediaType(image).filter(t -> t.equals("image/png") || t.equals("image/jpeg"))
        .orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
            "The logo must be a PNG or JPEG image; this file's content is neither"));
    Change c = change(kecamatanId, ifMatch);
    c.head().logo = image;
    c.head().logoType = type;
    return save(c, "letterhead.logo", AuditDetails.builder().file("logo", type, image.length,
        Issuance.sha256(image)).build());
  }

  @Transactional
  public Read removeLogo(long kecamatanId, String ifMatch) {
    Change c = change(kecamatanId, ifMatch);
    c.head().logo = null;
    c.head().logoType = null;
    return save(c, "letterhead.logo-removed", AuditDetails.NONE);
  }

  /** The logo's bytes and type, or 404 when the kop has none. */
  public Letterhead logoOf(long kecamatanId) {
    Kecamatan k = kecamatan(kecamatanId);
    access.canOrReject(Verb.KECAMATAN_READ, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    Letterhead head = Letterhead.findById(k.id);
    if (head == null || head.logo == null) {
      throw ProblemException.notFound("Logo of kecamatan " + kecamatanId);
    }
    return head;
  }

  private record Change(Kecamatan kecamatan, Grant grant, Letterhead head) {}

  private Change change(long kecamatanId, String ifMatch) {
    Kecamatan k = kecamatan(kecamatanId);
    access.canOrReject(Verb.KECAMATAN_READ, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    Grant grant = access.canOrReject(Verb.UNIT_MANAGE, OrgService.targetOf(k), "Kecamatan " + kecamatanId);
    Letterhead head = Letterhead.findById(k.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    ETags.require(ifMatch, head == null ? 0 : head.version);
    if (head == null) {
      head = new Letterhead();
      head.kecamatanId = k.id;
      head.version = 0;
      head.persist();
    }
    return new Change(k, grant, head);
  }

  private Read save(Change c, String action, AuditDetails details) {
    Letterhead head = c.head();
    head.version++;
    head.updatedAt = clock.instant();
    audit.record(access.user(), c.grant(), AuditLog.Entry.of(action, "kecamatan", c.kecamatan().id,
        c.kecamatan().kabupatenId, c.kecamatan().id).details(details));
    Letterhead.getEntityManager().flush();
    return read(c.kecamatan(), head);
  }

  private static Read read(Kecamatan k, Letterhead head) {
    LetterSheet.Kop kop = LetterSheets.kop(Kabupaten.findById(k.kabupatenId), k, head);
    return new Read(new DocumentDtos.LetterheadView(kop.government(), kop.office(),
        head == null ? null : head.address, head == null ? null : head.contact, LetterSheets.place(k, head),
        head == null ? List.of() : head.tembusanLines(), head != null && head.logo != null,
        head == null ? null : head.logoType), head == null ? 0 : head.version);
  }

  private static Kecamatan kecamatan(long id) {
    Kecamatan k = Kecamatan.findById(id);
    if (k == null) {
      throw ProblemException.notFound("Kecamatan " + id);
    }
    return k;
  }

}
