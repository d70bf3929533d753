package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.Optional;

/** What a mutator's body returns: the changed budget, where the rule should report, and why. */
final class Broken {

  final DepartmentBudget budget;
  final ExpectedLocation location;
  final String description;

  private Broken(DepartmentBudget budget, ExpectedLocation location, String description) {
    this.budget = budget;
    this.location = location;
    this.description = description;
  }

  /** A mutation's outcome. */
  static Optional<Broken> of(DepartmentBudget budget, ExpectedLocation location,
      String description) {
    return Optional.of(new Broken(budget, location, description));
  }
}
