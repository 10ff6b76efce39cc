package id.alurkinerja.identity;

import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Slows down password guessing: too many failures for one account, or from one client address,
 * within the window answer 429 with Retry-After. Counting is the same whether the account exists
 * or not, so throttling reveals nothing. Failures live in the database, so the limit holds across
 * several instances.
 */
@ApplicationScoped
public class LoginThrottle {

  @Inject AlurConfig config;
  @Inject Clock clock;

  @Inject EntityManager em;

  /**
   * What failures count against: the account itself when the login names one (its username and its
   * NIP share one counter), otherwise the login as typed, so unknown accounts are throttled alike.
   */
  public static String accountKey(AppUser user, String login) {
    String key = user != null ? "user:" + user.id : "login:" + (login == null ? "" : login.trim().toLowerCase(Locale.ROOT));
    return key.length() > 64 ? key.substring(0, 64) : key;
  }

  /**
   * Locks the account's and the address's guard rows for this transaction, so concurrent logins of
   * one account (or from one address) check and count their failures one after another.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void guard(String accountKey, String address) {
    List<String> keys = Stream.of("account:" + accountKey, "address:" + address)
        .map(k -> k.length() > 100 ? k.substring(0, 100) : k).toList();
    // the rows exist before anyone locks them: creating and locking a new row at once deadlocks
    QuarkusTransaction.requiringNew().run(() -> keys.forEach(key -> em
        .createNativeQuery("INSERT IGNORE INTO login_guard (guard_key) VALUES (?1)").setParameter(1, key)
        .executeUpdate()));
    for (String key : keys) {
      em.createNativeQuery("SELECT guard_key FROM login_guard WHERE guard_key = ?1 FOR UPDATE")
          .setParameter(1, key).getResultList();
    }
  }


  public void check(String accountKey, String address) {
    AlurConfig.Auth.Throttle throttle = config.auth().throttle();
    Instant since = clock.instant().minus(window());
    refuseIfOver("accountKey", accountKey, since, throttle.maxFailuresPerAccount());
    refuseIfOver("clientAddress", address, since, throttle.maxFailuresPerAddress());
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void recordFailure(String accountKey, String address) {
    LoginFailure failure = new LoginFailure();
    failure.accountKey = accountKey;
    failure.clientAddress = address;
    failure.failedAt = clock.instant();
    failure.persist();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void clear(String accountKey) {
    LoginFailure.delete("accountKey", accountKey);
    LoginFailure.delete("failedAt < ?1", clock.instant().minus(window().multipliedBy(4)));
  }

  private void refuseIfOver(String column, String value, Instant since, int max) {
    long failures = LoginFailure.count(column + " = ?1 and failedAt > ?2", value, since);
    if (failures < max) {
      return;
    }
    Instant oldest = LoginFailure.find(column + " = ?1 and failedAt > ?2 order by failedAt desc",
            value, since)
        .page(max - 1, 1).<LoginFailure>firstResultOptional()
        .map(f -> f.failedAt).orElse(clock.instant());
    Duration retry = Duration.between(clock.instant(), oldest.plus(window()));
    throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
        "Too many failed logins; try again in " + Math.max(1, retry.toSeconds()) + " seconds")
        .retryAfter(retry.isNegative() ? Duration.ofSeconds(1) : retry);
  }

  private Duration window() {
    return Duration.ofMinutes(config.auth().throttle().windowMinutes());
  }
}
