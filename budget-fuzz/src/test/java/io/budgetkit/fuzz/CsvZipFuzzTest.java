package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.BudgetCsv;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Fuzzes the zip reader of the CSV format, {@link BudgetCsv#readZip(java.io.InputStream)}, with
 * the {@link ReaderContract}: a zip is read or refused with a {@link BudgetFormatException};
 * what is read writes as a zip and reads back equal, and validates.
 *
 * <p>Seeds: {@code CsvZipFuzzTestInputs/zipReadsBackEqualOrIsRefused/}, among them the real
 * folder zipped by {@link BudgetCsv#writeZip}.
 */
class CsvZipFuzzTest {

  private static final BudgetCsv CSV = BudgetCsv.standard();

  @FuzzTest
  @DictionaryFile(resourcePath = "csv.dict")
  void zipReadsBackEqualOrIsRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> holds(input));
  }

  private static void holds(byte[] input) {
    DepartmentBudget budget;
    try {
      budget = CSV.readZip(new ByteArrayInputStream(input));
    } catch (BudgetFormatException e) {
      ReaderContract.refusedCleanly(e, Inputs.latin1(input));
      return;
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try {
      CSV.writeZip(budget, zip);
    } catch (RuntimeException e) {
      throw new AssertionError("A budget read cannot be written back: " + e, e);
    }
    ReaderContract.roundTrips("BudgetCsv.writeZip and readZip", budget,
        () -> CSV.readZip(new ByteArrayInputStream(zip.toByteArray())));
    ReaderContract.validates(budget);
  }
}
