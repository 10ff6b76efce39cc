package id.alurkinerja.support;

import id.alurkinerja.platform.db.EmbeddedMariaDb;
import id.alurkinerja.platform.keys.JwtKeyFiles;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one set of test resources: JWT keys, and the database — the MariaDB at DB_URL when set,
 * otherwise a fresh embedded MariaDB for this run.
 */
public class TestInfra implements QuarkusTestResourceLifecycleManager {

  private EmbeddedMariaDb embedded;

  @Override
  public Map<String, String> start() {
    Map<String, String> config = new HashMap<>();
    // application.properties (%test) names these files
    JwtKeyFiles.ensureIn(Path.of("target", "test-keys").toAbsolutePath());
    String dbUrl = System.getenv("DB_URL");
    if (dbUrl == null || dbUrl.isBlank()) {
      Path home = Path.of("target", "test-mariadb").toAbsolutePath();
      deleteRecursively(home);
      embedded = EmbeddedMariaDb.start(home, 0);
      config.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl("alurkinerja_test"));
      config.put("quarkus.datasource.username", "root");
      config.put("quarkus.datasource.password", "");
    }
    return config;
  }

  @Override
  public void stop() {
    if (embedded != null) {
      embedded.stop();
    }
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
