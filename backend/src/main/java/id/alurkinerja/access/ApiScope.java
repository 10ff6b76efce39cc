package id.alurkinerja.access;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The OAuth 2.0 scopes a kabupaten system's service account can be given, each a set of read verbs
 * (its role, KABUPATEN, decides where: every kecamatan of its own kabupaten). Every token may read
 * the kecamatan and their units, which is how it finds anything else.
 */
public enum ApiScope {
  FORMS_READ("forms:read", "Cycles, forms, their letters and issued documents", Verb.FORM_READ),
  SUBMISSIONS_READ("submissions:read", "The units' submissions and evidence", Verb.SUBMISSION_READ),
  /** A recap is reached through its cycle and form, so reading recaps includes reading forms. */
  RECAPS_READ("recaps:read", "Recaps (signed ones with their indicator values) and, to find them, cycles and forms",
      Verb.RECAP_READ, Verb.FORM_READ),
  SLA_READ("sla:read", "SOP monitoring: mutu baku against the real working time", Verb.SLA_READ),
  ARCHIVE_READ("archive:read", "Archive bundles of finished cycles", Verb.ARCHIVE_READ),
  AUDIT_READ("audit:read", "The audit trail and its verification", Verb.AUDIT_READ),
  USERS_READ("users:read", "The kecamatan's users and their positions", Verb.USER_READ),
  WEBHOOKS_MANAGE("webhooks:manage", "Register and manage the kabupaten's webhooks", Verb.WEBHOOK_MANAGE);

  /** What every service token may do, whatever its scopes. */
  public static final Set<Verb> ALWAYS = Set.of(Verb.KECAMATAN_READ, Verb.UNIT_READ);

  private final String code;
  private final String description;
  private final Set<Verb> verbs;

  ApiScope(String code, String description, Verb... verbs) {
    this.code = code;
    this.description = description;
    this.verbs = Set.of(verbs);
  }

  public String description() {
    return description;
  }

  /** Whether a token with this scope may use {@code verb}. */
  public boolean reaches(Verb verb) {
    return verbs.contains(verb) || ALWAYS.contains(verb);
  }

  @JsonValue
  public String code() {
    return code;
  }

  public static Optional<ApiScope> of(String code) {
    return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
  }

  /** The verbs {@code scopes} reach, {@link #ALWAYS} included. */
  public static Set<Verb> verbsOf(Collection<ApiScope> scopes) {
    Set<Verb> verbs = EnumSet.copyOf(ALWAYS);
    scopes.forEach(s -> verbs.addAll(s.verbs));
    return verbs;
  }

  /** Scopes as a token's space-separated {@code scope} claim (RFC 6749 3.3), in a stable order. */
  public static String claim(Collection<ApiScope> scopes) {
    return scopes.stream().distinct().sorted().map(ApiScope::code)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** A {@code scope} claim read back; unknown codes are ignored (a scope removed since issue). */
  public static Set<ApiScope> parse(String claim) {
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    if (claim != null) {
      for (String code : claim.trim().split("\\s+")) {
        of(code).ifPresent(scopes::add);
      }
    }
    return scopes;
  }

  @Override
  public String toString() {
    return code;
  }
}
