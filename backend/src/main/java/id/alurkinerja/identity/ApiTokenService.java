package id.alurkinerja.identity;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.Credential;
import id.alurkinerja.access.CurrentUser;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.identity.ApiTokenDtos.ApiTokenCreateRequest;
import id.alurkinerja.identity.ApiTokenDtos.ApiTokenCreated;
import id.alurkinerja.identity.ApiTokenDtos.ApiTokenView;
import id.alurkinerja.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Personal API tokens for officials' scripts. A person makes them while logged in (not with another
 * API token, so a leaked token cannot make itself a successor); each carries at most its owner's
 * verbs, and their positions still decide where, read on every request.
 */
@ApplicationScoped
public class ApiTokenService {

  /** A person keeps at most this many tokens in force. */
  static final int MAX_ACTIVE = 20;

  @Inject Access access;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject TokenService tokens;

  public List<ApiTokenView> mine() {
    CurrentUser me = person();
    Instant now = clock.instant();
    return ApiToken.<ApiToken>list("userId = ?1 order by id desc", me.id()).stream()
        .map(t -> ApiTokenView.of(t, now)).toList();
  }

  @Transactional
  public ApiTokenCreated create(ApiTokenCreateRequest request) {
    CurrentUser me = person();
    Instant now = clock.instant();
    AppUser user = AppUser.findById(me.id());
    AppUser.getEntityManager().lock(user, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    if (ApiToken.count("userId = ?1 and revokedAt is null and expiresAt > ?2", me.id(), now) >= MAX_ACTIVE) {
      throw ProblemException.conflict("You have " + MAX_ACTIVE + " API tokens in force; revoke one first");
    }
    ApiToken t = new ApiToken();
    t.tokenId = UUID.randomUUID().toString();
    t.userId = me.id();
    t.name = request.name().trim();
    t.verbs = request.verbs() == null ? null
        : request.verbs().stream().map(Verb::code).sorted().collect(Collectors.joining(","));
    t.expiresAt = now.plus(Duration.ofDays(request.validDays()));
    t.persist();
    audit.record(me, null, AuditLog.Entry.of("api-token.created", "user", me.id(), user.kabupatenId, user.kecamatanId)
        .details(AuditDetails.builder().name(t.name).build()));
    ApiToken.getEntityManager().flush();
    ApiToken.getEntityManager().refresh(t);
    return new ApiTokenCreated(ApiTokenView.of(t, now), tokens.signApiToken(user, t));
  }

  @Transactional
  public void revoke(long id) {
    CurrentUser me = access.user();
    ApiToken t = ApiToken.findById(id);
    if (t == null || t.userId != me.id()) {
      throw ProblemException.notFound("API token " + id);
    }
    if (t.revokedAt == null) {
      t.revokedAt = clock.instant();
      AppUser user = AppUser.findById(me.id());
      audit.record(me, null, AuditLog.Entry.of("api-token.revoked", "user", me.id(), user.kabupatenId,
          user.kecamatanId).details(AuditDetails.builder().name(t.name).build()));
    }
  }

  /** The logged-in person: neither another API token nor a service account makes API tokens. */
  private CurrentUser person() {
    CurrentUser me = access.user();
    if (me.credential() != Credential.LOGIN) {
      throw ProblemException.forbidden("API tokens are made by a person logged in, not with a token");
    }
    return me;
  }
}
