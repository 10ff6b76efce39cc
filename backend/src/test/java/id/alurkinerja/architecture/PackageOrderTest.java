package id.alurkinerja.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the SOP: each depends only on those below it, so a capability added to a
 * later step never reaches back into an earlier one (effects that go the other way are events).
 */
class PackageOrderTest {

  private static final String ROOT = "id.alurkinerja";

  /** Bottom to top; packages on one line are peers and may not depend on each other either. */
  static final List<List<String>> LAYERS = List.of(
      List.of("platform"),
      List.of("kinerja"),
      List.of("access"),
      List.of("audit"),
      List.of("org"),
      List.of("identity"),
      List.of("calendar", "notifications", "sop"),
      List.of("approvals"),
      List.of("workflow"),
      List.of("cycles"),
      List.of("forms"),
      List.of("letters", "distribution", "attachments"),
      List.of("submissions"),
      List.of("recaps"),
      List.of("documents"),
      List.of("sla"),
      List.of("tasks", "monitoring", "demo", "onboarding"),
      List.of("archive", "integration"));

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  @Test
  void noPackageCycles() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void everyPackageDependsOnlyOnThoseBelowIt() {
    for (int layer = 0; layer < LAYERS.size(); layer++) {
      for (String pkg : LAYERS.get(layer)) {
        List<String> forbidden = new ArrayList<>();
        for (int other = layer; other < LAYERS.size(); other++) {
          for (String higher : LAYERS.get(other)) {
            if (!higher.equals(pkg)) {
              forbidden.add(ROOT + "." + higher + "..");
            }
          }
        }
        forbidden.add(ROOT); // the application's entry point sits above everything
        if (!forbidden.isEmpty()) {
          noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
              .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
              .because(pkg + " sits below " + forbidden).check(CLASSES);
        }
      }
    }
  }

  @Test
  void everyPackageHasItsPlaceInTheOrder() throws IOException {
    Path main = Path.of("src/main/java/id/alurkinerja");
    List<String> placed = LAYERS.stream().flatMap(List::stream).sorted().toList();
    try (Stream<Path> dirs = Files.list(main)) {
      List<String> actual = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
      assertEquals(placed, actual, "add the new package to PackageOrderTest.LAYERS at its place in the SOP");
    }
  }

  /** No dependency hidden in an inline fully qualified name: the project's own types are imported. */
  @Test
  void theProjectsOwnTypesAreImportedNotNamedInline() throws IOException {
    Pattern inline = Pattern.compile("\\bid\\.alurkinerja\\.[a-z]+\\.[A-Za-z]");
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).trim();
          if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
              && !line.startsWith("//") && inline.matcher(line).find() && !line.contains("\"")) {
            offenders.add(file + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertTrue(offenders.isEmpty(), "import these instead:\n" + String.join("\n", offenders));
  }
}
