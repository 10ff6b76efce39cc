package id.alurkinerja;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The scripts under scripts/ and every curl recipe of docs/api.md, run with bash against this server
 * and the demo kecamatan, so they work when pasted. They need jq: without it they are reported
 * skipped with the reason, and with CI=true that is a failure instead.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScriptsTest {

  private static final Path ROOT = Path.of(System.getProperty("repo.root", "..")).toAbsolutePath().normalize();
  private static Path work;

  @BeforeAll
  static void needsJq() throws Exception {
    boolean jq = new ProcessBuilder("sh", "-c", "command -v jq").start().waitFor() == 0;
    if (!jq && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("jq is missing; the scripts and recipes need it (apt-get install -y jq)");
    }
    assumeTrue(jq, "jq is missing (apt-get install -y jq): the scripts and recipes are not run");
    work = Files.createDirectories(Path.of("target", "scripts-run").toAbsolutePath());
  }

  private static String run(String script, String... env) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(work.toFile()).redirectErrorStream(true);
    builder.environment().put("ALUR_API", "http://localhost:" + RestAssured.port + "/api/v1");
    builder.environment().put("OUT", work.toString());
    for (int i = 0; i + 1 < env.length; i += 2) {
      builder.environment().put(env[i], env[i + 1]);
    }
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "the script did not end");
    String text = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), "the script failed:\n" + text);
    return text;
  }

  @Test
  @Order(1)
  void theSopWalkTakesAllSevenDemoUnitsThroughTheElevenStepsToASignedPdf() throws Exception {
    String out = run("bash " + ROOT.resolve("scripts/sop-walk.sh"));
    Matcher done = Pattern.compile("SOP selesai: rekap (\\d+) tahun (\\d+) SIGNED").matcher(out);
    assertTrue(done.find(), out);
    assertTrue(out.contains("satu dikembalikan lalu diperbaiki; ketujuh unit diverifikasi"), out);
    byte[] pdf = Files.readAllBytes(work.resolve("rekap-" + done.group(2) + ".pdf"));
    assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
  }

  @Test
  @Order(3)
  void theSopWalkCanStopWithTheRecapWaitingForTheCamatsSignature() throws Exception {
    String out = run("bash " + ROOT.resolve("scripts/sop-walk.sh"), "STOP_AT", "11");
    assertTrue(out.contains("Berhenti di langkah 11") && out.contains("(AWAITING_SIGNATURE)"), out);
    assertFalse(out.contains("SOP selesai"), out);
  }

  @Test
  @Order(2)
  void everyRecipeOfTheApiGuideWorksPastedInOrder() throws Exception {
    // the verification recipe needs submitted data: a second cycle stopped before step 7's verification
    String stopped = run("bash " + ROOT.resolve("scripts/sop-walk.sh"), "STOP_AT", "7");
    assertTrue(stopped.contains("Berhenti di langkah 7"), stopped);
    String guide = Files.readString(ROOT.resolve("docs/api.md"));
    Matcher blocks = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    StringBuilder script = new StringBuilder("set -euo pipefail\n");
    int count = 0;
    while (blocks.find()) {
      script.append(blocks.group(1)).append('\n');
      count++;
    }
    assertTrue(count >= 6, "docs/api.md has " + count + " recipes");
    String out = run(script.toString());
    for (String expected : List.of("\"state\": \"VERIFIED\"", "true", "arsip utuh", "\"status\": \"INTACT\"", "304",
        "next time: after=", "401", "Subbag Perencanaan dan Keuangan", "ratelimit-remaining")) {
      assertTrue(out.toLowerCase().contains(expected.toLowerCase()), "the recipes' output lacks " + expected + ":\n" + out);
    }
  }
}
