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

  @Schema(name = "Letterhead", description = "The kecamatan's kop surat as documents print it")
  public record LetterheadView(
      @Schema(required = true, examples = "PEMERINTAH KABUPATEN SUKOHARJO") String government,
      @Schema(required = true, examples = "KECAMATAN BULU") String office,
      String address,
      String contact,
      @Schema(required = true, description = "Written before the date", examples = "Bulu") String place,
      @Schema(required = true, description = "The letter's tembusan, in order") java.util.List<String> tembusan,
      @Schema(required = true) boolean hasLogo,
      @Schema(examples = "image/png") String logoType) {}

  @Schema(name = "LetterheadSettings", description = "What an ADMIN sets of the kop surat")
  public record LetterheadSettings(
      @Schema(examples = "Jalan Raya Bulu No. 1, Kode Pos 57563") @jakarta.validation.constraints.Size(max = 300)
      String address,
      @Schema(examples = "Telepon (0271) 000000, Pos-el kec.bulu@example.go.id")
      @jakarta.validation.constraints.Size(max = 300) String contact,
      @Schema(description = "Written before the date; the kecamatan's name when empty")
      @jakarta.validation.constraints.Size(max = 120) String place,
      @Schema(description = "The letter's tembusan, in order")
      @jakarta.validation.constraints.Size(max = 10)
      java.util.List<@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Size(max = 190) String>
      tembusan) {}
}
