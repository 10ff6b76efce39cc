package id.alurkinerja.identity;

import id.alurkinerja.access.Access;
import id.alurkinerja.access.ApiScope;
import id.alurkinerja.access.Grant;
import id.alurkinerja.access.Role;
import id.alurkinerja.access.Verb;
import id.alurkinerja.audit.AuditDetails;
import id.alurkinerja.audit.AuditLog;
import id.alurkinerja.identity.AuthDtos.ClientTokenResponse;
import id.alurkinerja.identity.ServiceAccountDtos.SecretRotationRequest;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountCreateRequest;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountCredentials;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountPage;
import id.alurkinerja.identity.ServiceAccountDtos.ServiceAccountView;
import id.alurkinerja.org.OrgService;
import id.alurkinerja.platform.problem.FieldErrorCode;
import id.alurkinerja.platform.problem.ProblemException;
import id.alurkinerja.platform.problem.ProblemType;
import id.alurkinerja.platform.web.ETags;
import id.alurkinerja.platform.web.IdCursor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Service accounts of kabupaten systems (e-SAKIP, e-Kinerja, Inspektorat): a kabupaten ADMIN makes
 * them with the scopes they need, rotates and revokes their secrets; the systems trade client
 * credentials for short-lived tokens that read every kecamatan of that kabupaten and nothing else.
 */
@ApplicationScoped
public class ServiceAccountService {

  private static final int DEFAULT_VALID_DAYS = 365;

  @Inject Access access;
  @Inject OrgService org;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject TokenService tokens;

  public ServiceAccountPage list(long kabupatenId, int limit, String cursor) {
    manage(kabupatenId);
    long after = IdCursor.after(cursor);
    int size = IdCursor.size(limit);
    List<ServiceClient> clients = ServiceClient.find("kabupatenId = ?1 and id > ?2 order by id", kabupatenId, after)
        .page(0, size + 1).list();
    List<ServiceAccountView> items = clients.stream().limit(size).map(ServiceAccountView::of).toList();
    return new ServiceAccountPage(items, IdCursor.next(clients, size, items, ServiceAccountView::id));
  }

  public ServiceClient client(long id) {
    ServiceClient c = ServiceClient.findById(id);
    if (c == null) {
      throw ProblemException.notFound("Service account " + id);
    }
    manage(c.kabupatenId);
    return c;
  }

  @Transactional
  public ServiceAccountCredentials create(long kabupatenId, ServiceAccountCreateRequest request) {
    Grant grant = manage(kabupatenId);
    Instant now = clock.instant();
    AppUser account = new AppUser();
    account.username = "svc-" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    account.passwordHash = "!service-account"; // no bcrypt hash matches it, and it never logs in anyway
    account.fullName = request.name().trim();
    account.employment = Employment.NON_ASN;
    account.jabatan = "Akun layanan";
    account.kabupatenId = kabupatenId;
    account.active = true;
    account.accountKind = AccountKind.SERVICE;
    account.roles = EnumSet.of(Role.KABUPATEN);
    account.passwordChangedAt = now;
    account.updatedAt = now;
    account.persist();
    ServiceClient c = new ServiceClient();
    c.userId = account.id;
    c.kabupatenId = kabupatenId;
    c.clientId = account.username;
    c.name = account.fullName;
    c.scopes = ApiScope.claim(request.scopes());
    c.createdBy = access.user().id();
    c.updatedAt = now;
    String secret = newSecret(c, request.secretValidDays(), now);
    c.persist();
    record(grant, "service-account.created", c);
    ServiceClient.getEntityManager().flush();
    return new ServiceAccountCredentials(ServiceAccountView.of(c), c.clientId, secret);
  }

  @Transactional
  public ServiceAccountCredentials rotate(long id, String ifMatch, SecretRotationRequest request) {
    ServiceClient c = client(id);
    Grant grant = manage(c.kabupatenId);
    ETags.require(ifMatch, c.version);
    if (c.revokedAt != null) {
      throw new ProblemException(ProblemType.INVALID_STATE, "A revoked service account gets no new secret; make a new one");
    }
    Instant now = clock.instant();
    int keepHours = request.previousValidHours() == null ? 0 : request.previousValidHours();
    c.previousSecretHash = keepHours == 0 ? null : c.secretHash;
    c.previousSecretExpiresAt = keepHours == 0 ? null : min(c.secretExpiresAt, now.plus(Duration.ofHours(keepHours)));
    String secret = newSecret(c, request.secretValidDays(), now);
    c.updatedAt = now;
    record(grant, "service-account.secret-rotated", c);
    ServiceClient.getEntityManager().flush();
    return new ServiceAccountCredentials(ServiceAccountView.of(c), c.clientId, secret);
  }

  /** Revokes the account: no new token, and tokens already issued stop working at once. */
  @Transactional
  public ServiceAccountView revoke(long id) {
    ServiceClient c = client(id);
    Grant grant = manage(c.kabupatenId);
    if (c.revokedAt == null) {
      c.revokedAt = clock.instant();
      c.updatedAt = c.revokedAt;
      AppUser account = AppUser.findById(c.userId);
      account.active = false;
      account.updatedAt = c.revokedAt;
      record(grant, "service-account.revoked", c);
      ServiceClient.getEntityManager().flush();
    }
    return ServiceAccountView.of(c);
  }

  /**
   * OAuth 2.0 client credentials (RFC 6749 4.4): the same 401 whether the client is unknown, the
   * secret wrong or expired, or the account revoked. {@code scope} narrows the granted scopes.
   */
  @Transactional
  public ClientTokenResponse token(String clientId, String secret, String scope) {
    ServiceClient c = clientId == null ? null : ServiceClient.byClientId(clientId);
    Instant now = clock.instant();
    AppUser account = c == null ? null : AppUser.findById(c.userId);
    if (c == null || secret == null || c.revokedAt != null || account == null || !account.active
        || !c.accepts(secret, now)) {
      throw new ProblemException(ProblemType.INVALID_CLIENT,
          "The client_id or client_secret is wrong, the secret has expired, or the account was revoked");
    }
    Set<ApiScope> granted = c.scopeSet();
    Set<ApiScope> asked = EnumSet.noneOf(ApiScope.class);
    if (scope != null && !scope.isBlank()) {
      for (String code : scope.trim().split("\\s+")) {
        ApiScope s = ApiScope.of(code).filter(granted::contains).orElseThrow(() ->
            ProblemException.invalid("scope", FieldErrorCode.SCOPE_NOT_GRANTED, Map.of("scope", code)));
        asked.add(s);
      }
    }
    return tokens.issueForClient(account, c, asked.isEmpty() ? granted : asked);
  }

  private Grant manage(long kabupatenId) {
    return org.onKabupaten(kabupatenId, Verb.CLIENT_MANAGE);
  }

  private static String newSecret(ServiceClient c, Integer validDays, Instant now) {
    String secret = TokenService.newSecret();
    c.secretHash = TokenService.sha256(secret);
    c.secretExpiresAt = now.plus(Duration.ofDays(validDays == null ? DEFAULT_VALID_DAYS : validDays));
    return secret;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private void record(Grant grant, String action, ServiceClient c) {
    audit.record(access.user(), grant, AuditLog.Entry.of(action, "service-account", c.id, c.kabupatenId, null)
        .details(AuditDetails.builder().name(c.clientId).setting(c.scopes).build()));
  }
}
