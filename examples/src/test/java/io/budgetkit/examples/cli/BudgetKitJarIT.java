package io.budgetkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.json.BudgetJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: runs the shaded jar (built in the package phase, before Failsafe runs this) as a
 * user would, in its own JVM.
 */
class BudgetKitJarIT {

  static final Path JAR = Path.of("target/budgetkit-examples.jar");
  static final String SAMPLE = "samples/haigang-development-service-center-2025.json";
  static final String TEXT = "samples/haigang-development-service-center-2025.docx.txt";

  @TempDir
  Path tmp;

  @Test
  void validatesThePublishedTextAndTheJsonAlikeAndExitsOneForTheirError() throws Exception {
    // README's main command: the bundled real disclosure, as extracted from its DOCX.
    Result text = run("validate", "--format", "json", TEXT);
    Result json = run("validate", "--format", "json", SAMPLE);

    assertThat(text.exit).isEqualTo(1);
    JsonNode t = new ObjectMapper().readTree(text.out).get(0);
    JsonNode j = new ObjectMapper().readTree(json.out).get(0);
    // Every line of this DOCX extraction is read: no import diagnostic, and the same findings.
    assertThat(t.get("diagnostics")).isEmpty();
    assertThat(t.get("findings")).isEqualTo(j.get("findings"));
  }

  @Test
  void validatesTheSampleAsJsonAndExitsOneForItsError() throws Exception {
    Result r = run("validate", "--format", "json", SAMPLE);

    assertThat(r.exit).isEqualTo(1);
    assertThat(r.err).isEmpty();
    JsonNode file = new ObjectMapper().readTree(r.out).get(0);
    assertThat(file.get("year").asInt()).isEqualTo(2025);
    assertThat(file.get("counts").get("error").asInt()).isEqualTo(1);
    JsonNode e = file.get("findings").get(0);
    assertThat(e.get("rule").asText()).isEqualTo("BK-XT-010");
    assertThat(e.get("severity").asText()).isEqualTo("ERROR");
    assertThat(e.get("table").asText()).isEqualTo("basic-expenditure");
    assertThat(e.get("row").asInt()).isEqualTo(13);
    assertThat(e.get("code").asText()).isEqualTo("30217");
    assertThat(e.get("column").asInt()).isEqualTo(3);
    assertThat(e.get("actual").asText()).isEqualTo("0.05");
    assertThat(e.get("expected").asText()).isEqualTo("0.00");
  }

  @Test
  void aCorruptWordDocumentIsOneLineOnStandardErrorNotTheLibrarysStackTrace() throws Exception {
    // A DOCX whose [Content_Types].xml is broken: POI logged its SAXParseException with a stack
    // trace through Log4j's fallback logger before the reader's one-line refusal.
    Path docx = tmp.resolve("broken.docx");
    try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(
        Files.newOutputStream(docx))) {
      z.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
      z.write("<?xml version=\"1.0\"?><Types><Override x".getBytes(
          java.nio.charset.StandardCharsets.UTF_8));
      z.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
      z.write("<w:document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Result r = run("extract", "--to", "json", docx.toString());

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).isEqualTo("budgetkit: broken.docx: is corrupt or truncated: it cannot be"
        + " read as a Word document (.docx)\n");
  }

  @Test
  void exitsTwoOnTextThatIsNoDisclosureAndZeroOnVersion() throws Exception {
    Path txt = Files.writeString(tmp.resolve("disclosure.txt"), "会议纪要\n");

    Result text = run("validate", txt.toString());
    Result version = run("--version");

    assertThat(text.exit).isEqualTo(2);
    assertThat(text.err.strip()).startsWith("budgetkit: " + txt).contains("not a published disclosure")
        .doesNotContain("\n");
    assertThat(version.exit).isZero();
    assertThat(version.out).startsWith("budgetkit ");
  }

