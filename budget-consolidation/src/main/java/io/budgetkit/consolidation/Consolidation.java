package io.budgetkit.consolidation;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of a consolidation: the consolidated budget, the conflicts met on the way and the
 * departments that went in.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Consolidation {

  private final DepartmentBudget budget;
  private final List<Conflict> conflicts;
  private final SortedMap<String, String> departments;

  Consolidation(DepartmentBudget budget, List<Conflict> conflicts,
      SortedMap<String, String> departments) {
    this.budget = budget;
    this.conflicts = List.copyOf(conflicts);
    this.departments = Collections.unmodifiableSortedMap(new TreeMap<>(departments));
  }

  /**
   * Returns the consolidated budget, a {@link DepartmentBudget} like any other.
   *
   * @return the budget
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns the conflicts met and how each was resolved, in a fixed order (by kind, then place);
   * empty when the inputs agreed.
   *
   * @return the conflicts
   */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * Returns the departments consolidated: code → name, in code order. A consolidated budget given
   * as input counts as one department (its own code and name).
   *
   * @return the departments
   */
  public SortedMap<String, String> departments() {
    return departments;
  }

  @Override
  public String toString() {
    return "Consolidation of " + departments.size() + " departments into "
        + budget.departmentCode() + " " + budget.departmentName() + " " + budget.year() + ", "
        + conflicts.size() + " conflicts";
  }
}
