package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.core.problem.Severity;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The limits on what is read (issue 10, defects 6 and 15): bytes counted as they are read, never
 * trusted from the file's size; lines of at most a million characters; at most 4 Mi lines; only
 * regular files.
 */
class DisclosureTextLimitsTest {

  private static final Fixture SAMPLE = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025;
  private static final Duration BOUND = Duration.ofSeconds(10);

  @TempDir
  Path dir;

  private Path sample() throws IOException {
    Path file = dir.resolve(SAMPLE.fileName());
    Files.writeString(file, SAMPLE.text(), StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aFileLongerThanTheByteLimitIsRefusedNamingTheFileAndTheLimit() throws IOException {
    Path file = sample();
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxBytes(10_000);
    assertThatThrownBy(() -> DisclosureText.read(file, limits))
        .isInstanceOfSatisfying(BudgetFormatException.class,
            e -> assertThat(e.source()).contains(file.toString()))
        .hasMessageStartingWith(file + ": ")
        .hasMessageContaining("more than 10000 bytes");
  }

  @Test
  void aFileOfExactlyTheByteLimitIsRead() throws IOException {
    Path file = sample();
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxBytes(Files.size(file));
    assertThat(DisclosureText.read(file, limits).budget().tables()).hasSize(9);
  }

  @Test
  void aSparseFileBeyondTheDefaultLimitIsRefused() throws IOException {
    // 65 MiB of NUL bytes that take no disk space; the default limit is 64 MiB
    Path file = dir.resolve("sparse.txt");
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(DisclosureText.Limits.DEFAULT_MAX_BYTES + (1 << 20));
    }
    assertThatThrownBy(() -> DisclosureText.read(file))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessageContaining("more than " + DisclosureText.Limits.DEFAULT_MAX_BYTES + " bytes");
  }

  @Test
  void aTextLongerThanTheLimitIsRefusedCountingCharacters() {
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxBytes(1000);
    assertThatThrownBy(() -> DisclosureText.read(new StringReader("x\n".repeat(501)), "long",
        limits))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessage("long: more than 1000 characters; a published disclosure's text is at most a"
            + " few megabytes (DisclosureText.Limits.withMaxBytes)");
    assertThat(DisclosureText.read("x\n".repeat(500), "short", limits).diagnostics()).isNotEmpty();
  }

  @Test
  void aLineLongerThanTheLineLimitIsReportedAndTheRestIsRead() {
    // a line of 2 Mi characters before the first table: reported at its line, not kept
    String text = "x".repeat(2 << 20) + "\n" + SAMPLE.text();
    ImportResult r = DisclosureText.read(text, "long-line");
    assertThat(r.budget().tables()).isEqualTo(SAMPLE.budget().tables());
    assertThat(r.diagnostics()).filteredOn(d -> d.code().equals("line.long"))
        .singleElement().satisfies(d -> {
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.line()).isEqualTo(1);
          assertThat(d.text()).startsWith("xxxx").hasSizeLessThan(300);
          assertThat(d.message()).contains(
              "more than " + DisclosureText.Limits.DEFAULT_MAX_LINE_LENGTH + " characters");
        });
  }

  @Test
  void theLineLimitCanBeRaised() {
    String text = "x".repeat(2 << 20) + "\n" + SAMPLE.text();
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxLineLength(4 << 20);
    assertThat(DisclosureText.read(text, "long-line", limits).diagnostics())
        .extracting(ImportDiagnostic::code).doesNotContain("line.long");
  }

  @Test
  void moreLinesThanTheLineCountLimitAreRefused() {
    // 64 MiB of one-character lines took 48 s and 3 GB: each line held costs ~50 bytes
    DisclosureText.Limits limits = DisclosureText.Limits.defaults().withMaxLines(1000);
    assertThatThrownBy(() -> DisclosureText.read("a\n".repeat(1001), "lines", limits))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessage("lines: more than 1000 lines; a published disclosure's text has a few"
            + " thousand (DisclosureText.Limits.withMaxLines)");
    assertThat(DisclosureText.read("a\n".repeat(1000), "lines", limits).diagnostics())
        .extracting(ImportDiagnostic::code).contains("table.missing");
  }

  @Test
  void aFileOfTheDefaultLimitInOneCharacterLinesIsRefusedQuickly() throws IOException {
    Path file = dir.resolve("lines.txt");
    Files.write(file, "a\n".repeat(DisclosureText.Limits.DEFAULT_MAX_LINES + 1)
        .getBytes(StandardCharsets.US_ASCII));
    assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> DisclosureText.read(file))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessageContaining("more than " + DisclosureText.Limits.DEFAULT_MAX_LINES + " lines"));
  }

  @Test
  void limitsBelowOneAreRefused() {
    assertThatThrownBy(() -> DisclosureText.Limits.defaults().withMaxBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes");
    assertThatThrownBy(() -> DisclosureText.Limits.defaults().withMaxLineLength(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLineLength");
    assertThatThrownBy(() -> DisclosureText.Limits.defaults().withMaxLines(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxLines");
  }

  @Test
  void aLinkToDevZeroIsRefusedAsNoRegularFile() throws IOException {
    // /dev/zero reports a size of 0 and never ends: it ran out of memory
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    Path link = Files.createSymbolicLink(dir.resolve("z.txt"), zero);
    try {
      assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> DisclosureText.read(link))
          .isInstanceOf(BudgetFormatException.class)
          .hasMessage(link + ": not a regular file but a device, a pipe or a socket; a"
              + " disclosure text is read from a regular file"));
    } finally {
      Files.delete(link); // the link, not /dev/zero; JUnit warns about links leaving @TempDir
    }
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    // opening a FIFO blocks until a writer comes: the check must come before the open
    Path fifo = dir.resolve("fifo.txt");
    int exit;
    try {
      Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
      exit = p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    } catch (IOException e) {
      exit = -1; // no mkfifo here
    }
    assumeTrue(exit == 0 && Files.exists(fifo));
    assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> DisclosureText.read(fifo))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessageContaining("not a regular file"));
  }

  @Test
  void aFolderIsRefusedAsNoRegularFile() {
    assertThatThrownBy(() -> DisclosureText.read(dir))
        .isInstanceOf(BudgetFormatException.class)
        .hasMessage(dir + ": not a regular file but a folder; a disclosure text is read from a"
            + " regular file");
  }

  @Test
  void aMissingFileIsAnInputOutputError() {
    assertThatThrownBy(() -> DisclosureText.read(dir.resolve("missing.txt")))
        .isInstanceOf(java.io.UncheckedIOException.class);
  }
}
