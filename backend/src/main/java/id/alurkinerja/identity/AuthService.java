package id.alurkinerja.identity;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AuthDtos.TokenResponse;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Login, refresh-token rotation with reuse detection, logout, and password changes. */
@ApplicationScoped
public class AuthService {

  /** Checked when the account does not exist, so both cases take the same time. */
  private static final String DUMMY_HASH = BcryptUtil.bcryptHash("no-such-account-dummy-password");

  @Inject TokenService tokens;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;
  @Inject AlurConfig config;

  /**
   * Checks the password. A failure is recorded and committed before the 401 is thrown, so the
   * throttle counts it; the answer is the same whether the account exists or not.
   */
  public TokenResponse login(String login, String password, String clientAddress) {
    TokenResponse issued = QuarkusTransaction.requiringNew().call(() -> {
      AppUser user = AppUser.findByLogin(login.trim());
      String key = LoginThrottle.accountKey(user, login);
      throttle.guard(key, clientAddress);
      throttle.check(key, clientAddress);
      boolean matches = BcryptUtil.matches(password, user == null ? DUMMY_HASH : user.passwordHash);
      if (user == null || !matches || !user.active) {
        throttle.recordFailure(key, clientAddress);
        return null;
      }
      throttle.clear(key);
      return tokens.issue(user, actingRoles(user), TokenService.newFamily());
    });
    if (issued == null) {
      throw new ProblemException(ProblemType.INVALID_CREDENTIALS, "Username or password is wrong");
    }
    return issued;
  }

  /**
   * Rotates a refresh token. A token that was already used (a stolen copy, or a replay) revokes its
   * whole family; the revocation is committed before the 401 is thrown.
   */
  public TokenResponse refresh(String refreshToken) {
    TokenResponse issued = QuarkusTransaction.requiringNew().call(() -> rotate(refreshToken));
    if (issued == null) {
      throw new ProblemException(ProblemType.INVALID_REFRESH_TOKEN,
          "The refresh token is invalid, expired or revoked; log in again");
    }
    return issued;
  }

  private TokenResponse rotate(String refreshToken) {
    RefreshToken stored = RefreshToken.find("tokenHash", TokenService.sha256(refreshToken)).firstResult();
    Instant now = clock.instant();
    if (stored == null || stored.revokedAt != null || !stored.expiresAt.isAfter(now)) {
      return null;
    }
    Instant loggedIn = RefreshToken.getEntityManager()
        .createQuery("select min(r.issuedAt) from RefreshToken r where r.familyId = ?1", Instant.class)
        .setParameter(1, stored.familyId).getSingleResult();
    if (loggedIn.plus(Duration.ofHours(config.auth().sessionMaxHours())).isBefore(now)) {
      RefreshToken.revokeFamily(stored.familyId, "SESSION_EXPIRED", now);
      return null; // however often it was refreshed, a login ends after the maximum session time
    }
    int claimed = RefreshToken.update("usedAt = ?1 where id = ?2 and usedAt is null", now, stored.id);
    if (claimed == 0) { // used before, or by a concurrent refresh that won: reuse
      RefreshToken.revokeFamily(stored.familyId, "REUSED", now);
      return null;
    }
    AppUser user = AppUser.findById(stored.userId);
    if (user == null || !user.active) {
      return null;
    }
    return tokens.issue(user, actingRoles(user), stored.familyId);
  }

  @Transactional
  public void logout(String refreshToken) {
    RefreshToken stored = RefreshToken.find("tokenHash", TokenService.sha256(refreshToken)).firstResult();
    if (stored != null) {
      RefreshToken.revokeFamily(stored.familyId, "LOGOUT", clock.instant());
    }
  }

  /** Changes the user's own password and ends their other sessions. */
  @Transactional
  public void changePassword(long userId, String currentFamily, String current, String next) {
    AppUser user = AppUser.findById(userId);
    if (!BcryptUtil.matches(current, user.passwordHash)) {
      throw ProblemException.invalid("currentPassword", FieldErrorCode.NOT_CURRENT_PASSWORD);
    }
    setPassword(user, next, "newPassword");
    RefreshToken.update("revokedAt = ?1, revokedReason = 'PASSWORD_CHANGED' "
        + "where userId = ?2 and revokedAt is null and familyId <> ?3", clock.instant(), userId,
        currentFamily == null ? "" : currentFamily);
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void setPassword(AppUser user, String password, String field) {
    PasswordPolicy.problem(field, password, user.username, user.nip).ifPresent(error -> {
      throw new ProblemException(ProblemType.VALIDATION_FAILED, field + " " + error.message(), List.of(error));
    });
    user.passwordHash = BcryptUtil.bcryptHash(password);
    user.passwordChangedAt = clock.instant();
    user.updatedAt = clock.instant();
  }

  private Set<Role> actingRoles(AppUser user) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    ActingAssignment.inForce(user.id, clock).forEach(acting -> roles.add(acting.role));
    return roles;
  }

}
