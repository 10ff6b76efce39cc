package id.alurkinerja.demo;

import id.alurkinerja.access.Role;
import id.alurkinerja.cycles.Cycle;
import id.alurkinerja.forms.FormService;
import id.alurkinerja.identity.AppUser;
import id.alurkinerja.identity.Employment;
import id.alurkinerja.identity.UserDirectory;
import id.alurkinerja.org.Kabupaten;
import id.alurkinerja.org.Kecamatan;
import id.alurkinerja.org.OrgUnit;
import id.alurkinerja.org.UnitKind;
import id.alurkinerja.platform.config.AlurConfig;
import id.alurkinerja.platform.problem.DatabaseErrors;
import id.alurkinerja.sop.SopBook;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Seeds the demo: Kabupaten Sukoharjo, Kecamatan Bulu, its seven units, a login for every role
 * and unit, and last year's (2025) form imported from the demo CSV. People and NIPs are fictitious. Runs only with {@code alur.demo.enabled} (the embedded
 * default), and only once: an existing Kecamatan Bulu is left as it is.
 */
@ApplicationScoped
public class DemoSeeder {

  public static final String PASSWORD = "kinerja-demo";
  public static final String KECAMATAN_CODE = "33.11.02";
  /** The kabupaten's own administrator: opens kecamatan, manages its officers and service accounts. */
  public static final String KABUPATEN_ADMIN = "admin.kabupaten";
  private static final Logger LOG = Logger.getLogger(DemoSeeder.class);

  record UnitSeed(String code, String name, UnitKind kind) {}

  record UserSeed(String username, String name, String nip, String jabatan, String pangkat,
      String unitCode, Role role) {}

  static final List<UnitSeed> UNITS = List.of(
      new UnitSeed("UMPEG", "Subbag Umum dan Kepegawaian", UnitKind.SUBBAG),
      new UnitSeed("PERKEU", "Subbag Perencanaan dan Keuangan", UnitKind.SUBBAG),
      new UnitSeed("PEM", "Seksi Pemerintahan", UnitKind.SEKSI),
      new UnitSeed("TRANTIB", "Seksi Ketenteraman dan Ketertiban Umum", UnitKind.SEKSI),
      new UnitSeed("PMD", "Seksi Pemberdayaan Masyarakat dan Desa", UnitKind.SEKSI),
      new UnitSeed("KESOS", "Seksi Kesejahteraan Sosial", UnitKind.SEKSI),
      new UnitSeed("PELAYANAN", "Seksi Pelayanan Umum", UnitKind.SEKSI));

