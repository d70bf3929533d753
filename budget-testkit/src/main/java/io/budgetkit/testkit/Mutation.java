package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A budget with exactly one invariant broken, and what a validator should say about it: the
 * stable id of the rule that should fire (e.g. {@code BK-HIER-003}) at ERROR or WARNING
 * severity, where it should report, and which other rules, if any, fire as a necessary
 * consequence of the change ({@link #alsoFires()}: empty for all but five mutators of {@link
 * Mutators#all()}, which break one invariant and nothing else).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Mutation {

  private final String mutator;
  private final DepartmentBudget original;
  private final DepartmentBudget budget;
  private final String ruleId;
  private final ExpectedLocation location;
  private final String description;
  private final Set<String> alsoFires;

  Mutation(String mutator, DepartmentBudget original, DepartmentBudget budget, String ruleId,
      ExpectedLocation location, String description, Set<String> alsoFires) {
    this.mutator = Objects.requireNonNull(mutator, "mutator");
    this.original = Objects.requireNonNull(original, "original");
    this.budget = Objects.requireNonNull(budget, "budget");
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.location = Objects.requireNonNull(location, "location");
    this.description = Objects.requireNonNull(description, "description");
    this.alsoFires = Set.copyOf(alsoFires);
  }

  /**
   * Returns the name of the mutator that made this mutation.
   *
   * @return the name, as {@link Mutator#name()}
   */
  public String mutator() {
    return mutator;
  }

  /**
   * Returns the budget before the mutation.
   *
   * @return the original budget
   */
  public DepartmentBudget original() {
    return original;
  }

  /**
   * Returns the mutated budget.
   *
   * @return the budget with one invariant broken
   */
  public DepartmentBudget budget() {
    return budget;
  }

  /**
   * Returns the id of the rule that should report the mutation.
   *
   * @return a stable rule id such as {@code BK-XT-010}
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns where the rule should report it.
   *
   * @return the location
   */
  public ExpectedLocation location() {
    return location;
  }

  /**
   * Returns what was changed and which invariant no longer holds, e.g. {@code 支出总表 序号7
   * 2010301 栏次3 +12.00: 款 20103 no longer equals the sum of its 项}.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the ids of the rules that necessarily fire as well; empty when the mutation breaks
   * exactly one invariant.
   *
   * @return the rule ids
   */
  public Set<String> alsoFires() {
    return alsoFires;
  }

  /**
   * Describes the mutation: mutator, rule, location and change.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return mutator + " → " + ruleId + " at " + location + ": " + description
        + (alsoFires.isEmpty() ? "" : " (also " + new TreeSet<>(alsoFires) + ")") + " in "
        + budget.kind().titlePrefix() + " " + budget.departmentCode() + " " + budget.year();
  }
}
