package id.alurkinerja.identity;

import id.alurkinerja.access.Role;
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
    Set<String> groups = new TreeSet<>();
    user.roles.forEach(r -> groups.add(r.name()));
    actingRoles.forEach(r -> groups.add(r.name()));
    var claims = Jwt.upn(user.username)
        .subject(String.valueOf(user.id))
        .groups(groups)
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
