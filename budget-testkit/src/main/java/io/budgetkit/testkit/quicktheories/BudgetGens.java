package io.budgetkit.testkit.quicktheories;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Generator;
import io.budgetkit.testkit.Source;
import java.util.Objects;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * QuickTheories {@link Gen}s of the testkit's generators: {@link #from(Generator)} for any {@link
 * Generator}, {@link #budgets(ConsistentBudgets)} with a readable description of each budget.
 *
 * <pre>{@code
 * qt().withExamples(1000)
 *     .forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
 *     .checkAssert(b -> assertThat(RuleSet.standard().validate(b).isValid()).isTrue());
 * }</pre>
 *
 * <p>Every value is drawn through QuickTheories ({@link QuickTheoriesSource}), so a failing budget
 * shrinks: towards fewer rows and projects, smaller amounts and the first choice of every pick.
 */
public final class BudgetGens {

  private BudgetGens() {}

  /**
   * Returns a generator of consistent budgets.
   *
   * @param budgets the generator's settings
   * @return the QuickTheories generator
   */
  public static Gen<DepartmentBudget> budgets(ConsistentBudgets budgets) {
    Objects.requireNonNull(budgets, "budgets");
    return from(budgets).describedAs(BudgetGens::describe);
  }

  /**
   * Returns a QuickTheories generator of any of the testkit's generators ({@link
   * io.budgetkit.testkit.Amounts}, {@link io.budgetkit.testkit.Codes}, {@link
   * io.budgetkit.testkit.Tables}, {@link ConsistentBudgets}, or one of the caller's own). Every
   * draw goes through QuickTheories, so a failing value shrinks as the generator's javadoc says.
   *
   * <pre>{@code
   * qt().forAll(BudgetGens.from(Amounts.upTo(Amount.parse("100.00"))))
   *     .checkAssert(a -> assertThat(a.isNegative()).isFalse());
   * }</pre>
   *
   * @param generator the generator
   * @param <T> the value type
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> from(Generator<T> generator) {
    Objects.requireNonNull(generator, "generator");
    return of(generator::generate);
  }

  /**
   * Returns a QuickTheories generator of anything drawn from a {@link Source}, e.g. a budget
   * together with the cell a test will change.
   *
   * @param draw draws one value
   * @param <T> the value type
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Function<Source, T> draw) {
    Objects.requireNonNull(draw, "draw");
    return in -> draw.apply(new QuickTheoriesSource(in));
  }

  private static String describe(DepartmentBudget b) {
    return b.kind().titlePrefix() + " " + b.departmentCode() + " " + b.departmentName() + " "
        + b.year() + ": " + b.tables().stream()
            .map(t -> t.kind().standardNumber() + "(" + t.rows().size() + " rows)")
            .reduce((x, y) -> x + " " + y).orElse("no tables")
        + ", " + b.projects().size() + " projects";
  }
}
