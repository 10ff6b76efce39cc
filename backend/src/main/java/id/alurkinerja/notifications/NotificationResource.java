package id.alurkinerja.notifications;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The current user's in-app notifications (the bell). */
@Path("/v1/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "notifications")
public class NotificationResource {

  @Inject Notifications notifications;

  @Schema(name = "NotificationView", description = "Something the current user is told")
  public record NotificationView(
      @Schema(required = true) long id,
      @Schema(required = true) NotificationKind kind,
      @Schema(required = true, examples = "Tugas terlambat: Memvalidasi data kinerja") String title,
      @Schema(required = true) String body,
      @Schema(description = "Where in the SPA it leads, e.g. /rekap/12") String link,
      @Schema(description = "The task it is about") Long stepTaskId,
      @Schema(required = true) Instant createdAt,
      @Schema(description = "When it was read; null while unread") Instant readAt) {
    static NotificationView of(Notification n) {
      return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.stepTaskId, n.createdAt, n.readAt);
    }
  }

  @Schema(name = "NotificationList", description = "The newest notifications and how many are unread")
  public record NotificationList(@Schema(required = true) long unread,
      @Schema(required = true, description = "At most 50, newest first") List<NotificationView> items) {}

  @GET
  @Operation(operationId = "listMyNotifications", summary = "My notifications",
      description = "Tasks at risk (80 % of the mutu baku used) and overdue, newest first, with the unread count.")
  @APIResponse(responseCode = "200", description = "The notifications",
      content = @Content(schema = @Schema(implementation = NotificationList.class)))
  public NotificationList mine(@Parameter(description = "Only unread ones") @QueryParam("unread") boolean unread) {
    return new NotificationList(notifications.unreadCount(),
        notifications.mine(unread).stream().map(NotificationView::of).toList());
  }

  @POST
  @Path("/{notificationId}/read")
  @Operation(operationId = "markNotificationRead", summary = "Mark one notification read",
      description = "Only the current user's own notifications; another's answers 404.")
  @APIResponse(responseCode = "200", description = "The notification",
      content = @Content(schema = @Schema(implementation = NotificationView.class)))
  public NotificationView markRead(@PathParam("notificationId") long id) {
    return NotificationView.of(notifications.markRead(id));
  }

  @POST
  @Path("/read")
  @Operation(operationId = "markAllNotificationsRead", summary = "Mark all my notifications read",
      description = "Answers the list as it stands afterwards.")
  @APIResponse(responseCode = "200", description = "The notifications",
      content = @Content(schema = @Schema(implementation = NotificationList.class)))
  public NotificationList markAllRead() {
    notifications.markAllRead();
    return mine(false);
  }
}
