package id.alurkinerja.attachments;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttachmentView", description = "An evidence file of a submission")
public record AttachmentView(
    @Schema(required = true) long id,
    @Schema(description = "The indicator it supports; absent for general evidence") String indicatorCode,
    @Schema(required = true) String filename,
    @Schema(required = true, description = "Detected from the content") String mediaType,
    @Schema(required = true) long sizeBytes,
    @Schema(required = true) String sha256,
    @Schema(required = true) Instant uploadedAt) {

  public static AttachmentView of(Attachment a) {
    return new AttachmentView(a.id, a.indicatorCode, a.filename, a.mediaType, a.sizeBytes, a.sha256,
        a.uploadedAt);
  }
}
