package id.alurkinerja.notifications;

import id.alurkinerja.access.Access;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Writes and reads in-app notifications. */
@ApplicationScoped
public class Notifications {

  /** The most a list answers at once. */
  public static final int PAGE = 50;

  @Inject EntityManager em;
  @Inject Access access;
  @Inject Clock clock;

  /** What to tell one person. */
  public record Message(long userId, long kecamatanId, Long stepTaskId, NotificationKind kind, String title,
      String body, String link) {}

  /**
   * Tells each person once: a second message for the same person, task and kind (another instance
   * running the same check, a retry) is dropped by the database's unique key, not written twice.
   * Returns how many were new.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int send(List<Message> messages) {
    Instant now = clock.instant();
    int sent = 0;
    for (Message m : messages) {
      sent += em.createNativeQuery("INSERT IGNORE INTO notification (user_id, kecamatan_id, step_task_id, kind, "
          + "title, body, link, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
          .setParameter(1, m.userId()).setParameter(2, m.kecamatanId()).setParameter(3, m.stepTaskId())
          .setParameter(4, m.kind().name()).setParameter(5, cut(m.title(), 300)).setParameter(6, cut(m.body(), 1000))
          .setParameter(7, m.link()).setParameter(8, now).executeUpdate();
    }
    return sent;
  }

  /** The current user's notifications, newest first. */
  public List<Notification> mine(boolean unreadOnly) {
    return Notification.find("userId = ?1" + (unreadOnly ? " and readAt is null" : "") + " order by createdAt desc, id desc",
        access.user().id()).page(0, PAGE).list();
  }

  public long unreadCount() {
    return Notification.count("userId = ?1 and readAt is null", access.user().id());
  }

  /** Marks one of the current user's notifications read; someone else's is not found. */
  @Transactional
  public Notification markRead(long id) {
    Notification n = Notification.findById(id);
    if (n == null || !n.userId.equals(access.user().id())) {
      throw ProblemException.notFound("Notification " + id);
    }
    if (n.readAt == null) {
      n.readAt = clock.instant();
    }
    return n;
  }

  @Transactional
  public int markAllRead() {
    return Notification.update("readAt = ?1 where userId = ?2 and readAt is null", clock.instant(), access.user().id());
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
