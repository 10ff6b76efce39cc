package id.alurkinerja.integration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the webhook endpoints. */
public final class WebhookDtos {

  private WebhookDtos() {}

  @Schema(name = "WebhookCreateRequest")
  public record WebhookCreateRequest(
      @Schema(required = true, description = "https URL the changes are POSTed to", examples = "https://sakip.sukoharjokab.go.id/hooks/alur")
      @NotBlank @Size(max = 2000) String url,
      @Schema(description = "Change types to send (e.g. form.dispatch, submission.return, recap.sign); absent: all")
      @Size(max = 30) List<@NotBlank @Size(max = 60) String> events,
      @Schema(description = "Start after this feed number (lastSeq of GET …/changes); absent: only changes from now on")
      @Min(0) Long afterSeq) {}

  @Schema(name = "WebhookView")
  public record WebhookView(
      @Schema(required = true) long id,
      @Schema(required = true) long kabupatenId,
      @Schema(required = true) String url,
      @Schema(description = "Absent: every change type") List<String> events,
      @Schema(required = true, description = "Changes up to this feed number are queued") long lastSeq,
      @Schema(required = true) boolean active,
      @Schema(description = "Why it stopped: too many failed attempts in a row") Instant disabledAt,
      @Schema(required = true) int consecutiveFailures,
      @Schema(required = true) Instant createdAt,
      @Schema(required = true) long version) {

    static WebhookView of(WebhookSubscription s) {
      return new WebhookView(s.id, s.kabupatenId, s.url, s.types(), s.lastSeq, s.active(), s.disabledAt,
          s.consecutiveFailures, s.createdAt, s.version);
    }
  }

  @Schema(name = "WebhookCreated", description = "Shown once: keep the secret to check the signatures")
  public record WebhookCreated(
      @Schema(required = true) WebhookView webhook,
      @Schema(required = true, description = "HMAC-SHA256 key of the Alur-Signature header") String secret) {}

  @Schema(name = "WebhookReplayRequest")
  public record WebhookReplayRequest(
      @Schema(required = true, description = "Send again every matching change after this feed number")
      @Min(0) long afterSeq) {}

  @Schema(name = "WebhookAttemptView")
  public record AttemptView(@Schema(required = true) Instant at, @Schema(description = "The receiver's HTTP status") Integer status,
      @Schema(description = "Why there was no answer") String error, @Schema(required = true) int millis) {}

  @Schema(name = "WebhookDeliveryView")
  public record DeliveryView(
      @Schema(required = true) long id,
      @Schema(required = true) String eventId,
      @Schema(required = true) long seq,
      @Schema(required = true) WebhookDelivery.Status status,
      @Schema(required = true) int attempts,
      @Schema(description = "When it is tried next, while pending") Instant nextAttemptAt,
      Instant deliveredAt,
      @Schema(required = true) List<AttemptView> attemptLog) {}

  @Schema(name = "WebhookDeliveryPage")
  public record DeliveryPage(@Schema(required = true) List<DeliveryView> items,
      @Schema(description = "Pass as cursor for the next (older) page") String nextCursor) {}

  @Schema(name = "WebhookPage")
  public record WebhookPage(@Schema(required = true) List<WebhookView> items) {}
}
