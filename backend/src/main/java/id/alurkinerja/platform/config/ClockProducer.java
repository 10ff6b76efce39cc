package id.alurkinerja.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Time comes from one injected clock, so tests of deadlines and expiries can move it. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @jakarta.inject.Singleton
  Clock clock() {
    return Clock.systemUTC();
  }
}
