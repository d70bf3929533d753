package io.budgetkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.BudgetFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10, defect 17 (zip part) and what a zip may hold: an input that is not a zip of a budget
 * says what it is instead (empty, not a zip, files inside a folder), and an entry the manifest
 * does not list is refused rather than held.
 */
class ZipContentsTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();
  private static final DepartmentBudget BUDGET =
      Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

  private static BudgetFormatException refused(byte[] zip) {
    BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
        () -> CSV.readZip(new ByteArrayInputStream(zip)));
    assertThat(e).as("a BudgetFormatException").isNotNull();
    return e;
  }

  /** A zip of the budget's files, each name with a prefix, and extra entries after them. */
  private static byte[] zip(String prefix, Map<String, byte[]> extra) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      if (!prefix.isEmpty()) {
        z.putNextEntry(new ZipEntry(prefix));
        z.closeEntry();
      }
      for (Map.Entry<String, byte[]> f : CSV.write(BUDGET).entrySet()) {
        z.putNextEntry(new ZipEntry(prefix + f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
      for (Map.Entry<String, byte[]> f : extra.entrySet()) {
        z.putNextEntry(new ZipEntry(f.getKey()));
        z.write(f.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aZipOfTheFolderSaysTheFilesAreInsideTheFolder() throws IOException {
    assertThat(refused(zip("csvdir/", Map.of()))).hasMessage("The files are inside the folder"
        + " 'csvdir/' of the zip; manifest.json and the CSV files must be at its top level: zip"
        + " the files, not the folder that holds them");
  }

  @Test
  void randomBytesAreNotAZip() {
    byte[] garbage = new byte[1000];
    new Random(10).nextBytes(garbage);
    garbage[0] = 0x13;
    assertThat(refused(garbage)).hasMessageStartingWith("Not a zip file: it starts with the"
        + " bytes 13 ");
    assertThat(refused("{\"format\": \"budgetkit/1\"}".getBytes(StandardCharsets.UTF_8)))
        .hasMessage("Not a zip file: it starts with the bytes 7B 22 66 6F, a zip with PK"
            + " (50 4B 03 04)");
  }

  @Test
  void anEmptyZipAndAnEmptyFileSaySo() throws IOException {
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    new ZipOutputStream(empty).close();
    assertThat(refused(empty.toByteArray())).hasMessage("The zip is empty: it holds no files;"
        + " expected manifest.json and the CSV files it lists");
    assertThat(refused(new byte[0])).hasMessage("Empty file, not a zip: expected a zip of"
        + " manifest.json and the CSV files it lists");
  }

  @Test
  void aZipWithoutManifestSaysWhatItHolds() {
    byte[] zip = new RawZip().stored("01-summary.csv", new byte[] {'x'})
        .stored("notes.txt", new byte[] {'y'}).bytes();
    assertThat(refused(zip)).hasMessage("manifest.json: Missing manifest.json: a budgetkit-csv/1"
        + " zip holds manifest.json and the CSV files it lists; this one holds '01-summary.csv',"
        + " 'notes.txt'");
  }

  @Test
  void anEntryTheManifestDoesNotListIsRefusedAfterTheManifestAndBeforeIt() throws IOException {
    // after: refused before its bytes are inflated
    assertThat(refused(zip("", Map.of("secret.bin", new byte[10])))).hasMessage("secret.bin:"
        + " Zip entry 'secret.bin' is not listed in manifest.json; a budgetkit-csv/1 zip holds"
        + " only manifest.json and the files it lists, at its top level");
    // before: refused as soon as the manifest comes
    RawZip z = new RawZip().stored("__MACOSX/._manifest.json", new byte[4]);
    CSV.write(BUDGET).forEach(z::stored);
    assertThat(refused(z.bytes())).hasMessageStartingWith("__MACOSX/._manifest.json: Zip entry"
        + " '__MACOSX/._manifest.json' is not listed in manifest.json");
  }

  @Test
  void twoEntriesOfOneNameAreRefused() {
    RawZip z = new RawZip();
    CSV.write(BUDGET).forEach(z::stored);
    z.stored("01-summary.csv", new byte[1]);
    assertThat(refused(z.bytes())).hasMessage("01-summary.csv: Two zip entries named"
        + " '01-summary.csv'");
  }

  @Test
  void aTruncatedZipIsMalformedNotMissingItsManifest() throws IOException {
    byte[] whole = zip("", Map.of());
    assertThat(refused(Arrays.copyOf(whole, whole.length / 2)).getMessage())
        .startsWith("Malformed zip: ");
  }

  @Test
  void anEntryNameThatIsNotUtf8IsAMalformedZipNotACrash() {
    byte[] zip = new RawZip().stored(new byte[] {'a', (byte) 0xFF, (byte) 0xFE, 'b'},
        new byte[1]).bytes();
    assertThat(refused(zip)).hasMessage("Malformed zip: an entry's header cannot be read (a name"
        + " that is not UTF-8?)");
  }

  @Test
  void aZipFileIsReadFromItsPathAndADeviceIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("b.zip");
    CSV.writeZip(BUDGET, file);
    assertThat(CSV.readZip(file)).isEqualTo(BUDGET);
    Path zero = Path.of("/dev/zero");
    if (Files.exists(zero)) {
      BudgetFormatException e = catchThrowableOfType(BudgetFormatException.class,
          () -> CSV.readZip(zero));
      assertThat(e).hasMessage("/dev/zero: Not a regular file (a folder, a named pipe or a"
          + " device); expected a zip file");
    }
  }
}
