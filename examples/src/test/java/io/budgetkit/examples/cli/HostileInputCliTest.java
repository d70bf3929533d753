package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.io.json.BudgetJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against hostile input and failing output: the repros of issue 10 (items 5,
 * 6, 13, 14, 15 and 17) that concern the command itself rather than a reader.
 */
class HostileInputCliTest {

  static final Path SAMPLE_JSON = Path.of("samples/haigang-development-service-center-2025.json");
  static final Path SAMPLE_TEXT =
      Path.of("samples/haigang-development-service-center-2025.docx.txt");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  // ---- 13: the output is the input

  @Test
  void convertRefusesToWriteOverItsOwnInput() throws IOException {
    Path src = Files.copy(SAMPLE_TEXT, tmp.resolve("src.txt"));
    byte[] before = Files.readAllBytes(src);

    Run run = Run.of("convert", "--to", "json", src.toString(), "-o", src.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + src + ": refusing to overwrite the input " + src
        + "; write to another file or folder\n");
    assertThat(Files.readAllBytes(src)).isEqualTo(before);
  }

  @Test
  void convertRefusesToWriteOverItsInputThroughALink() throws IOException {
    Path src = Files.copy(SAMPLE_JSON, tmp.resolve("src.json"));
    Path link = Files.createSymbolicLink(tmp.resolve("link.json"), src);
    byte[] before = Files.readAllBytes(src);

    Run run = Run.of("convert", "--to", "json", src.toString(), "-o", link.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).contains("refusing to overwrite the input");
    assertThat(Files.readAllBytes(src)).isEqualTo(before);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void convertRefusesToWriteACsvFolderOverItself() throws IOException {
    Path folder = tmp.resolve("csv");
    assertThat(Run.of("convert", "--to", "csv", SAMPLE_JSON.toString(), "-o", folder.toString())
        .exit).isZero();
    Path manifest = folder.resolve("manifest.json");
    Files.writeString(manifest, Files.readString(manifest) + " ");   // still a valid manifest
    byte[] before = Files.readAllBytes(manifest);

    Run run = Run.of("convert", "--to", "csv", folder.toString(), "-o", folder.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).contains("refusing to overwrite the input");
    assertThat(Files.readAllBytes(manifest)).isEqualTo(before);
  }

  @Test
  void consolidateRefusesToWriteOverOneOfItsInputs() throws IOException {
    Path src = Files.copy(SAMPLE_JSON, tmp.resolve("src.json"));
    byte[] before = Files.readAllBytes(src);

    Run run = Run.of("consolidate", "--code", "000", "--name", "海港区", "-o", src.toString(),
        src.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).contains("refusing to overwrite the input " + src);
    assertThat(Files.readAllBytes(src)).isEqualTo(before);
  }

  // ---- 5: a failed write keeps the old output

  @Test
  void aBudgetTheFormatCannotHoldLeavesTheOldOutputUntouched() throws IOException {
    // A custom profile: BudgetKit JSON embeds it, budgetkit-csv/1 holds the standard ones only.
    DepartmentBudget custom = DepartmentBudget.builder().department("980", "测试部门").year(2025)
        .profile(DisclosureProfile.builder().from(DisclosureProfile.common()).name("mine")
            .build())
        .build();
    Path in = tmp.resolve("custom.json");
    BudgetJson.defaults().write(custom, in);
    Path keep = Files.writeString(tmp.resolve("keep.zip"), "the old output");

    Run run = Run.of("convert", "--to", "csv", in.toString(), "-o", keep.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: " + keep + ": cannot be written as csv: ")
        .contains("'mine'").doesNotContain("internal error");
    assertThat(Files.readString(keep)).isEqualTo("the old output");
    assertThat(filesIn(tmp)).containsExactlyInAnyOrder("custom.json", "keep.zip");
  }

  @Test
  void aWriteThatFailsKeepsTheOldOutputAndLeavesNoTemporaryFile() throws IOException {
    // The target is in the way as a folder: every file is written beside its target first, so
    // the failure comes before anything is replaced.
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("budget-amounts.csv"));
    Files.writeString(out.resolve("datapackage.json"), "old");

    Run run = Run.of("convert", "--to", "tidy", SAMPLE_JSON.toString(), "-o", out.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: " + out + ": cannot be written: ")
        .endsWith("; nothing was changed there\n");
    assertThat(Files.readString(out.resolve("datapackage.json"))).isEqualTo("old");
    assertThat(filesIn(out)).containsExactlyInAnyOrder("budget-amounts.csv", "datapackage.json");
  }

  @Test
  void aSuccessfulWriteReplacesTheOldOutputAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.writeString(tmp.resolve("b.json"), "old");

    Run run = Run.of("convert", "--to", "json", SAMPLE_JSON.toString(), "-o", out.toString());

    assertThat(run.exit).isZero();
    assertThat(Files.readAllBytes(out)).isEqualTo(Files.readAllBytes(SAMPLE_JSON));
    assertThat(filesIn(tmp)).containsExactly("b.json");
  }

  // ---- 15 and 6: inputs that are not files

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = tmp.resolve("pipe.txt");
    assumeTrue(mkfifo(fifo), "mkfifo is available");

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Run.of("validate", fifo.toString()));

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + fifo + ": not a regular file (a FIFO, a device"
        + " or a socket); BudgetKit reads budgets from files and folders\n");
  }

  @Test
  void aLinkToDevZeroIsRefusedBeforeAnythingIsRead() throws Exception {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    Path z = Files.createSymbolicLink(tmp.resolve("z.txt"), zero);

    Run run = assertTimeoutPreemptively(Duration.ofSeconds(20),
        () -> Run.of("validate", z.toString()));

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: " + z + ": not a regular file");
  }

  // ---- 14: control characters in names

  @Test
  void controlCharactersOfADocumentNeverReachTheTerminalRaw() throws IOException {
    String name = "\u001b[2J\u001b[H部门\r\n通过：错误 0 个，警告 0 个，提示 0 个。\u202E\u0007";
    DepartmentBudget original = BudgetJson.defaults().read(SAMPLE_JSON);
    DepartmentBudget hostile = DepartmentBudget.builder().from(original)
        .department("980", name).build();
    Path in = tmp.resolve("hostile.json");
    BudgetJson.defaults().write(hostile, in);

    for (String[] args : List.of(new String[] {"validate", in.toString()},
        new String[] {"validate", "--lang", "en", in.toString()},
        new String[] {"show", in.toString()})) {
      Run run = Run.of(args);
      assertThat(run.out + run.err).as(String.join(" ", args))
          .doesNotContain("\u001b", "\r", "\u202E", "\u0007")
          .contains("\\u001B[2J\\u001B[H部门\\u000D\\u000A通过");
      assertThat(run.out.lines()).as(String.join(" ", args))
          .noneMatch(l -> l.startsWith("通过"));
    }
  }

  @Test
  void theJsonReportStaysValidJsonAndKeepsTheNameExactly() throws IOException {
    String name = "部门\u001b[31m\u202E\u2028\uFEFF";
    DepartmentBudget original = BudgetJson.defaults().read(SAMPLE_JSON);
    Path in = tmp.resolve("hostile.json");
    BudgetJson.defaults().write(DepartmentBudget.builder().from(original)
        .department("980", name).build(), in);

    Run run = Run.of("validate", "--format", "json", in.toString());

    assertThat(run.out).doesNotContain("\u001b", "\u202E", "\u2028", "\uFEFF");
    JsonNode report = JSON.readTree(run.out);
    assertThat(report.get(0).get("department").get("name").asText()).isEqualTo(name);
  }

  @Test
  void aFileNameWithControlCharactersIsEscapedInErrors() {
    Run run = Run.of("validate", tmp.resolve("x\u001b[2J.json").toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).doesNotContain("\u001b").contains("x\\u001B[2J.json: no such file");
  }

  // ---- 17: messages that say what is wrong

  @Test
  void fileSystemFailuresAreSaidInWordsNotAsAPath() {
    assertThat(IoErrors.describe(new AccessDeniedException("x.txt"))).isEqualTo(
        "permission denied");
    assertThat(IoErrors.describe(new java.nio.file.FileSystemException("x.txt", null,
        "Is a directory"))).isEqualTo("Is a directory");
    assertThat(IoErrors.describe(new IOException())).isEqualTo("input/output error");
  }

  @Test
  void aFolderNamedLikeATextFileIsNotADisclosure() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("x.txt"));

    Run run = Run.of("validate", dir.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).isEqualTo("budgetkit: " + dir + ": a folder without manifest.json is"
        + " not a BudgetKit CSV folder\n");
  }

  @Test
  void randomBytesSayTheEncodingIsWrongNotOnlyThatNoTableWasFound() throws IOException {
    byte[] bytes = new byte[3000];
    new java.util.Random(10).nextBytes(bytes);
    Path txt = Files.write(tmp.resolve("random.txt"), bytes);

    Run run = Run.of("validate", txt.toString());

    assertThat(run.exit).isEqualTo(BudgetKitCli.EXIT_UNREADABLE);
    assertThat(run.err).startsWith("budgetkit: " + txt + ": not a published disclosure")
        .contains("in no encoding BudgetKit reads");
    assertThat(run.err.lines()).hasSize(1);
  }

  private static boolean mkfifo(Path path) throws InterruptedException {
    try {
      return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<String> filesIn(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
