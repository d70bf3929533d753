package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, defects 3, 6 and 10 for CSV folders: only regular files directly in the folder are
 * read, never through a link, a pipe or a device; sizes are counted on the bytes read; the
 * manifest is checked in full, and every file it lists looked at, before any file is read.
 */
class CsvFolderSafetyTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();
  private static final DepartmentBudget BUDGET =
      Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
  private static final String SECRET = "root:x:0:0:SECRET-LINE:/root:/bin/bash\n";

  @TempDir
  Path dir;
  private Path folder;
  private Path secret;

  @BeforeEach
  void writeTheBudget() throws IOException {
    folder = dir.resolve("csvdir");
    CSV.writeFolder(BUDGET, folder);
    secret = Files.writeString(dir.resolve("passwd"), SECRET);
  }

  private BudgetFormatException refused(Path folder) {
    BudgetFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> catchThrowableOfType(BudgetFormatException.class, () -> CSV.readFolder(folder)));
    assertThat(e).as("a BudgetFormatException").isNotNull();
    return e;
  }

  private void replaceByLink(String name, Path target) throws IOException {
    Files.delete(folder.resolve(name));
    Files.createSymbolicLink(folder.resolve(name), target);
  }

  private void manifest(String from, String to) throws IOException {
    Path m = folder.resolve("manifest.json");
    String text = Files.readString(m);
    assertThat(text).contains(from);
    Files.writeString(m, text.replace(from, to));
  }

  @Test
  void aLinkedCsvFileIsRefusedAndWhatItPointsToIsNeverShown() throws IOException {
    // the repro: ln -sf /etc/passwd csvdir/narrative-sections.csv
    replaceByLink("narrative-sections.csv", secret);
    BudgetFormatException e = refused(folder);
    assertThat(e).hasMessage("narrative-sections.csv: A symbolic link; the files of a"
        + " budgetkit-csv/1 folder are read only as regular files in the folder, never through a"
        + " link, which could lead anywhere: copy the file in place of the link");
    assertThat(e.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void aLinkedManifestIsRefused() throws IOException {
    Path elsewhere = Files.copy(folder.resolve("manifest.json"), dir.resolve("m.json"));
    replaceByLink("manifest.json", elsewhere);
    assertThat(refused(folder)).hasMessageStartingWith("manifest.json: A symbolic link;");
  }

  @Test
  void aLinkToDevZeroIsRefusedAtOnceNotReadUntilMemoryRunsOut() throws IOException {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    replaceByLink("01-summary.csv", Path.of("/dev/zero"));
    assertThat(refused(folder)).hasMessageStartingWith("01-summary.csv: A symbolic link;");
    Files.delete(folder.resolve("01-summary.csv"));   // a link out of the temporary folder
  }

  @Test
  void aNamedPipeInTheFolderIsRefusedWithoutOpeningIt() throws Exception {
    Files.delete(folder.resolve("02-income.csv"));
    Process p = new ProcessBuilder("mkfifo", folder.resolve("02-income.csv").toString())
        .redirectErrorStream(true).start();
    assumeTrue(p.waitFor() == 0, "mkfifo works here");
    assertThat(refused(folder)).hasMessage("02-income.csv: Not a regular file but a named pipe,"
        + " socket or device, not a regular file; a budgetkit-csv/1 folder holds regular files");
  }

  @Test
  void aListedFolderIsRefused() throws IOException {
    Files.delete(folder.resolve("assets.csv"));
    Files.createDirectory(folder.resolve("assets.csv"));
    assertThat(refused(folder)).hasMessage("assets.csv: Not a regular file but a folder; a"
        + " budgetkit-csv/1 folder holds regular files");
  }

  @Test
  void theFolderItselfMayBeNamedThroughALink() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
    assertThat(CSV.readFolder(link)).isEqualTo(BUDGET);
  }

  @Test
  void aFileOrAllFilesLargerThanTheLimitsAreRefused() throws IOException {
    long[] sizes;
    try (var files = Files.list(folder)) {
      sizes = files.mapToLong(f -> f.toFile().length()).toArray();
    }
    long largest = java.util.Arrays.stream(sizes).max().orElseThrow();
    long total = java.util.Arrays.stream(sizes).sum();
    assertThat(CSV.withMaxFileBytes(largest).withMaxTotalBytes(total).readFolder(folder))
        .isEqualTo(BUDGET);
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.withMaxFileBytes(largest - 1).readFolder(folder));
    assertThat(e.getMessage()).contains(": File has more than " + (largest - 1)
        + " bytes (limit maxFileBytes; it has at least " + largest + ")");
    e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.withMaxTotalBytes(total - 1).readFolder(folder));
    assertThat(e.getMessage()).endsWith(": The files have more than " + (total - 1)
        + " bytes in all with this one (limit maxTotalBytes)");
  }

  @Test
  void aFileListedTwoThousandTimesIsRefusedBeforeAnyFileIsRead() throws IOException {
    // the repro listed one 60 MB file 2,000 times and read it 2,000 times
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      entries.append("{\"file\": \"01-summary.csv\", \"content\": \"table\", \"table\":"
          + " \"summary\", \"title\": \"t\"},");
    }
    manifest("\"files\" : [", "\"files\" : [" + entries);
    assertThat(refused(folder)).hasMessage("manifest.json at /files/1/file: File"
        + " '01-summary.csv' is listed twice (also at /files/0); each file is listed once");
  }

  @Test
  void everyListedFileIsLookedAtBeforeAnyIsRead() throws IOException {
    // 01-summary.csv would fail to parse, but the missing file listed later is found first
    Files.writeString(folder.resolve("01-summary.csv"), "not,a,table\n");
    Files.delete(folder.resolve("assets.csv"));
    assertThat(refused(folder)).hasMessage("assets.csv: Missing file assets.csv, listed in"
        + " manifest.json");
  }

  @Test
  void anEmptyOrUnsafeFileNameIsRefusedAtItsPointer() throws IOException {
    String listed = "\"file\" : \"01-summary.csv\"";
    manifest(listed, "\"file\" : \"\"");
    assertThat(refused(folder)).hasMessage("manifest.json at /files/0/file: Empty file name;"
        + " expected the name of a file beside manifest.json, e.g. 01-summary.csv");
    manifest("\"file\" : \"\"", "\"file\" : \"C:evil.csv\"");
    assertThat(refused(folder)).hasMessage("manifest.json at /files/0/file: File name"
        + " 'C:evil.csv' leaves the folder or holds a character that file systems treat"
        + " specially (/\\:*?\"<>| or a control character); the files of a budgetkit-csv/1 budget"
        + " are plain names beside manifest.json");
  }

  @Test
  void aMissingFolderOrManifestSaysSo() throws IOException {
    assertThat(refused(dir.resolve("nothing"))).hasMessage(dir.resolve("nothing")
        + ": No such folder");
    Files.delete(folder.resolve("manifest.json"));
    assertThat(refused(folder)).hasMessage(folder.resolve("manifest.json") + ": Missing"
        + " manifest.json in " + folder + ": a budgetkit-csv/1 budget is manifest.json and the"
        + " CSV files it lists");
    assertThat(Files.readString(secret, StandardCharsets.UTF_8)).isEqualTo(SECRET);
  }
}
