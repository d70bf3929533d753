package io.budgetkit.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.json.BudgetJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Fuzzes the BudgetKit JSON reader, {@link BudgetJson#read(java.io.InputStream)} and {@link
 * BudgetJson#read(String)}, with the {@link ReaderContract}: a document is read or refused with
 * a {@link BudgetFormatException}; read as bytes and as a string (when the bytes are UTF-8
 * without a byte order mark) it gives the same answer; what is read writes and reads back equal
 * and validates.
 *
 * <p>Seeds: {@code JsonFuzzTestInputs/jsonReadsBackEqualOrIsRefused/}.
 */
class JsonFuzzTest {

  private static final BudgetJson JSON = BudgetJson.defaults();

  @FuzzTest
  @DictionaryFile(resourcePath = "json.dict")
  void jsonReadsBackEqualOrIsRefused(byte[] input) throws Exception {
    KnownFindings.check(getClass(), input, () -> holds(input));
  }

  private static void holds(byte[] input) {
    DepartmentBudget budget = readOrNull(input);
    String text = Inputs.utf8WithoutBom(input);
    if (text != null) {
      DepartmentBudget fromString = readOrNull(text);
      if (budget == null ? fromString != null : !budget.equals(fromString)) {
        throw new AssertionError("read(InputStream) "
            + (budget == null ? "refuses" : "reads") + " the document and read(String) "
            + (fromString == null ? "refuses" : "reads") + " it"
            + (budget != null && fromString != null ? " differently" : ""));
      }
    }
    if (budget == null) {
      return;
    }
    // through bytes, as to and from a file: a text that UTF-8 cannot hold shows here
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try {
      JSON.write(budget, written);
    } catch (RuntimeException e) {
      throw new AssertionError("A budget read cannot be written back: " + e, e);
    }
    ReaderContract.roundTrips("BudgetJson.write and read", budget,
        () -> JSON.read(new ByteArrayInputStream(written.toByteArray())));
    ReaderContract.validates(budget);
  }

  private static DepartmentBudget readOrNull(byte[] input) {
    try {
      return JSON.read(new ByteArrayInputStream(input));
    } catch (BudgetFormatException e) {
      ReaderContract.refusedCleanly(e, Inputs.latin1(input));
      return null;
    }
  }

  private static DepartmentBudget readOrNull(String input) {
    try {
      return JSON.read(input);
    } catch (BudgetFormatException e) {
      ReaderContract.refusedCleanly(e, input);
      return null;
    }
  }
}
