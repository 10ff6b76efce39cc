package id.alurkinerja.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an issued document says, as printed on it: the public verification page shows these and
 * nothing else (no NIP of those who only initialled, no data beyond the letter's own).
 */
@Schema(name = "IssuedFacts", description = "What the issued document says, as printed on it")
public record IssuedFacts(
    @Schema(required = true, examples = "Surat pemberitahuan pengisian data kinerja") String title,
    @Schema(required = true, examples = "KECAMATAN BULU") String issuer,
    @Schema(required = true, examples = "PEMERINTAH KABUPATEN SUKOHARJO") String government,
    @Schema(examples = "000.1.5/017/Kec.Bulu/2026") String number,
    LocalDate date,
    @Schema(required = true, examples = "Permohonan Pengisian Data Kinerja Tahun 2026") String subject,
    @Schema(description = "The one addressee of a unit's copy") String copyFor,
    @Schema(required = true) List<Mark> approvals,
    @Schema(required = true, description = "The approved content version it was printed from") int contentVersion,
    @Schema(required = true, description = "SHA-256 of that content version (what the officials approved)")
    String contentSha256) {

  /** A paraf or signature printed on the document. */
  @Schema(name = "IssuedMark")
  public record Mark(
      @Schema(required = true, examples = "SIGNATURE") String kind,
      @Schema(required = true, examples = "Camat Bulu") String capacity,
      @Schema(required = true) String name,
      @Schema(description = "Printed for the signer only") String nip,
      @Schema(required = true) Instant at) {}
}
