package id.alurkinerja.attachments;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.forms.Form;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.submissions.ReportedIndicator;
import id.alurkinerja.submissions.Submission;
import id.alurkinerja.submissions.SubmissionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Evidence files: uploaded while the unit may edit, checked by content, read by who reads the data. */
@ApplicationScoped
public class AttachmentService {

  static final int CHUNK = 1024 * 1024;

  @Inject Access access;
  @Inject SubmissionService submissions;
  @Inject AuditLog audit;
  @Inject AlurConfig config;
  @Inject EntityManager em;
  @Inject Clock clock;

  public record Download(Attachment attachment, byte[] bytes) {}

  @Transactional
  public AttachmentView upload(long submissionId, String indicatorCode, String filename, byte[] bytes) {
    Submission s = submissions.submission(submissionId, Verb.SUBMISSION_READ, true);
    Grant grant = access.canOrReject(Verb.SUBMISSION_EDIT, SubmissionService.targetOf(s), "Submission " + submissionId);
    submissions.requireEditable(s);
    if (indicatorCode != null && ReportedIndicator.of(submissions.contentOf(Form.findById(s.formId)), s.unitId)
        .stream().noneMatch(r -> r.indicator().code().equals(indicatorCode))) {
      throw ProblemException.invalid("indicatorCode", "is not an indicator your unit reports");
    }
    if (bytes == null || bytes.length == 0) {
      throw ProblemException.invalid("body", "send the file as the request body");
    }
    if (bytes.length > config.attachments().maxFileBytes()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A file may be at most "
          + config.attachments().maxFileBytes() / (1024 * 1024) + " MB");
    }
    long used = Attachment.<Attachment>ofSubmission(s.id).stream().mapToLong(a -> a.sizeBytes).sum();
    if (used + bytes.length > config.attachments().maxSubmissionBytes()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The submission's evidence may be at most "
          + config.attachments().maxSubmissionBytes() / (1024 * 1024) + " MB in all");
    }
    String mediaType = ContentSniffer.mediaType(bytes).orElseThrow(() -> new ProblemException(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "Evidence must be a PDF, PNG, JPEG, XLSX or CSV file; this file's content is none of these"));
    Attachment a = new Attachment();
    a.submissionId = s.id;
    a.kecamatanId = s.kecamatanId;
    a.indicatorCode = indicatorCode;
    a.filename = cleanName(filename);
    a.mediaType = mediaType;
    a.sizeBytes = bytes.length;
    a.sha256 = sha256(bytes);
    a.uploadedBy = access.user().id();
    a.uploadedAt = clock.instant();
    a.persist();
    for (int seq = 0, offset = 0; offset < bytes.length; seq++, offset += CHUNK) {
      em.createNativeQuery("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, ?3)")
          .setParameter(1, a.id).setParameter(2, seq)
          .setParameter(3, Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK)))
          .executeUpdate();
    }
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    audit.record(access.user().user(), grant, AuditLog.Entry.of("attachment.uploaded", "submission", s.id,
        k.kabupatenId, k.id).detail(a.filename + " " + mediaType + " " + a.sizeBytes + "B sha256=" + a.sha256));
    return AttachmentView.of(a);
  }

  public Download download(long id) {
    Attachment a = Attachment.findById(id);
    if (a == null || a.deletedAt != null) {
      throw ProblemException.notFound("Attachment " + id);
    }
    submissions.submission(a.submissionId, Verb.SUBMISSION_READ, false);
    @SuppressWarnings("unchecked")
    List<byte[]> chunks = em.createNativeQuery(
            "SELECT data FROM attachment_chunk WHERE attachment_id = ?1 ORDER BY seq")
        .setParameter(1, a.id).getResultList();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) a.sizeBytes);
    chunks.forEach(out::writeBytes);
    return new Download(a, out.toByteArray());
  }

  @Transactional
  public void delete(long id) {
    Attachment a = Attachment.findById(id);
    if (a == null || a.deletedAt != null) {
      throw ProblemException.notFound("Attachment " + id);
    }
    Submission s = submissions.submission(a.submissionId, Verb.SUBMISSION_READ, true);
    Grant grant = access.canOrReject(Verb.SUBMISSION_EDIT, SubmissionService.targetOf(s), "Attachment " + id);
    submissions.requireEditable(s);
    a.deletedAt = clock.instant();
    a.deletedBy = access.user().id();
    Kecamatan k = Kecamatan.findById(s.kecamatanId);
    audit.record(access.user().user(), grant, AuditLog.Entry.of("attachment.deleted", "submission", s.id,
        k.kabupatenId, k.id).detail(a.filename + " sha256=" + a.sha256));
  }

  static String cleanName(String filename) {
    String name = filename == null ? "" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
    if (name.isEmpty()) {
      name = "lampiran";
    }
    return name.length() > 255 ? name.substring(name.length() - 255) : name;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
