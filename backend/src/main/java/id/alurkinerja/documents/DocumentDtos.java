package id.alurkinerja.documents;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documents API's bodies. */
public final class DocumentDtos {

  private DocumentDtos() {}

  @Schema(name = "IssuedDocument", description = "A PDF the SOP issued: stored once, never changed")
  public record IssuedDocumentView(
      @Schema(required = true) long id,
      @Schema(required = true) IssuedKind kind,
      @Schema(required = true, examples = "Surat pemberitahuan pengisian data kinerja") String title,
      @Schema(required = true, examples = "form") String sourceType,
      @Schema(required = true) long sourceId,
      @Schema(required = true) int sourceVersion,
      @Schema(required = true, description = "SHA-256 of the approved content version it was printed from")
      String sourceSha256,
      @Schema(description = "The unit a copy is addressed to") Long addresseeUnitId,
      @Schema(description = "How the addressee of a copy reads") String addressee,
      @Schema(required = true, examples = "7K3M-9QXD-2HVA", description = "Verification code (on its QR)")
      String code,
      @Schema(required = true, description = "Public verification page of this document") String verifyUrl,
      @Schema(required = true, description = "SHA-256 of the PDF file") String sha256,
      @Schema(required = true) int sizeBytes,
      @Schema(required = true) int pages,
      @Schema(required = true) PdfSignature signature,
      @Schema(required = true, description = "Where to download the PDF (below /api)") String pdfPath,
      @Schema(required = true) Instant createdAt) {}

  @Schema(name = "DocumentVerification", description = "What the public verification page shows of a code")
  public record Verification(
      @Schema(required = true, examples = "7K3M-9QXD-2HVA") String code,
      @Schema(required = true) IssuedKind kind,
      @Schema(required = true) IssuedFacts facts,
      @Schema(required = true, description = "SHA-256 of the PDF as issued") String sha256,
      @Schema(required = true) int pages,
      @Schema(required = true) PdfSignature signature,
      @Schema(required = true) Instant issuedAt,
      @Schema(required = true, examples = "Asia/Jakarta", description = "The issuing kecamatan's time zone")
      String timeZone,
      @Schema(required = true, description = "False when a later document replaced this one (e.g. a ralat)")
      boolean current) {}

  @Schema(name = "DocumentHashCheck", description = "A hash to compare with the issued file's")
  public record HashCheck(
      @Schema(required = true, description = "SHA-256 of the file you hold, 64 lowercase hex digits")
      @jakarta.validation.constraints.NotNull
      @jakarta.validation.constraints.Pattern(regexp = "[0-9a-f]{64}", message = "SHA256") String sha256) {}

  @Schema(name = "DocumentHashResult", description = "Whether a presented file is the issued document")
  public record HashResult(
      @Schema(required = true) boolean matches,
      @Schema(required = true) String presentedSha256,
      @Schema(required = true) String issuedSha256,
      @Schema(required = true) Verification document) {}
}
