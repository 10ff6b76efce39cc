package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the SPA's Playwright suite (frontend/e2e) in Debian's Chromium against this very Quarkus
 * instance, which serves the built SPA and the demo kecamatan. Without a browser the test fails on
 * CI (CI=true) and is reported as skipped, with the reason, elsewhere.
 */
@QuarkusTest
class BrowserEndToEndTest {

  @TestHTTPResource("/")
  URL baseUrl;

  @Test
  void playwrightSuitePassesAgainstTheRunningApp() throws Exception {
    String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
    if (!Files.isExecutable(Path.of(chromium))) {
      String reason = "No Chromium at " + chromium + ": install Debian's chromium package to run the "
          + "browser tests";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(reason);
      }
      System.err.println("SKIPPED browser end-to-end tests: " + reason);
      Assumptions.abort(reason);
    }
    Path frontend = Path.of(System.getProperty("repo.root", ".."), "frontend").toAbsolutePath();
    ProcessBuilder npx = new ProcessBuilder("npx", "playwright", "test")
        .directory(frontend.toFile())
        .redirectErrorStream(true);
    String base = baseUrl.toString().replaceAll("/$", "");
    npx.environment().put("BASE_URL", base);
    npx.environment().put("CHROMIUM_PATH", chromium);
    npx.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
    Process process = npx.start();
    // echo the suite's report into the build log, keeping its tail for the failure message
    java.util.Deque<String> tail = new java.util.ArrayDeque<>();
    Thread echo = new Thread(() -> {
      try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
          java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          System.out.println("[playwright] " + line);
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > 40) {
              tail.removeFirst();
            }
          }
        }
      } catch (java.io.IOException e) {
        System.out.println("[playwright] output lost: " + e.getMessage());
      }
    }, "playwright-output");
    echo.start();
    if (!process.waitFor(8, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("The Playwright suite did not finish within 8 minutes");
    }
    echo.join(10_000);
    synchronized (tail) {
      assertEquals(0, process.exitValue(), "Playwright suite failed; screenshots in " + frontend
          + File.separator + "test-results; last lines:\n" + String.join("\n", tail));
    }
  }
}
