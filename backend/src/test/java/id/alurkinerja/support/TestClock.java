package id.alurkinerja.support;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock in tests: the system's, unless a test pins it to an instant (and moves it
 * on) to see deadlines pass. Tests that pin it release it when done.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock {

  private static volatile Instant pinned;

  public static final Clock CLOCK = new Pinnable(ZoneOffset.UTC);

  /** The system clock, or the pinned instant, in a zone. */
  private static final class Pinnable extends Clock {
    private final ZoneId zone;

    Pinnable(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new Pinnable(other);
    }

    @Override
    public Instant instant() {
      Instant at = pinned;
      return at != null ? at : Instant.now();
    }
  }

  @Produces
  @Singleton
  Clock clock() {
    return CLOCK;
  }

  public static void pin(Instant at) {
    pinned = at;
  }

  public static void release() {
    pinned = null;
  }
}