  @Test
  void consolidatesTheTwo2024DocumentsAndRefusesAPairOfTwoYears() throws Exception {
    Path office = Files.writeString(tmp.resolve("office.txt"),
        Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.text());
    Path police = Files.writeString(tmp.resolve("police.txt"),
        Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.text());
    Path out = tmp.resolve("haigang.json");

    Result ok = run("consolidate", "--code", "000", "--name", "海港区", "-o", out.toString(),
        office.toString(), police.toString());
    Result years = run("consolidate", "--code", "000", "--name", "海港区", "-o",
        tmp.resolve("never.json").toString(), office.toString(), SAMPLE);

    // Each document has ERROR findings of its own, and so has their sum: exit 1, written.
    assertThat(ok.exit).isEqualTo(1);
    assertThat(ok.out).contains("支出总计 12680.42 万元").contains("THREE_PUBLIC_LAYOUT");
    assertThat(BudgetJson.defaults().read(out).departmentName()).isEqualTo("海港区");
    assertThat(years.exit).isEqualTo(2);
    assertThat(years.err.strip()).startsWith("budgetkit: Cannot consolidate budgets of different"
        + " years").contains("2025").contains("2024").doesNotContain("\n");
  }

  @Test
  void aWriteStoppedByTheFileSizeLimitKeepsTheOldOutput() throws Exception {
    // issue 10 item 5: `ulimit -f 20` stops the write after 10 KiB; the sample's JSON is larger.
    assumeTrue(Files.isExecutable(Path.of("/bin/sh")));
    assertThat(Files.size(Path.of(SAMPLE))).isGreaterThan(20 * 512);
    Path keep = Files.writeString(tmp.resolve("keep.json"), "the old output");

    Result r = runShell("ulimit -f 20; exec \"$0\" -jar \"$1\" convert --to json \"$2\" -o \"$3\"",
        java(), JAR.toString(), SAMPLE, keep.toString());

    assertThat(r.exit).isNotZero();
    assertThat(Files.readString(keep)).isEqualTo("the old output");
    if (r.exit == 2) {
      // The JVM saw the failure (it ignores SIGXFSZ): one line, and the temporary file removed.
      assertThat(r.err).startsWith("budgetkit: " + keep + ": cannot be written: ")
          .endsWith("; nothing was changed there\n");
      try (Stream<Path> files = Files.list(tmp)) {
        assertThat(files).containsExactly(keep);
      }
    }
  }

  @Test
  void tooLittleMemoryIsOneLineAndExitTwoNeverAStackTrace() throws Exception {
    // issue 10 item 6: 24 MB of text, within the importer's limits, under a 32 MiB heap.
    Path big = tmp.resolve("big.txt");
    String line = "一般公共服务支出\t2100.79\t138.69\t1962.10\t说明文字说明文字说明文字\n";
    try (var w = Files.newBufferedWriter(big)) {
      for (int i = 0; i < 24 * 1024 * 1024 / line.getBytes(StandardCharsets.UTF_8).length; i++) {
        w.write(line);
      }
    }

    Result r = runWith(List.of("-Xmx32m"), "validate", big.toString());

    assertThat(r.exit).isEqualTo(2);
    assertThat(r.err).doesNotContain("Exception", "\tat ").endsWith("\n");
    assertThat(r.err.strip()).startsWith("budgetkit: ").contains("memory").doesNotContain("\n");
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Result runShell(String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", script));
    command.addAll(List.of(args));
    return start(command);
  }

  private static Result run(String... args) throws IOException, InterruptedException {
    return runWith(List.of(), args);
  }

  private static Result runWith(List<String> jvmOptions, String... args)
      throws IOException, InterruptedException {
    assertThat(JAR).exists();
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    return start(command);
  }

  private static Result start(List<String> command) throws IOException, InterruptedException {
    File out = File.createTempFile("budgetkit", ".out");
    File err = File.createTempFile("budgetkit", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
      return new Result(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
          Files.readString(err.toPath(), StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out.toPath());
      Files.deleteIfExists(err.toPath());
    }
  }

  private static final class Result {
    final int exit;
    final String out;
    final String err;

    Result(int exit, String out, String err) {
      this.exit = exit;
      this.out = out;
      this.err = err;
    }
  }
}
