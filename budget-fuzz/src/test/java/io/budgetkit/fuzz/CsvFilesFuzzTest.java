package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.BudgetCsv;
import java.util.Map;

/**
 * Fuzzes the CSV reader on a map of files, {@link BudgetCsv#read(Map)}, with the {@link
 * ReaderContract}: the files are read or refused with a {@link BudgetFormatException}; what is
 * read writes and reads back equal, and validates.
 *
 * <p>The files are the real folder with the fuzzer's edits applied ({@link Inputs#files}): the
 * empty input is the real folder. Seeds: {@code
 * CsvFilesFuzzTestInputs/filesReadBackEqualOrAreRefused/}.
 */
class CsvFilesFuzzTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();

  @FuzzTest
  @DictionaryFile(resourcePath = "csv.dict")
  void filesReadBackEqualOrAreRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> holds(input));
  }

  private static void holds(byte[] input) {
    Map<String, byte[]> files = Inputs.files(input);
    DepartmentBudget budget;
    try {
      budget = CSV.read(files);
    } catch (BudgetFormatException e) {
      ReaderContract.refusedCleanly(e, Inputs.latin1(input));
      return;
    }
    Map<String, byte[]> written;
    try {
      written = CSV.write(budget);
    } catch (RuntimeException e) {
      throw new AssertionError("A budget read cannot be written back: " + e, e);
    }
    ReaderContract.roundTrips("BudgetCsv.write and read", budget, () -> CSV.read(written));
    ReaderContract.validates(budget);
  }
}
