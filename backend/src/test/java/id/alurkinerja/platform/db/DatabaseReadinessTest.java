package id.alurkinerja.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** Readiness answers in its bound when the database is frozen or gone, and names no address. */
class DatabaseReadinessTest {

  @Test
  void aFrozenDatabaseMakesReadinessDownWithinItsBound() throws Exception {
    List<Socket> held = new ArrayList<>();
    // accepts connections and never answers: a frozen server (or a black-holed network path)
    try (ServerSocket frozen = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            held.add(frozen.accept());
          }
        } catch (Exception closed) {
          // the test is over
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      MariaDbDataSource ds = new MariaDbDataSource(
          "jdbc:mariadb://127.0.0.1:" + frozen.getLocalPort() + "/x?connectTimeout=5000&socketTimeout=10000");
      DatabaseReadiness readiness = new DatabaseReadiness(ds, Duration.ofSeconds(2));
      long start = System.nanoTime();
      HealthCheckResponse answer = readiness.call();
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
      assertTrue(millis < 3_500, "answered in " + millis + " ms");
      String data = String.valueOf(answer.getData().orElseThrow());
      assertFalse(data.contains("127.0.0.1") || data.contains(String.valueOf(frozen.getLocalPort())), data);
      readiness.stop();
    } finally {
      for (Socket s : held) {
        s.close();
      }
    }
  }

  @Test
  void aStoppedDatabaseIsDownAsUnreachable() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    DatabaseReadiness readiness = new DatabaseReadiness(
        new MariaDbDataSource("jdbc:mariadb://127.0.0.1:" + port + "/x?connectTimeout=1000"), Duration.ofSeconds(2));
    HealthCheckResponse answer = readiness.call();
    assertEquals(HealthCheckResponse.Status.DOWN, answer.getStatus());
    assertEquals("unreachable", answer.getData().orElseThrow().get("reason"));
    readiness.stop();
  }
}