  /** The logins printed at start-up and listed in the README. All fictitious. */
  public static final List<UserSeed> USERS = List.of(
      new UserSeed("camat", "Drs. Bagus Wicaksono, M.Si.", "197504122000031004", "Camat Bulu",
          "Pembina (IV/a)", null, Role.CAMAT),
      new UserSeed("sekcam", "Sri Rahayuningsih, S.Sos.", "197809232003122006",
          "Sekretaris Kecamatan Bulu", "Penata Tk. I (III/d)", null, Role.SEKCAM),
      new UserSeed("kasubbag", "Hendra Kusumawardana, S.E.", "198102172006041009",
          "Kepala Subbag Perencanaan dan Keuangan", "Penata (III/c)", "PERKEU", Role.KASUBBAG),
      new UserSeed("staf", "Dewi Anggraeni, A.Md.", "199305082019032015",
          "Pengelola Data Kinerja", "Pengatur Tk. I (II/d)", "PERKEU", Role.STAF),
      new UserSeed("kasi", "Agus Setyawan, S.IP.", "198007142005011012",
          "Kepala Seksi Pemerintahan", "Penata (III/c)", "PEM", Role.KASI),
      new UserSeed("staf.pem", "Rina Puspitasari", null, "Staf Seksi Pemerintahan", null, "PEM",
          Role.STAF),
      new UserSeed("kasubbag.umum", "Tri Handayani, S.H.", "198206302008012011",
          "Kepala Subbag Umum dan Kepegawaian", "Penata (III/c)", "UMPEG", Role.KASUBBAG),
      new UserSeed("staf.umum", "Yusuf Maulana", "199611022022211003", "Pengelola Kepegawaian",
          "PPPK (IX)", "UMPEG", Role.STAF),
      new UserSeed("arsip", "Siti Nurhalimah", "198911192014022004", "Pengadministrasi Umum",
          "Pengatur (II/c)", "UMPEG", Role.ARSIP),
      new UserSeed("kasi.trantib", "Bambang Prasetyo, S.Sos.", "197912052006041011",
          "Kepala Seksi Ketenteraman dan Ketertiban Umum", "Penata (III/c)", "TRANTIB", Role.KASI),
      new UserSeed("staf.trantib", "Eko Saputro", null, "Staf Seksi Trantib", null, "TRANTIB",
          Role.STAF),
      new UserSeed("kasi.pmd", "Lestari Wulandari, S.P.", "198304262009022008",
          "Kepala Seksi Pemberdayaan Masyarakat dan Desa", "Penata (III/c)", "PMD", Role.KASI),
      new UserSeed("staf.pmd", "Fajar Nugroho", "199708152020121007", "Pengelola Data Desa",
          "Pengatur (II/c)", "PMD", Role.STAF),
      new UserSeed("kasi.kesos", "Nur Aini Rahmawati, S.Sos.", "198510032010012016",
          "Kepala Seksi Kesejahteraan Sosial", "Penata Muda Tk. I (III/b)", "KESOS", Role.KASI),
      new UserSeed("staf.kesos", "Dimas Aryo Pamungkas", null, "Staf Seksi Kesejahteraan Sosial",
          null, "KESOS", Role.STAF),
      new UserSeed("kasi.pelayanan", "Wahyu Hidayat, S.Kom.", "198611212011011005",
          "Kepala Seksi Pelayanan Umum", "Penata Muda Tk. I (III/b)", "PELAYANAN", Role.KASI),
      new UserSeed("staf.pelayanan", "Intan Permatasari", "199902282023212009",
          "Pengelola Layanan PATEN", "PPPK (VII)", "PELAYANAN", Role.STAF),
      new UserSeed("admin", "Arif Budiman, S.Kom.", "198801102015031002",
          "Pranata Komputer Kecamatan Bulu", "Penata Muda (III/a)", "UMPEG", Role.ADMIN));

  @Inject AlurConfig config;
  @Inject FormService forms;
  @Inject UserDirectory directory;
  @Inject Clock clock;
  @Inject SopBook sop;

  @Inject EntityManager em;

  void onStart(@Observes StartupEvent event) {
    if (config.demo().enabled()) {
      seedOnce();
      printLogins();
    }
  }

  /**
   * Instances starting together on one empty database seed it once: each takes the seed lock row
   * first, so the second finds the kecamatan the first committed. On a Galera cluster the lock is per
   * node and a conflict aborts one transaction at commit; that one retries and finds it seeded.
   */
  public void seedOnce() {
    for (int attempt = 1; ; attempt++) {
      try {
        QuarkusTransaction.requiringNew().run(() -> {
          em.createNativeQuery("SELECT name FROM startup_lock WHERE name = 'demo-seed' FOR UPDATE")
              .getResultList();
          seed();
        });
        return;
      } catch (RuntimeException e) {
        if (attempt == 3 || !(DatabaseErrors.isTransient(e) || DatabaseErrors.isDuplicate(e))) {
          throw e;
        }
        LOG.infof("Demo seeding met another instance's (%s); trying again", e.getMessage());
      }
    }
  }

  private void printLogins() {
    int port = org.eclipse.microprofile.config.ConfigProvider.getConfig()
        .getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
    StringBuilder text = new StringBuilder("\n\n  Alur Kinerja siap: http://localhost:" + port + "/\n"
        + "  Kecamatan Bulu (demo). Semua login demo memakai kata sandi '" + PASSWORD + "':\n");
    for (UserSeed user : USERS) {
      text.append(String.format("    %-16s %s%n", user.username(), user.jabatan()));
    }
    text.append(String.format("    %-16s %s%n", "kabupaten", "Kabupaten Sukoharjo (hanya baca)"));
    text.append(String.format("    %-16s %s%n", KABUPATEN_ADMIN, "Administrator Kabupaten Sukoharjo (kecamatan, akun layanan)"));
    LOG.info(text);
  }

