package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.PrintedCell;
import io.budgetkit.testkit.PrintedCells;
import io.budgetkit.testkit.Source;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The standard rules against budgets built to be consistent ({@link ConsistentBudgets}): they
 * accept every one, and they notice any single printed amount changed, at that cell.
 */
class StandardRulesProperties {

  private static final int EXAMPLES = 1000;
  private static final ConsistentBudgets BUDGETS = ConsistentBudgets.standard();

  /** A consistent budget, one of its printed cells and what to add to it. */
  static final class Mutation {
    final DepartmentBudget budget;
    final PrintedCell cell;
    final Amount delta;

    Mutation(DepartmentBudget budget, PrintedCell cell, Amount delta) {
      this.budget = budget;
      this.cell = cell;
      this.delta = delta;
    }

    DepartmentBudget mutated() {
      return PrintedCells.with(budget, cell, cell.amount().plus(delta));
    }

    @Override
    public String toString() {
      return cell + (delta.isNegative() ? " " : " +") + delta + " in " + budget.kind().titlePrefix()
          + " " + budget.departmentCode() + " " + budget.year() + " (" + PrintedCells.of(budget)
              .size() + " printed cells, " + budget.projects().size() + " projects)";
    }
  }

  @Test
  void everyConsistentBudgetPassesTheStandardRulesWithoutError() {
    Map<String, Integer> warnings = new TreeMap<>();
    List<Integer> items = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    List<Integer> projects = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();

    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(BUDGETS)).checkAssert(b -> {
      ValidationReport report = RuleSet.standard().validate(b);
      assertThat(report.findings(Severity.ERROR)).as(() -> report.render(Locale.CHINESE))
          .isEmpty();
      // Built exact to the fen: not even a rounding note, and nothing under STRICT either.
      assertThat(report.findings(Severity.INFO)).isEmpty();
      assertThat(RuleSet.standard().tolerance(Tolerance.STRICT).validate(b).isValid()).isTrue();
      report.findings(Severity.WARNING).forEach(f -> warnings.merge(f.ruleId(), 1, Integer::sum));
      items.add((int) b.expenditure().orElseThrow().rows().stream()
          .filter(r -> r.code().filter(c -> c.level() == CodeLevel.ITEM).isPresent()).count());
      rows.add(b.tables().stream().mapToInt(t -> t.rows().size()).sum());
      projects.add(b.projects().size());
    });

    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
    long wallMillis = (System.nanoTime() - wall) / 1_000_000;
    System.out.printf("StandardRulesProperties: %d budgets (%d rules) in %d ms (%d ms CPU); 项 rows"
        + " %s; rows of the nine tables %s; projects %s; WARNING findings by rule %s%n",
        items.size(), RuleSet.standard().rules().size(), wallMillis, cpuMillis, stats(items),
        stats(rows), stats(projects), warnings);
    assertThat(items).hasSizeGreaterThanOrEqualTo(EXAMPLES);
  }

  @Test
  void changingOnePrintedAmountBeyondRoundingIsAnErrorAtThatCell() {
    qt().withExamples(EXAMPLES).forAll(mutations(StandardRulesProperties::beyondTolerance))
        .checkAssert(m -> {
          DepartmentBudget wrong = m.mutated();
          ValidationReport report = RuleSet.standard().validate(wrong);
          assertThat(report.findings(Severity.ERROR))
              .as(() -> m + "\n" + report.render(Locale.CHINESE))
              .anyMatch(f -> f.names(location(wrong, m.cell)));
        });
  }

  @Test
  void underStrictAnyChangeOfOneHundredthIsAnErrorAtThatCell() {
    RuleSet strict = RuleSet.standard().tolerance(Tolerance.STRICT);
    qt().withExamples(EXAMPLES).forAll(mutations((s, b, cell) -> oneHundredth(s, cell)))
        .checkAssert(m -> {
          DepartmentBudget wrong = m.mutated();
          ValidationReport report = strict.validate(wrong);
          assertThat(report.findings(Severity.ERROR))
              .as(() -> m + "\n" + report.render(Locale.CHINESE))
              .anyMatch(f -> f.names(location(wrong, m.cell)));
        });
  }

  /** Draws how much to change a cell by. */
  interface DeltaDraw {
    Amount draw(Source s, DepartmentBudget budget, PrintedCell cell);
  }

  /** A budget, one of its printed amounts and a change, all drawn so that they shrink. */
  private static Gen<Mutation> mutations(DeltaDraw delta) {
    return BudgetGens.of(s -> {
      DepartmentBudget b = BUDGETS.generate(s);
      List<PrintedCell> cells = PrintedCells.of(b);
      PrintedCell cell = s.pick(cells);
      return new Mutation(b, cell, delta.draw(s, b, cell));
    }).describedAs(Mutation::toString);
  }

  /**
   * A change larger than any rounding tolerance a rule can apply in this budget: no rule sums more
   * printed figures than the longest table has rows, so 0.005 × (rows + 1) 万元 bounds them all.
   * Downwards only where the cell stays non-negative.
   */
  private static Amount beyondTolerance(Source s, DepartmentBudget b, PrintedCell cell) {
    int terms = b.tables().stream().mapToInt(t -> t.rows().size()).max().orElse(1);
    long least = (terms + 1) / 2 + 1; // in 0.01 万元: more than 0.005 × (terms + 1)
    long hundredths = s.longBetween(least, least + 100_000);
    Amount delta = Amount.ofFen(hundredths * 10_000);
    return s.chance(50) && !cell.amount().isLessThan(delta) ? delta.negated() : delta;
  }

  /** ±0.01 万元, the smallest printed change. */
  private static Amount oneHundredth(Source s, PrintedCell cell) {
    Amount fen = Amount.parse("0.01");
    return s.chance(50) && !cell.amount().isLessThan(fen) ? fen.negated() : fen;
  }

  private static Location location(DepartmentBudget b, PrintedCell cell) {
    DisclosureTable table = cell.tableIn(b);
    return Location.of(table, cell.rowIn(b), cell.column());
  }

  private static String stats(List<Integer> values) {
    return "min " + values.stream().mapToInt(Integer::intValue).min().orElse(0) + " / mean "
        + String.format("%.1f", values.stream().mapToInt(Integer::intValue).average().orElse(0))
        + " / max " + values.stream().mapToInt(Integer::intValue).max().orElse(0);
  }
}
