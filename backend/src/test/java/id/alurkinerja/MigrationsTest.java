package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.platform.db.LandedMigrations;
import id.alurkinerja.support.TestInfra;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(TestInfra.class)
class MigrationsTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  /** A migration that has landed is never edited: a database that ran it would fail validation. */
  @Test
  void landedMigrationsAreNeverEdited() throws Exception {
    Map<String, String> landed = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("src/test/resources/landed-migrations.sha256"))) {
      String[] parts = line.trim().split("\\s+");
      landed.put(parts[1], parts[0]);
    }
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        assertTrue(landed.containsKey(name), name + " is new: when it lands, add its SHA-256 to "
            + "src/test/resources/landed-migrations.sha256 (sha256sum " + name + ")");
        assertEquals(landed.get(name), sha256(file), name + " has landed and must not change; "
            + "write a new migration instead");
      }
    }
  }

  /** A database created with the first V1 (edited later, before this guard) still migrates to today. */
  @Test
  void aDatabaseCreatedWithTheFirstV1MigratesToToday() throws SQLException {
    String scratch = "ak_first_v1_" + System.nanoTime();
    String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String user = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.username", String.class)
        .orElse("root");
    String password = ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class)
        .orElse("");
    String scratchUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + scratch + "$1");
    try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE `" + scratch + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try {
      Flyway.configure().dataSource(scratchUrl, user, password).locations("classpath:db/first-v1").load()
          .migrate();
      // without the repair, today's migrations refuse the database
      assertThrows(FlywayValidateException.class, () -> Flyway.configure()
          .dataSource(scratchUrl, user, password).locations("classpath:db/migration").load().migrate());
      Flyway.configure().dataSource(scratchUrl, user, password).locations("classpath:db/migration")
          .callbacks(new LandedMigrations.FirstV1Repair()).load().migrate();
      try (Connection c = DriverManager.getConnection(scratchUrl, user, password);
          ResultSet capacity = c.getMetaData().getColumns(scratch, null, "audit_event", "capacity")) {
        assertTrue(capacity.next(), "V8 adds the audit trail's capacity column the first V1 lacked");
      }
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
        s.execute("DROP DATABASE `" + scratch + "`");
      }
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
