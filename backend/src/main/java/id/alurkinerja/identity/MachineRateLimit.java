package id.alurkinerja.identity;

import id.alurkinerja.access.Actor;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Rate limits per machine client: each service account and each personal API token has a bucket of
 * {@code alur.rate-limit.per-minute} requests, refilled evenly over the minute. Every answer to such
 * a client says where it stands ({@code RateLimit-Limit}, {@code -Remaining}, {@code -Reset}); past
 * the limit it gets 429 with {@code Retry-After} and nothing runs. Buckets live per instance.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 10)
public class MachineRateLimit implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String PROBE = MachineRateLimit.class.getName() + ".probe";
  /** Buckets of clients idle this long are forgotten (they would be full again anyway). */
  private static final long IDLE_NANOS = Duration.ofMinutes(2).toNanos();
  private static final int SWEEP_ABOVE = 10_000;

  private record Entry(Bucket bucket, long lastUsed) {}

  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

  @Inject JsonWebToken jwt;
  /** Looked up on use: a provider is made before the configuration mapping exists. */
  @Inject jakarta.enterprise.inject.Instance<AlurConfig> config;

  @Override
  public void filter(ContainerRequestContext request) {
    String client = clientKey();
    if (client == null) {
      return;
    }
    long now = System.nanoTime();
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(e -> now - e.lastUsed() > IDLE_NANOS);
    }
    Entry entry = buckets.compute(client, (k, old) -> new Entry(old == null ? newBucket() : old.bucket(), now));
    ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
    request.setProperty(PROBE, probe);
    if (!probe.isConsumed()) {
      Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
      throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "This client sent more than "
          + perMinute() + " requests in a minute; wait " + seconds(wait) + " s")
          .retryAfter(Duration.ofSeconds(seconds(wait)));
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(PROBE) instanceof ConsumptionProbe probe)) {
      return;
    }
    int limit = perMinute();
    long missing = limit - probe.getRemainingTokens();
    var headers = response.getHeaders();
    headers.putSingle("RateLimit-Limit", limit);
    headers.putSingle("RateLimit-Remaining", probe.getRemainingTokens());
    // seconds until the bucket is full again, refilled evenly over the minute
    headers.putSingle("RateLimit-Reset", probe.isConsumed() ? (missing * 60 + limit - 1) / limit
        : seconds(Duration.ofNanos(probe.getNanosToWaitForRefill())));
  }

  /** The machine client behind the request's token, or null for a person's login (or none). */
  private String clientKey() {
    if (jwt == null || jwt.getRawToken() == null) {
      return null;
    }
    String kind = jwt.getClaim(Actor.CLAIM_KIND);
    if ("service".equals(kind)) {
      return "service:" + jwt.getClaim(Actor.CLAIM_CLIENT);
    }
    if ("api-token".equals(kind)) {
      return "api-token:" + jwt.getClaim(Actor.CLAIM_API_TOKEN);
    }
    return null;
  }

  private int perMinute() {
    return config.get().rateLimit().perMinute();
  }

  private Bucket newBucket() {
    int limit = perMinute();
    return Bucket.builder().addLimit(Bandwidth.builder().capacity(limit).refillGreedy(limit, Duration.ofMinutes(1))
        .build()).build();
  }

  private static long seconds(Duration d) {
    return Math.max(1, (d.toMillis() + 999) / 1000);
  }
}
