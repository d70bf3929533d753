package io.budgetkit.io.text;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.List;
import java.util.Objects;

/**
 * What {@link DisclosureText} read: the budget, with every diagnostic kept beside it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {

  private final DepartmentBudget budget;
  private final List<ImportDiagnostic> diagnostics;
  private final int cellsRead;

  ImportResult(DepartmentBudget budget, List<ImportDiagnostic> diagnostics, int cellsRead) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.diagnostics = List.copyOf(diagnostics);
    this.cellsRead = cellsRead;
  }

  /**
   * Returns the budget read, with the tables that could be read.
   *
   * @return the budget
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns the diagnostics, ordered by line.
   *
   * @return the diagnostics, empty when everything was read
   */
  public List<ImportDiagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the number of non-blank table cells placed in the model: labels, codes and amounts.
   *
   * @return the count
   */
  public int cellsRead() {
    return cellsRead;
  }

  /**
   * Tells whether any diagnostic is an error.
   *
   * @return true if something printed could not be read
   */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(d -> d.severity() == ImportDiagnostic.Severity.ERROR);
  }
}
