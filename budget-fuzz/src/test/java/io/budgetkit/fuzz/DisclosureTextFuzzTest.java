package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.json.BudgetJson;
import io.budgetkit.importer.disclosure.DisclosureText;
import io.budgetkit.importer.disclosure.ImportResult;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fuzzes the importer of disclosure text, {@link DisclosureText#read(String, String)} (and so
 * {@link DisclosureText#read(java.io.Reader, String)}) and {@link DisclosureText#read(Path)}.
 *
 * <p>The importer documents that it never throws for bad data: garbage, an empty file or a
 * truncated document give diagnostics. So no exception may come out of it at all (the only
 * documented one, {@link java.io.UncheckedIOException}, is for a reader or file that fails, and
 * these never do). A budget imported with tables writes to BudgetKit JSON and reads back equal,
 * and every imported budget validates ({@link ReaderContract}).
 *
 * <p>Seeds: {@code DisclosureTextFuzzTestInputs/textImportsWithDiagnosticsOnly/}.
 */
class DisclosureTextFuzzTest {

  private static final String NAME = "fuzz.txt";
  private static final BudgetJson JSON = BudgetJson.defaults();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final Path FILE = Inputs.workFolder("text").resolve(NAME);

  @FuzzTest
  @DictionaryFile(resourcePath = "text.dict")
  void textImportsWithDiagnosticsOnly(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> holds(input));
  }

  private static void holds(byte[] input) throws IOException {
    // read(Path) decodes UTF-8 with U+FFFD for malformed bytes; read(String) gets the same text
    ImportResult fromText = DisclosureText.read(new String(input, StandardCharsets.UTF_8), NAME);
    importedHolds(fromText);
    if (Inputs.utf8WithoutBom(input) != null) {
      // Notepad saves UTF-8 with a byte order mark: the same text must import the same
      byte[] withBom = new byte[input.length + BOM.length];
      System.arraycopy(BOM, 0, withBom, 0, BOM.length);
      System.arraycopy(input, 0, withBom, BOM.length, input.length);
      Files.write(FILE, withBom);
      ReaderContract.unchangedBy("Reading the text from a UTF-8 file with a byte order mark",
          fromText.budget(), DisclosureText.read(FILE).budget());
    } else {
      // malformed or already marked: the file is read on its own terms
      Files.write(FILE, input);
      ImportResult fromFile = DisclosureText.read(FILE);
      if (!fromFile.budget().equals(fromText.budget())) {
        importedHolds(fromFile);
      }
    }
  }

  private static void importedHolds(ImportResult result) {
    DepartmentBudget budget = result.budget();
    if (!budget.tables().isEmpty()) {
      ByteArrayOutputStream written = new ByteArrayOutputStream();
      try {
        JSON.write(budget, written);
      } catch (RuntimeException e) {
        throw new AssertionError("An imported budget cannot be written as JSON: " + e, e);
      }
      ReaderContract.roundTrips("An imported budget written as JSON and read", budget,
          () -> JSON.read(new ByteArrayInputStream(written.toByteArray())));
    }
    ReaderContract.validates(budget);
  }
}
