package io.budgetkit.io;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.io.csv.BudgetCsv;
import io.budgetkit.io.csv.TidyCsv;
import io.budgetkit.io.json.BudgetJson;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link AtomicWriteTest} in a JVM of its own under {@code ulimit -f}, so that every write
 * fails part-way as on a full disk: writes the fixture in every format into a folder and prints
 * what each write threw.
 */
public final class WriteUnderFileSizeLimit {

  private WriteUnderFileSizeLimit() {}

  /**
   * Writes {@code a.json}, {@code csv/}, {@code tidy/} and {@code b.zip} into a folder.
   *
   * @param args the folder
   */
  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    DepartmentBudget b = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
    attempt("json", () -> BudgetJson.defaults().write(b, dir.resolve("a.json")));
    attempt("csv", () -> BudgetCsv.standard().writeFolder(b, dir.resolve("csv")));
    attempt("tidy", () -> TidyCsv.writeFolder(List.of(b), dir.resolve("tidy")));
    attempt("zip", () -> BudgetCsv.standard().writeZip(b, dir.resolve("b.zip")));
  }

  private static void attempt(String what, Runnable write) {
    try {
      write.run();
      System.out.println(what + ": written");
    } catch (RuntimeException e) {
      System.out.println(what + ": " + e.getClass().getSimpleName());
    }
  }
}
