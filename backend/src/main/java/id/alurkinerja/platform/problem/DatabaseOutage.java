package id.alurkinerja.platform.problem;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/**
 * Logs a database outage once, not a stack trace per request: the first failure of an incident is an
 * ERROR with its cause, later ones are counted; once no failure has been seen for {@link #QUIET} the
 * incident is over and its count is logged with the next one (or when it ends, see {@link #recovered}).
 */
public final class DatabaseOutage {

  /** What clients are told to wait before trying again. */
  public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  static final Duration QUIET = Duration.ofSeconds(60);
  private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
  private static final AtomicLong lastFailure = new AtomicLong();
  private static final AtomicLong failures = new AtomicLong();
  private static final AtomicReference<String> cause = new AtomicReference<>();

  private DatabaseOutage() {}

  /** A request met an unavailable database. */
  public static void noticed(Throwable e) {
    long now = System.nanoTime();
    long previous = lastFailure.getAndSet(now);
    boolean newIncident = previous == 0 || now - previous > QUIET.toNanos();
    if (newIncident) {
      long earlier = failures.getAndSet(1);
      cause.set(rootMessage(e));
      LOG.errorf("Database unavailable: %s. Requests answer 503 until it is back; further failures of this "
          + "incident are counted, not logged%s", cause.get(),
          earlier > 1 ? " (the previous incident had " + earlier + " failed requests)" : "");
    } else {
      failures.incrementAndGet();
    }
  }

  /** The database answered again (the readiness check saw it): the incident, if any, is over. */
  public static void recovered() {
    long count = failures.getAndSet(0);
    if (count > 0 && lastFailure.getAndSet(0) != 0) {
      LOG.warnf("Database available again after %d failed request(s) (%s)", count, cause.get());
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
