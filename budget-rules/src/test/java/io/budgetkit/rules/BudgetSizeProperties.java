package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.SeededSource;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The standard rules against consistent budgets of every size the testkit offers, 5 to 500 rows
 * in the 收入总表 and 支出总表: no ERROR and no WARNING at any size. The property runs 600 examples
 * (about 15 s; a 500-row budget takes some 40 to 60 ms to validate); it and the fixed 500-row test
 * print their timings.
 */
class BudgetSizeProperties {

  private static final int EXAMPLES = 1000;
  private static final ConsistentBudgets ANY_SIZE = ConsistentBudgets.builder().rows(5, 500)
      .build();

  @Test
  void budgetsOfFiveToFiveHundredRowsPassTheStandardRulesWithoutErrorOrWarning() {
    List<Integer> sizes = new ArrayList<>();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long wall = System.nanoTime();

    qt().withExamples(EXAMPLES).forAll(BudgetGens.budgets(ANY_SIZE)).checkAssert(b -> {
      ValidationReport report = RuleSet.standard().validate(b);
      assertThat(report.findings(Severity.ERROR)).as(() -> report.render(Locale.CHINESE))
          .isEmpty();
      assertThat(report.findings(Severity.WARNING)).as(() -> report.render(Locale.CHINESE))
          .isEmpty();
      sizes.add(b.expenditure().orElseThrow().rows().size());
    });

    System.out.printf("BudgetSizeProperties: %d budgets of %d to %d rows (mean %.1f) in %d ms"
        + " (%d ms CPU)%n", sizes.size(), sizes.stream().mapToInt(Integer::intValue).min()
        .orElse(0), sizes.stream().mapToInt(Integer::intValue).max().orElse(0),
        sizes.stream().mapToInt(Integer::intValue).average().orElse(0),
        (System.nanoTime() - wall) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
    assertThat(sizes).hasSizeGreaterThanOrEqualTo(EXAMPLES);
    assertThat(sizes).allMatch(n -> n >= 5 && n <= 500);
  }

  @Test
  void aBudgetOfFiveHundredRowsPassesTheStandardRulesWithoutErrorOrWarning() {
    ConsistentBudgets largest = ConsistentBudgets.builder().rows(500, 500).build();
    // A first round warms the JIT up; the second one is timed.
    for (int seed = 0; seed < 5; seed++) {
      RuleSet.standard().validate(largest.generate(SeededSource.of(seed)));
    }
    long generating = 0;
    long validating = 0;
    int rounds = 10;
    for (int seed = 100; seed < 100 + rounds; seed++) {
      long start = System.nanoTime();
      DepartmentBudget b = largest.generate(SeededSource.of(seed));
      long generated = System.nanoTime();
      ValidationReport report = RuleSet.standard().validate(b);
      validating += System.nanoTime() - generated;
      generating += generated - start;

      assertThat(b.expenditure().orElseThrow().rows()).hasSize(500);
      assertThat(b.income().orElseThrow().rows()).hasSize(500);
      assertThat(report.findings(Severity.ERROR)).as(() -> report.render(Locale.CHINESE))
          .isEmpty();
      assertThat(report.findings(Severity.WARNING)).as(() -> report.render(Locale.CHINESE))
          .isEmpty();
    }
    System.out.printf("BudgetSizeProperties: a 500-row budget takes %.1f ms to generate and %.1f"
        + " ms to validate (mean of %d)%n", generating / 1e6 / rounds, validating / 1e6 / rounds,
        rounds);
  }
}
