package id.alurkinerja.identity;

import id.alurkinerja.access.Actor;
import id.alurkinerja.access.ApiScope;
import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AuthDtos.ClientTokenResponse;
import id.alurkinerja.identity.AuthDtos.TokenResponse;
import id.alurkinerja.platform.config.AlurConfig;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Issues the access token (RS256, short-lived, names the user) and the refresh token (opaque,
 * stored hashed, one family per login so a reused token can revoke the whole chain).
 */
@ApplicationScoped
public class TokenService {

  public static final String CLAIM_KABUPATEN = "kabupaten_id";
  public static final String CLAIM_KECAMATAN = "kecamatan_id";
  public static final String CLAIM_UNIT = "unit_id";
  public static final String CLAIM_SESSION = "sid";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject AlurConfig config;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.MANDATORY)
  public TokenResponse issue(AppUser user, Set<Role> actingRoles, String familyId) {
    Instant now = clock.instant();
    Duration accessLife = Duration.ofSeconds(config.auth().accessTokenSeconds());
    var claims = Jwt.upn(user.username)
        .subject(String.valueOf(user.id))
        .groups(groupsOf(user, actingRoles))
        .issuedAt(now)
        .expiresAt(now.plus(accessLife))
        .claim(CLAIM_KABUPATEN, user.kabupatenId)
        .claim(CLAIM_SESSION, familyId);
    if (user.kecamatanId != null) {
      claims.claim(CLAIM_KECAMATAN, user.kecamatanId);
    }
    if (user.unitId != null) {
      claims.claim(CLAIM_UNIT, user.unitId);
    }
    String accessToken = claims.jws().keyId("alur-1").sign();

    String refreshToken = randomToken();
    RefreshToken stored = new RefreshToken();
    stored.familyId = familyId;
    stored.userId = user.id;
    stored.tokenHash = sha256(refreshToken);
    stored.issuedAt = now;
    stored.expiresAt = now.plus(Duration.ofHours(config.auth().refreshTokenHours()));
    stored.persist();
    return new TokenResponse(accessToken, refreshToken, "Bearer", accessLife.toSeconds(),
        Duration.between(now, stored.expiresAt).toSeconds());
  }

  /**
   * A client-credentials access token (RFC 6749 4.4) for a service account: as short-lived as a
   * person's, with the KABUPATEN role, the granted scopes and the client it was issued to.
   */
  public ClientTokenResponse issueForClient(AppUser account, ServiceClient client, Set<ApiScope> scopes) {
    Instant now = clock.instant();
    Duration life = Duration.ofSeconds(config.auth().accessTokenSeconds());
    String scope = ApiScope.claim(scopes);
    String token = Jwt.upn(account.username)
        .subject(String.valueOf(account.id))
        .groups(groupsOf(account, Set.of()))
        .issuedAt(now)
        .expiresAt(now.plus(life))
        .claim(CLAIM_KABUPATEN, account.kabupatenId)
        .claim(Actor.CLAIM_KIND, "service")
        .claim(Actor.CLAIM_CLIENT, client.clientId)
        .claim(Actor.CLAIM_SCOPE, scope)
        .jws().keyId("alur-1").sign();
    return new ClientTokenResponse(token, "Bearer", life.toSeconds(), scope);
  }

  /** The signed token of a personal API token: it names the user and the token, and ends when it does. */
  public String signApiToken(AppUser user, ApiToken token) {
    return Jwt.upn(user.username)
        .subject(String.valueOf(user.id))
        .groups(groupsOf(user, Set.of()))
        .issuedAt(clock.instant())
        .expiresAt(token.expiresAt)
        .claim(Actor.CLAIM_API_TOKEN, token.tokenId)
        .claim(Actor.CLAIM_KIND, "api-token")
        .claim(CLAIM_KABUPATEN, user.kabupatenId)
        .jws().keyId("alur-1").sign();
  }

  /** A secret of 256 random bits, URL-safe: a refresh token, a client secret. */
  public static String newSecret() {
    return randomToken();
  }

  /** The JWT groups: the user's own roles and those held as Plt./Plh. */
  private static Set<String> groupsOf(AppUser user, Set<Role> actingRoles) {
    Set<String> groups = new TreeSet<>();
    user.roles.forEach(r -> groups.add(r.name()));
    actingRoles.forEach(r -> groups.add(r.name()));
    return groups;
  }

  public static String newFamily() {
    return UUID.randomUUID().toString();
  }

  public static String sha256(String value) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
