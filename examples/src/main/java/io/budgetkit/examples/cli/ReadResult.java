package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.List;
import java.util.Objects;

/**
 * A budget read from an input, with the import diagnostics met on the way (none for BudgetKit
 * JSON and CSV, which are read strictly or not at all).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReadResult {

  private final DepartmentBudget budget;
  private final List<Diagnostic> diagnostics;

  private ReadResult(DepartmentBudget budget, List<Diagnostic> diagnostics) {
    this.budget = Objects.requireNonNull(budget, "budget");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Returns a result without diagnostics.
   *
   * @param budget the budget
   * @return the result
   */
  public static ReadResult of(DepartmentBudget budget) {
    return new ReadResult(budget, List.of());
  }

  /**
   * Returns a result with diagnostics.
   *
   * @param budget the budget
   * @param diagnostics the diagnostics, in source order
   * @return the result
   */
  public static ReadResult of(DepartmentBudget budget, List<Diagnostic> diagnostics) {
    return new ReadResult(budget, diagnostics);
  }

  /**
   * Returns the budget.
   *
   * @return the budget
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns the import diagnostics.
   *
   * @return the diagnostics, in source order; empty if none
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
