package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.List;

/** Lets the tests of other packages run the {@link IndependentChecks}. */
public final class IndependentChecksAccess {

  private IndependentChecksAccess() {}

  /** Returns every broken invariant of the budget, empty if it is consistent. */
  public static List<String> problems(DepartmentBudget budget) {
    return IndependentChecks.problems(budget);
  }
}
