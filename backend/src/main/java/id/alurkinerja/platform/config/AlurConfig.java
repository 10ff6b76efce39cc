package id.alurkinerja.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The application's own settings (prefix {@code alur}); see the README's configuration table. */
@ConfigMapping(prefix = "alur")
public interface AlurConfig {

  /** Where the embedded database and generated keys live (read by Main before start-up). */
  @WithDefault("data")
  String dataDir();

  Demo demo();

  Bootstrap bootstrap();

  RateLimit rateLimit();

  Webhooks webhooks();

  /** Webhook deliveries (see WebhookDispatcher and docs/decisions/014). */
  interface Webhooks {
    /** How often each instance walks the feed and sends what is due (WEBHOOKS_EVERY; "off": never). */
    @WithDefault("5s")
    String every();

    /** The first retry waits this long, each further one twice as long, at most an hour. */
    @WithDefault("30s")
    java.time.Duration retryBase();

    /** A delivery is given up (FAILED) after this many attempts (WEBHOOKS_MAX_ATTEMPTS). */
    @WithDefault("8")
    int maxAttempts();

    /** A subscription is disabled after this many failed attempts in a row (WEBHOOKS_DISABLE_AFTER). */
    @WithDefault("20")
    int disableAfter();

    /** http:// URLs, for a test or a closed network only (WEBHOOKS_ALLOW_HTTP). */
    @WithDefault("false")
    boolean allowHttp();

    /** URLs resolving to loopback or private addresses (WEBHOOKS_ALLOW_PRIVATE_ADDRESSES). */
    @WithDefault("false")
    boolean allowPrivateAddresses();
  }

  /**
   * How many requests a machine client (a service account, a personal API token) may send per
   * minute, per instance (see docs/decisions/014); a person's browser session is not limited here.
   */
  interface RateLimit {
    /** RATE_LIMIT_PER_MINUTE. */
    @WithDefault("300")
    int perMinute();
  }

  /**
   * The one-time bootstrap of a production install: the first kabupaten ADMIN (and the kabupaten, if
   * new), made at start-up when the username is set and no user has it yet (see the README).
   */
  interface Bootstrap {
    /** BOOTSTRAP_ADMIN_USERNAME; nothing is bootstrapped without it. */
    java.util.Optional<String> adminUsername();

    /** BOOTSTRAP_ADMIN_PASSWORD: at least 10 characters; change it after the first login. */
    java.util.Optional<String> adminPassword();

    /** BOOTSTRAP_ADMIN_NAME, default "Administrator Kabupaten". */
    java.util.Optional<String> adminName();

    /** BOOTSTRAP_ADMIN_NIP: an 18-digit NIP makes the admin a PNS; absent, non-ASN. */
    java.util.Optional<String> adminNip();

    /** BOOTSTRAP_KABUPATEN_CODE, e.g. 33.11 (kode wilayah Kemendagri). */
    java.util.Optional<String> kabupatenCode();

    /** BOOTSTRAP_KABUPATEN_NAME, e.g. "Kabupaten Sukoharjo"; needed when the kabupaten is new. */
    java.util.Optional<String> kabupatenName();
  }

  Auth auth();

  Api api();

  Attachments attachments();

  Http http();

  interface Http {
    /** Behind a reverse proxy: the client's address comes from X-Forwarded-For (TRUST_PROXY). */
    @WithDefault("false")
    boolean trustProxy();

    /** The proxies whose X-Forwarded-For is believed, as addresses or CIDR ranges (TRUSTED_PROXIES). */
    @WithDefault("127.0.0.1/32,::1/128")
    java.util.List<String> trustedProxies();

    /** The bearer token /q/metrics asks for (METRICS_TOKEN); without one, only local scrapers are answered. */
    java.util.Optional<String> metricsToken();

    /** The address clients reach the app at, e.g. https://kinerja.sukoharjokab.go.id (PUBLIC_URL). */
    java.util.Optional<String> publicUrl();
  }

  interface Attachments {
    /** 20 MB per file by default. */
    @WithDefault("20971520")
    long maxFileBytes();

    /** 200 MB per submission by default. */
    @WithDefault("209715200")
    long maxSubmissionBytes();
  }

  interface Demo {
    /** Seed the demo kecamatan (Bulu) with its units and logins. */
    @WithDefault("false")
    boolean enabled();
  }

  interface Auth {
    int accessTokenSeconds();

    int refreshTokenHours();

    /** A login ends after this long, however often its refresh token was rotated (default 7 days). */
    @WithDefault("168")
    int sessionMaxHours();

    Throttle throttle();

    interface Throttle {
      int windowMinutes();

      int maxFailuresPerAccount();

      int maxFailuresPerAddress();
    }
  }

  interface Api {
    long maxJsonBytes();
  }

  Health health();

  Sla sla();

  Audit audit();

  /** The audit sealer's sweep (see AuditSealer): how often it seals what a crash left unsealed ("off": never). */
  interface Audit {
    @WithDefault("60s")
    String sealEvery();

    @WithDefault("30s")
    String sealDelay();
  }

  /** The SLA watch (see SlaWatch): how often it runs ("off" disables it) and how much one pass takes on. */
  interface Sla {
    @WithDefault("60s")
    String watchEvery();

    @WithDefault("500")
    int watchBatch();
  }

  Documents documents();

  /**
   * Issued PDFs: the PKCS#12 certificate they are signed with (PAdES), if any. Without one a
   * document's recorded SHA-256 and QR verification still prove it.
   */
  interface Documents {
    /** Path of the PKCS#12 file (DOCUMENT_SIGNING_KEYSTORE). */
    java.util.Optional<String> signingKeystore();

    /** Its password (DOCUMENT_SIGNING_PASSWORD). */
    java.util.Optional<String> signingPassword();

    /** The key's alias in it; the first key when absent (DOCUMENT_SIGNING_ALIAS). */
    java.util.Optional<String> signingAlias();
  }

  interface Health {
    /** How long the readiness check waits for the database's answer before it reports DOWN. */
    @WithDefault("2S")
    java.time.Duration databaseTimeout();
  }
}