  void seed() {
    if (Kecamatan.findByCode(KECAMATAN_CODE) != null) {
      return;
    }
    Kabupaten sukoharjo = Kabupaten.findByCode("33.11");
    if (sukoharjo == null) {
      sukoharjo = new Kabupaten();
      sukoharjo.code = "33.11";
      sukoharjo.name = "Kabupaten Sukoharjo";
      sukoharjo.persist();
    }
    Kecamatan bulu = new Kecamatan();
    bulu.kabupatenId = sukoharjo.id;
    bulu.code = KECAMATAN_CODE;
    bulu.name = "Bulu";
    bulu.timeZone = "Asia/Jakarta";
    bulu.updatedAt = clock.instant();
    bulu.persist();
    Map<String, OrgUnit> units = new HashMap<>();
    int order = 10;
    for (UnitSeed seed : UNITS) {
      OrgUnit unit = new OrgUnit();
      unit.kecamatanId = bulu.id;
      unit.code = seed.code();
      unit.name = seed.name();
      unit.kind = seed.kind();
      unit.reporting = true;
      unit.active = true;
      unit.sortOrder = order;
      unit.updatedAt = clock.instant();
      order += 10;
      unit.persist();
      units.put(seed.code(), unit);
    }
    bulu.pengelolaUnitId = units.get("PERKEU").id;
    sop.current(bulu.id); // version 1 of its SOP, from the template
    String hash = BcryptUtil.bcryptHash(PASSWORD);
    for (UserSeed seed : USERS) {
      AppUser user = newUser(seed.username(), seed.name(), seed.nip(), seed.jabatan(), seed.pangkat(),
          hash, sukoharjo.id, seed.role());
      user.kecamatanId = bulu.id;
      user.unitId = seed.unitCode() == null ? null : units.get(seed.unitCode()).id;
      user.persist();
    }
    seedLastYearsForm(bulu, AppUser.findByLogin("staf"));
    AppUser kabupaten = newUser("kabupaten", "Ratna Dewi Kartika, S.E., M.M.", "198003112005022003",
        "Analis Kinerja Bagian Organisasi Setda", "Penata Tk. I (III/d)", hash, sukoharjo.id,
        Role.KABUPATEN);
    kabupaten.persist();
    AppUser kabupatenAdmin = newUser(KABUPATEN_ADMIN, "Yoga Pratama Wijaya, S.Kom.", "198506202010011008",
        "Pranata Komputer Ahli Muda Diskominfo", "Penata (III/c)", hash, sukoharjo.id, Role.ADMIN);
    kabupatenAdmin.persist();
    LOG.infof("Demo data seeded: Kecamatan Bulu (%s) with %d units and %d logins", sukoharjo.name,
        units.size(), USERS.size() + 2);
  }

  /** Kecamatan Bulu's first year in the system: 2025's format imported from the demo CSV. */
  private void seedLastYearsForm(Kecamatan bulu, AppUser staf) {
    Cycle cycle = new Cycle();
    cycle.kecamatanId = bulu.id;
    cycle.year = 2025;
    cycle.title = "Data Kinerja 2025";
    cycle.createdBy = staf.id;
    cycle.persist();
    try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/demo-form-2025.csv")) {
      String csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      forms.importCsv(cycle, csv, directory.current(staf));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private AppUser newUser(String username, String name, String nip, String jabatan, String pangkat,
      String hash, long kabupatenId, Role role) {
    AppUser user = new AppUser();
    user.username = username;
    user.fullName = name;
    user.nip = nip;
    user.employment = nip == null ? Employment.NON_ASN
        : pangkat != null && pangkat.startsWith("PPPK") ? Employment.PPPK : Employment.PNS;
    user.jabatan = jabatan;
    user.pangkatGolongan = pangkat;
    user.passwordHash = hash;
    user.kabupatenId = kabupatenId;
    user.active = true;
    user.roles = EnumSet.of(role);
    user.passwordChangedAt = clock.instant();
    user.updatedAt = clock.instant();
    return user;
  }
}
