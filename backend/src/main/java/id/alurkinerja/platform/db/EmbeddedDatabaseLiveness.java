package id.alurkinerja.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * With the embedded MariaDB, the app is only alive while its database process is: when mariadbd has
 * died (and until the watchdog has it running again) liveness is DOWN, so a supervisor that sees it
 * stay down restarts the app. With a configured database this check says nothing (readiness covers it).
 */
@Liveness
@ApplicationScoped
public class EmbeddedDatabaseLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    var embedded = EmbeddedMariaDb.current();
    if (embedded.isEmpty()) {
      return HealthCheckResponse.named("embedded-database").up().withData("embedded", false).build();
    }
    return HealthCheckResponse.named("embedded-database").status(embedded.get().isRunning())
        .withData("embedded", true).build();
  }
}
