package id.alurkinerja.platform.db;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.DatabaseOutage;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Ready while the database answers {@code SELECT 1} within {@code alur.health.database-timeout}
 * (default 2 s): a frozen database makes the probe answer DOWN in that time, not hang. The body says
 * only what kind of failure it is; the cause (with the server's address) goes to the log.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class);

  /** Checks still waiting on a frozen socket are bounded too: at most this many at once. */
  private final ThreadPoolExecutor probes = new ThreadPoolExecutor(0, 4, 30, TimeUnit.SECONDS,
      new SynchronousQueue<>(), r -> {
        Thread thread = new Thread(r, "database-readiness");
        thread.setDaemon(true);
        return thread;
      });

  private final DataSource dataSource;
  private final Duration timeout;

  @Inject
  DatabaseReadiness(DataSource dataSource, AlurConfig config) {
    this(dataSource, config.health().databaseTimeout());
  }

  DatabaseReadiness(DataSource dataSource, Duration timeout) {
    this.dataSource = dataSource;
    this.timeout = timeout;
  }

  @Override
  public HealthCheckResponse call() {
    Future<?> probe;
    try {
      probe = probes.submit(() -> selectOne(timeout));
    } catch (RejectedExecutionException busy) {
      return down("earlier checks are still waiting for the database");
    }
    try {
      probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      DatabaseOutage.recovered();
      return HealthCheckResponse.named("database").up().build();
    } catch (TimeoutException e) {
      probe.cancel(true);
      return down("no answer within " + timeout.toMillis() + " ms");
    } catch (ExecutionException e) {
      LOG.debugf(e.getCause(), "Readiness: database unreachable");
      return down("unreachable");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return down("interrupted");
    }
  }

  private Void selectOne(Duration timeout) throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
      statement.execute("SELECT 1");
    }
    return null;
  }

  private static HealthCheckResponse down(String reason) {
    return HealthCheckResponse.named("database").down().withData("reason", reason).build();
  }

  @PreDestroy
  void stop() {
    probes.shutdownNow();
  }
}
