package id.alurkinerja.access;

import static id.alurkinerja.access.ScopeLevel.KABUPATEN;
import static id.alurkinerja.access.ScopeLevel.KABUPATEN_OFFICE;
import static id.alurkinerja.access.ScopeLevel.KECAMATAN;
import static id.alurkinerja.access.ScopeLevel.PENGELOLA;
import static id.alurkinerja.access.ScopeLevel.UNIT;

import id.alurkinerja.access.Role;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The role x verb matrix: which verbs each role grants, and how far. This table is the policy; the
 * code that applies it is {@link Access}. The domain brief's rule "the unit pengelola data kinerja
 * does steps 1, 2, 5, 8, 9" is the PENGELOLA level.
 */
public final class RolePolicy {

  private static final Map<Role, Map<Verb, ScopeLevel>> GRANTS = new EnumMap<>(Role.class);

  static {
    Map<Verb, ScopeLevel> everyone = Map.of(
        Verb.KECAMATAN_READ, KECAMATAN,
        Verb.UNIT_READ, KECAMATAN,
        Verb.FORM_READ, KECAMATAN,
        Verb.RECAP_READ, KECAMATAN);

    grant(Role.STAF, everyone, Map.of(
        Verb.FORM_CREATE, PENGELOLA,
        Verb.RECAP_EDIT, PENGELOLA,
        Verb.SLA_READ, PENGELOLA,
        Verb.SUBMISSION_READ, UNIT,
        Verb.SUBMISSION_EDIT, UNIT));
    grant(Role.KASUBBAG, everyone, Map.of(
        Verb.FORM_CORRECT, PENGELOLA,
        Verb.FORM_DISTRIBUTE, PENGELOLA,
        Verb.RECAP_VALIDATE, PENGELOLA,
        Verb.SLA_READ, PENGELOLA,
        Verb.ARCHIVE_READ, PENGELOLA,
        Verb.DISPATCH_RECEIVE, UNIT,
        Verb.SUBMISSION_READ, UNIT,
        Verb.SUBMISSION_EDIT, UNIT,
        Verb.SUBMISSION_SUBMIT, UNIT));
    grant(Role.KASI, everyone, Map.of(
        Verb.FORM_DISTRIBUTE, KECAMATAN,
        Verb.DISPATCH_RECEIVE, UNIT,
        Verb.SUBMISSION_READ, UNIT,
        Verb.SUBMISSION_EDIT, UNIT,
        Verb.SUBMISSION_SUBMIT, UNIT));
    grant(Role.SEKCAM, everyone, Map.of(
        Verb.USER_READ, KECAMATAN,
        Verb.AUDIT_READ, KECAMATAN,
        Verb.FORM_PARAF, KECAMATAN,
        Verb.SUBMISSION_READ, KECAMATAN,
        Verb.SUBMISSION_VERIFY, KECAMATAN,
        Verb.RECAP_PARAF, KECAMATAN,
        Verb.SLA_READ, KECAMATAN,
        Verb.ARCHIVE_READ, KECAMATAN));
    grant(Role.CAMAT, everyone, Map.of(
        Verb.USER_READ, KECAMATAN,
        Verb.AUDIT_READ, KECAMATAN,
        Verb.FORM_SIGN, KECAMATAN,
        Verb.SUBMISSION_READ, KECAMATAN,
        Verb.RECAP_SIGN, KECAMATAN,
        Verb.SLA_READ, KECAMATAN,
        Verb.ARCHIVE_READ, KECAMATAN));
    grant(Role.ARSIP, everyone, Map.of(
        Verb.LETTER_NUMBER, KECAMATAN,
        Verb.ARCHIVE_READ, KECAMATAN));
    grant(Role.ADMIN, Map.of(
        Verb.KECAMATAN_READ, KECAMATAN,
        Verb.UNIT_READ, KECAMATAN), Map.of(
        Verb.UNIT_MANAGE, KECAMATAN,
        Verb.USER_READ, KECAMATAN,
        Verb.USER_MANAGE, KECAMATAN,
        Verb.AUDIT_READ, KECAMATAN,
        Verb.CALENDAR_MANAGE, KECAMATAN,
        Verb.SOP_MANAGE, KECAMATAN,
        Verb.KECAMATAN_MANAGE, KABUPATEN_OFFICE,
        Verb.CLIENT_MANAGE, KABUPATEN_OFFICE));
    grant(Role.KABUPATEN, Map.of(), Map.of(
        Verb.KECAMATAN_READ, KABUPATEN,
        Verb.UNIT_READ, KABUPATEN,
        Verb.USER_READ, KABUPATEN,
        Verb.FORM_READ, KABUPATEN,
        Verb.SUBMISSION_READ, KABUPATEN,
        Verb.RECAP_READ, KABUPATEN,
        Verb.AUDIT_READ, KABUPATEN,
        Verb.SLA_READ, KABUPATEN,
        Verb.ARCHIVE_READ, KABUPATEN,
        Verb.WEBHOOK_MANAGE, KABUPATEN));
  }

  private RolePolicy() {}

  private static void grant(Role role, Map<Verb, ScopeLevel> common, Map<Verb, ScopeLevel> own) {
    Map<Verb, ScopeLevel> verbs = new EnumMap<>(Verb.class);
    verbs.putAll(common);
    verbs.putAll(own);
    GRANTS.put(role, Collections.unmodifiableMap(verbs));
  }

  /** How far {@code role} grants {@code verb}, or empty when it does not grant it at all. */
  public static Optional<ScopeLevel> level(Role role, Verb verb) {
    return Optional.ofNullable(GRANTS.getOrDefault(role, Map.of()).get(verb));
  }

  /** The position among {@code grants} that allows {@code verb} on {@code target}, own posts first. */
  public static Optional<Grant> allowing(List<Grant> grants, Verb verb, Target target) {
    return grants.stream()
        .filter(g -> level(g.role(), verb).map(l -> g.covers(l, target)).orElse(false))
        .sorted((a, b) -> Boolean.compare(a.acting() != null, b.acting() != null))
        .findFirst();
  }

  public static Map<Verb, ScopeLevel> verbsOf(Role role) {
    return GRANTS.getOrDefault(role, Map.of());
  }
}
