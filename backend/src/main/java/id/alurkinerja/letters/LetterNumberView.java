package id.alurkinerja.letters;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LetterNumberView", description = "An entry of the outgoing-letter register")
public record LetterNumberView(
    @Schema(required = true) long id,
    @Schema(required = true) long kecamatanId,
    @Schema(required = true) int year,
    @Schema(required = true) int seq,
    @Schema(required = true, examples = "000.1.5/017/Kec.Bulu/2026") String number,
    @Schema(required = true, description = "The day it was numbered") LocalDate letterDate,
    @Schema(required = true) String classification,
    @Schema(required = true) String subject,
    @Schema(required = true) LetterNumber.Kind kind,
    Long formId,
    @Schema(description = "Hash of the signed version the number belongs to") String signedSha256,
    @Schema(required = true) Instant createdAt) {

  public static LetterNumberView of(LetterNumber n) {
    return new LetterNumberView(n.id, n.kecamatanId, n.year, n.seq, n.number, n.letterDate,
        n.classification, n.subject, n.kind, n.formId, n.signedSha256, n.createdAt);
  }
}
