package io.budgetkit.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, defect 5 (library part): a write that fails, refused or part-way through, leaves the
 * previous output byte for byte as it was, and no temporary file behind.
 */
class AtomicWriteTest {

  private static final DepartmentBudget FIXTURE =
      Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
  /** The budget of the old output: the fixture under another name. */
  private static final DepartmentBudget OLD = OddTexts.inManifest(FIXTURE,
      s -> s.startsWith("秦皇岛") ? "旧" + s : s);
  /** A budget every writer refuses: a department name cut in a surrogate pair. */
  private static final DepartmentBudget REFUSED = OddTexts.inManifest(FIXTURE,
      s -> s.startsWith("秦皇岛") ? s + "\ud83d" : s);

  @TempDir
  Path dir;

  @BeforeEach
  void writeTheOldOutputs() {
    BudgetJson.defaults().write(OLD, dir.resolve("a.json"));
    BudgetCsv.standard().writeFolder(OLD, dir.resolve("csv"));
    TidyCsv.writeFolder(List.of(OLD), dir.resolve("tidy"));
    BudgetCsv.standard().writeZip(OLD, dir.resolve("b.zip"));
  }

  /** Every file under the folder, by relative path. */
  private Map<String, String> snapshot() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      Map<String, String> all = new TreeMap<>();
      for (Path f : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        all.put(dir.relativize(f).toString(),
            new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
      return all;
    }
  }

  @Test
  void aBudgetTheWriterRefusesLeavesEveryOldOutputAsItWas() throws IOException {
    Map<String, String> before = snapshot();
    assertThatThrownBy(() -> BudgetJson.defaults().write(REFUSED, dir.resolve("a.json")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetCsv.standard().writeFolder(REFUSED, dir.resolve("csv")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TidyCsv.writeFolder(List.of(REFUSED), dir.resolve("tidy")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BudgetCsv.standard().writeZip(REFUSED, dir.resolve("b.zip")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aWriteThatFailsPartWayLeavesEveryOldOutputAsItWas() throws Exception {
    // the repro: under ulimit -f the old code left truncated files, the old ones gone
    Map<String, String> before = snapshot();
    assertThat(before.get("a.json").length()).isGreaterThan(8 << 10);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p;
    try {
      p = new ProcessBuilder("bash", "-c", "ulimit -f 8 && exec \"$0\" \"$@\"", java,
          "-XX:-UsePerfData", "-Xshare:off", "-cp", System.getProperty("java.class.path"),
          WriteUnderFileSizeLimit.class.getName(), dir.toString())
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "bash is needed to set ulimit -f: " + e);
      return;
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // every write really failed: the file size limit stopped each one part-way
    assertThat(out).contains("json: UncheckedIOException", "csv: UncheckedIOException",
        "tidy: UncheckedIOException", "zip: UncheckedIOException");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aFileNameTakenByAFolderLeavesEveryOldFileAsItWas() throws IOException {
    Path csv = dir.resolve("csv");
    Files.delete(csv.resolve("assets.csv"));
    Files.createDirectory(csv.resolve("assets.csv"));
    Map<String, String> before = snapshot();
    assertThatThrownBy(() -> BudgetCsv.standard().writeFolder(FIXTURE, csv))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageEndingWith("assets.csv: is a folder; cannot replace it with a file");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aReadOnlyFolderLeavesTheOldFile() throws IOException {
    Path json = dir.resolve("a.json");
    Map<String, String> before = snapshot();
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      boolean enforced;
      try {
        Files.delete(Files.createFile(dir.resolve("probe")));
        enforced = false;
      } catch (AccessDeniedException e) {
        enforced = true;
      }
      assumeTrue(enforced, "permissions are enforced (not when run as root)");
      assertThatThrownBy(() -> BudgetJson.defaults().write(FIXTURE, json))
          .isInstanceOf(UncheckedIOException.class);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void aReplacedFileKeepsItsPermissionsAndNewOutputIsWritten() throws IOException {
    Path json = dir.resolve("a.json");
    Files.setPosixFilePermissions(json, PosixFilePermissions.fromString("rw-r-----"));
    BudgetJson.defaults().write(FIXTURE, json);
    assertThat(BudgetJson.defaults().read(json)).isEqualTo(FIXTURE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(json)))
        .isEqualTo("rw-r-----");
    BudgetCsv.standard().writeFolder(FIXTURE, dir.resolve("csv"));
    assertThat(BudgetCsv.standard().readFolder(dir.resolve("csv"))).isEqualTo(FIXTURE);
    try (Stream<Path> files = Files.list(dir.resolve("csv"))) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }
}
