package id.alurkinerja.attachments;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Evidence files kept in the database in 1 MiB chunks (several instances need no shared disk):
 * checked by content, size-limited, stored with their SHA-256, never really deleted. What a file is
 * evidence of, and who may add or read it, is for the feature that owns it (submissions).
 */
@ApplicationScoped
public class AttachmentStore {

  static final int CHUNK = 1024 * 1024;

  @Inject AlurConfig config;
  @Inject EntityManager em;

  /** A stored file's bytes and what was recorded about it. */
  public record Download(Attachment attachment, byte[] bytes) {}

  /** What the store accepts: the limits the API shows to clients. */
  public long maxFileBytes() {
    return config.attachments().maxFileBytes();
  }

  public long maxSubmissionBytes() {
    return config.attachments().maxSubmissionBytes();
  }

  /**
   * Bytes of a submission's evidence stored, deleted files included: they stay in the archive, so
   * deleting and uploading again cannot store without limit.
   */
  public long usedBy(long submissionId) {
    Number used = (Number) em.createNativeQuery(
            "SELECT COALESCE(SUM(size_bytes), 0) FROM attachment WHERE submission_id = ?1")
        .setParameter(1, submissionId).getSingleResult();
    return used.longValue();
  }

  /** Checks and stores one file of {@code submissionId}: 400 empty, 413 too large, 415 not an accepted type. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Attachment store(long submissionId, long kecamatanId, String indicatorCode, String filename, byte[] bytes,
      long userId, Instant at) {
    if (bytes == null || bytes.length == 0) {
      throw ProblemException.invalid("body", FieldErrorCode.EMPTY_BODY);
    }
    if (bytes.length > maxFileBytes()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "A file may be at most "
          + maxFileBytes() / (1024 * 1024) + " MB");
    }
    if (usedBy(submissionId) + bytes.length > maxSubmissionBytes()) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, "The submission's evidence may be at most "
          + maxSubmissionBytes() / (1024 * 1024) + " MB in all, deleted files included (they stay archived)");
    }
    String mediaType = ContentSniffer.mediaType(bytes).orElseThrow(() -> new ProblemException(
        ProblemType.UNSUPPORTED_MEDIA_TYPE,
        "Evidence must be a PDF, PNG, JPEG, XLSX or CSV file; this file's content is none of these"));
    Attachment a = new Attachment();
    a.submissionId = submissionId;
    a.kecamatanId = kecamatanId;
    a.indicatorCode = indicatorCode;
    a.filename = cleanName(filename, mediaType);
    a.mediaType = mediaType;
    a.sizeBytes = bytes.length;
    a.sha256 = sha256(bytes);
    a.uploadedBy = userId;
    a.uploadedAt = at;
    a.persist();
    for (int seq = 0, offset = 0; offset < bytes.length; seq++, offset += CHUNK) {
      em.createNativeQuery("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, ?3)")
          .setParameter(1, a.id).setParameter(2, seq)
          .setParameter(3, Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + CHUNK)))
          .executeUpdate();
    }
    return a;
  }

  /** A stored, not deleted file, or 404. */
  public Attachment find(long id) {
    Attachment a = Attachment.findById(id);
    if (a == null || a.deletedAt != null) {
      throw ProblemException.notFound("Attachment " + id);
    }
    return a;
  }

  public Download read(Attachment a) {
    @SuppressWarnings("unchecked")
    List<byte[]> chunks = em.createNativeQuery(
            "SELECT data FROM attachment_chunk WHERE attachment_id = ?1 ORDER BY seq")
        .setParameter(1, a.id).getResultList();
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) a.sizeBytes);
    chunks.forEach(out::writeBytes);
    return new Download(a, out.toByteArray());
  }

  /** Marks the file deleted; it stays in the archive and earlier rounds keep its hash. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void delete(Attachment a, long userId, Instant at) {
    a.deletedAt = at;
    a.deletedBy = userId;
  }

  /**
   * The name shown and offered for download: no path, no control, format or bidi characters (which
   * would let {@code Laporan\u202Eslx.bat} show as "Laporantab.xls"), and the extension of the type
   * the content really is.
   */
  static String cleanName(String filename, String mediaType) {
    String name = filename == null ? "" : filename.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1)
        .replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Co}\\p{Cs}\\p{Zl}\\p{Zp}\"]", "").strip();
    String extension = ContentSniffer.extension(mediaType);
    String base = name.replaceFirst("\\.[A-Za-z0-9]{1,10}$", "").strip();
    if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
      base = "lampiran";
    }
    int max = 255 - extension.length() - 1;
    if (base.length() > max) {
      base = base.substring(0, max);
    }
    return base + "." + extension;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
