package io.budgetkit.examples.cli;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.ValueWithProblems;
import io.budgetkit.importer.disclosure.SourceMap;
import java.util.Objects;

/**
 * A budget as an input was read: the budget with its import problems, and where each of its
 * tables, rows and cells was printed in the input's files (none for BudgetKit JSON and CSV).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportedBudget {

  private final ValueWithProblems<DepartmentBudget> value;
  private final SourceMap sources;

  private ImportedBudget(ValueWithProblems<DepartmentBudget> value, SourceMap sources) {
    this.value = Objects.requireNonNull(value, "value");
    this.sources = Objects.requireNonNull(sources, "sources");
  }

  /**
   * Returns a budget read with the places of its cells.
   *
   * @param value the budget and its problems
   * @param sources where its tables, rows and cells were printed
   * @return the budget read
   */
  public static ImportedBudget of(ValueWithProblems<DepartmentBudget> value, SourceMap sources) {
    return new ImportedBudget(value, sources);
  }

  /**
   * Returns a budget read from an input without printed places (JSON, CSV).
   *
   * @param value the budget and its problems
   * @return the budget read, with {@link SourceMap#empty()}
   */
  public static ImportedBudget of(ValueWithProblems<DepartmentBudget> value) {
    return new ImportedBudget(value, SourceMap.empty());
  }

  /**
   * Returns the budget and its import problems.
   *
   * @return the budget read
   */
  public ValueWithProblems<DepartmentBudget> value() {
    return value;
  }

  /**
   * Returns where the budget's tables, rows and cells were printed.
   *
   * @return the places, empty when the input has no printed page
   */
  public SourceMap sources() {
    return sources;
  }
}
