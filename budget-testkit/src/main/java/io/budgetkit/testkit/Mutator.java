package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import java.util.Optional;
import java.util.Set;

/**
 * Breaks one invariant of a consistent budget (one of {@link ConsistentBudgets}) and says which
 * rule should notice, where: the counterpart of a rule in mutation testing. The catalogue is
 * {@link Mutators}.
 *
 * <p>Implementations are immutable and thread-safe; {@link #mutate} is as thread-safe as the
 * source it is given.
 */
public interface Mutator {

  /**
   * Returns the mutator's name, unique in {@link Mutators#all()}, e.g. {@code
   * HIER_SECTION_NOT_SUM_OF_ITEMS}.
   *
   * @return the name
   */
  String name();

  /**
   * Returns the id of the rule its mutations break.
   *
   * @return a stable rule id such as {@code BK-HIER-003}
   */
  String ruleId();

  /**
   * Returns the ids of the rules that necessarily fire as well; empty for a mutator that breaks
   * exactly one invariant (all of {@link Mutators#all()} but the five its documentation names).
   *
   * @return the rule ids
   */
  default Set<String> alsoFires() {
    return Set.of();
  }

  /**
   * Breaks the mutator's invariant in a budget, choosing the place and the amount (at least
   * 1.00 万元, beyond any rounding tolerance) from the source.
   *
   * @param budget a consistent budget
   * @param source the randomness to draw from
   * @return the mutation, or empty if the budget offers no place for it (no 三公 lines, no
   *     procurement, a single 类…)
   */
  Optional<Mutation> mutate(DepartmentBudget budget, Source source);
}
