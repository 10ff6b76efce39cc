package id.alurkinerja.support;

import id.alurkinerja.access.Role;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Employment;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.org.UnitKind;
import id.alurkinerja.sop.SopBook;
import io.quarkus.arc.Arc;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** Builds each test's own data straight into the database, and mints tokens for its users. */
public final class Fixtures {

  public static final String PASSWORD = "rahasia-uji-123";
  private static final String HASH = BcryptUtil.bcryptHash(PASSWORD);
  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

  private Fixtures() {}

  /** A kecamatan with a pengelola subbag, a seksi, and one user per role. */
  public record World(long kabupatenId, long kecamatanId, String kecamatanName, long pengelolaUnitId,
      long seksiUnitId, Map<Role, AppUser> users) {
    public AppUser user(Role role) {
      return users.get(role);
    }

    public String token(Role role) {
      return Fixtures.token(users.get(role));
    }
  }

  public static String unique(String prefix) {
    return prefix + RUN + SEQ.incrementAndGet();
  }

  public static World world() {
    return QuarkusTransaction.requiringNew().call(() -> {
      Kabupaten kab = new Kabupaten();
      kab.code = unique("K");
      kab.name = "Kabupaten " + kab.code;
      kab.persist();
      return worldIn(kab.id);
    });
  }

  /** A second kecamatan in the same kabupaten as {@code other}. */
  public static World neighbourOf(World other) {
    return QuarkusTransaction.requiringNew().call(() -> worldIn(other.kabupatenId()));
  }

  private static World worldIn(long kabupatenId) {
    Kecamatan k = new Kecamatan();
    k.kabupatenId = kabupatenId;
    k.code = unique("C");
    k.name = "Kec " + k.code;
    k.timeZone = "Asia/Jakarta";
    k.updatedAt = Instant.now();
    k.persist();
    OrgUnit pengelola = unit(k, "PERKEU", "Subbag Perencanaan dan Keuangan", UnitKind.SUBBAG);
    OrgUnit seksi = unit(k, "PEM", "Seksi Pemerintahan", UnitKind.SEKSI);
    k.pengelolaUnitId = pengelola.id;
    Arc.container().instance(SopBook.class).get().current(k.id); // as a kecamatan gets its SOP when created
    Map<Role, AppUser> users = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      Long unitId = switch (role) {
        case STAF, KASUBBAG -> pengelola.id;
        case KASI -> seksi.id;
        default -> null;
      };
      AppUser u = user(kabupatenId, role == Role.KABUPATEN ? null : k.id, unitId, EnumSet.of(role));
      users.put(role, u);
    }
    return new World(kabupatenId, k.id, k.name, pengelola.id, seksi.id, users);
  }

  /** A kecamatan with the seven units of the demo and a head for each: (unit name → head's token). */
  public record FullKecamatan(World world, Map<String, Long> units, Map<String, String> heads) {}

  public static FullKecamatan fullKecamatan() {
    World w = world();
    return QuarkusTransaction.requiringNew().call(() -> {
      Kecamatan k = Kecamatan.findById(w.kecamatanId());
      Map<String, Long> units = new java.util.LinkedHashMap<>();
      Map<String, String> heads = new java.util.LinkedHashMap<>();
      units.put("Subbag Perencanaan dan Keuangan", w.pengelolaUnitId());
      heads.put("Subbag Perencanaan dan Keuangan", token(w.user(Role.KASUBBAG)));
      units.put("Seksi Pemerintahan", w.seksiUnitId());
      heads.put("Seksi Pemerintahan", token(w.user(Role.KASI)));
      String[][] more = {{"UMPEG", "Subbag Umum dan Kepegawaian", "SUBBAG"},
          {"TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", "SEKSI"},
          {"PMD", "Seksi Pemberdayaan Masyarakat dan Desa", "SEKSI"},
          {"KESOS", "Seksi Kesejahteraan Sosial", "SEKSI"},
          {"PELAYANAN", "Seksi Pelayanan Umum", "SEKSI"}};
      for (String[] u : more) {
        OrgUnit unit = unit(k, u[0], u[1], UnitKind.valueOf(u[2]));
        Role head = unit.kind == UnitKind.SUBBAG ? Role.KASUBBAG : Role.KASI;
        units.put(u[1], unit.id);
        heads.put(u[1], token(user(w.kabupatenId(), k.id, unit.id, EnumSet.of(head))));
      }
      return new FullKecamatan(w, units, heads);
    });
  }

  /** Another holder of {@code role} in {@code w}'s kecamatan, placed in {@code unitId} (null: no unit). */
  public static AppUser member(World w, Role role, Long unitId) {
    return QuarkusTransaction.requiringNew().call(() -> user(w.kabupatenId(),
        role == Role.KABUPATEN ? null : w.kecamatanId(), unitId, EnumSet.of(role)));
  }

  /** A kabupaten-level user (no kecamatan) of {@code kabupatenId}, e.g. a kabupaten ADMIN. */
  public static AppUser kabupatenUser(long kabupatenId, Role role) {
    return QuarkusTransaction.requiringNew().call(() -> user(kabupatenId, null, null, EnumSet.of(role)));
  }

  private static OrgUnit unit(Kecamatan k, String code, String name, UnitKind kind) {
    OrgUnit u = new OrgUnit();
    u.kecamatanId = k.id;
    u.code = code;
    u.name = name;
    u.kind = kind;
    u.reporting = true;
    u.active = true;
    u.updatedAt = Instant.now();
    u.persist();
    return u;
  }

  private static AppUser user(long kabupatenId, Long kecamatanId, Long unitId, Set<Role> roles) {
    AppUser u = new AppUser();
    u.username = unique("u");
    u.passwordHash = HASH;
    u.fullName = "Pengguna " + u.username;
    u.employment = Employment.NON_ASN;
    u.jabatan = "Jabatan uji";
    u.kabupatenId = kabupatenId;
    u.kecamatanId = kecamatanId;
    u.unitId = unitId;
    u.active = true;
    u.roles = EnumSet.copyOf(roles);
    u.passwordChangedAt = Instant.now();
    u.updatedAt = Instant.now();
    u.persist();
    return u;
  }

  /** A valid access token for {@code user}, signed with the app's key. */
  public static String token(AppUser user) {
    return Jwt.upn(user.username)
        .subject(String.valueOf(user.id))
        .groups(user.roles.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()))
        .issuer("alur-kinerja")
        .audience("alur-kinerja-api")
        .expiresIn(600)
        .sign();
  }
}
