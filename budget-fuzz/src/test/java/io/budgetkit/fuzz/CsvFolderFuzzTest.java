package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.BudgetCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fuzzes the CSV folder reader, {@link BudgetCsv#readFolder(Path)}, on real files: the real
 * folder with the fuzzer's edits ({@link Inputs#files}) is laid into a folder under {@code
 * target/} and read.
 *
 * <p>Besides the {@link ReaderContract} (read or refused with a {@link BudgetFormatException};
 * written with {@link BudgetCsv#writeFolder} it reads back equal), the folder reads as its files
 * do: {@link BudgetCsv#read(Map)} of the same files reads the same budget or refuses too. The
 * folder holds only readable regular files, so the {@link UncheckedIOException} that {@code
 * readFolder} documents for a file that cannot be read would mean that it read something that
 * is not one of them (the folder itself, for a manifest entry {@code ""}): a finding.
 *
 * <p>Seeds: {@code CsvFolderFuzzTestInputs/folderReadsLikeItsFilesOrIsRefused/}.
 */
class CsvFolderFuzzTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();
  private static final Path WORK = Inputs.workFolder("csv-folder");
  private static final Path FOLDER = WORK.resolve("in");
  private static final Path BACK = WORK.resolve("back");

  @FuzzTest
  @DictionaryFile(resourcePath = "csv.dict")
  void folderReadsLikeItsFilesOrIsRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> holds(input));
  }

  private static void holds(byte[] input) throws IOException {
    Map<String, byte[]> files = Inputs.safeNames(Inputs.files(input));
    lay(files, FOLDER);
    DepartmentBudget budget = readFolderOrNull(FOLDER, input);
    DepartmentBudget fromFiles;
    try {
      fromFiles = CSV.read(files);
    } catch (BudgetFormatException e) {
      fromFiles = null;
    }
    if (budget == null ? fromFiles != null : !budget.equals(fromFiles)) {
      throw new AssertionError("readFolder " + (budget == null ? "refuses" : "reads")
          + " the folder and read(Map) " + (fromFiles == null ? "refuses" : "reads")
          + " its files" + (budget != null && fromFiles != null ? " differently" : ""));
    }
    if (budget == null) {
      return;
    }
    Inputs.deleteQuietly(BACK);
    try {
      CSV.writeFolder(budget, BACK);
    } catch (RuntimeException e) {
      throw new AssertionError("A budget read cannot be written back: " + e, e);
    }
    ReaderContract.roundTrips("BudgetCsv.writeFolder and readFolder", budget,
        () -> CSV.readFolder(BACK));
  }

  private static DepartmentBudget readFolderOrNull(Path folder, byte[] input) {
    try {
      return CSV.readFolder(folder);
    } catch (BudgetFormatException e) {
      ReaderContract.refusedCleanly(e, Inputs.latin1(input) + folder);
      return null;
    } catch (UncheckedIOException e) {
      throw new AssertionError("readFolder failed with an I/O error on a folder of readable"
          + " regular files: " + e.getMessage(), e);
    }
  }

  private static void lay(Map<String, byte[]> files, Path folder) throws IOException {
    Files.createDirectories(folder);
    Inputs.empty(folder);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
  }
}
