package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.testkit.LargeBudgets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Consolidation time grows with the size of the inputs, not with its square (issue 10, defect
 * 4): two budgets of 50,000 rows per functional table (as large as this module's 384 MB test heap
 * allows: each input holds some 85 MB), read one at a time from a lazy stream, are consolidated in
 * a few seconds. The growth from 1,000 to 100,000 rows is measured by {@code
 * ValidationBenchmark.consolidateTwo} in budget-benchmarks.
 */
class LargeConsolidationTest {

  private static final int ROWS = 50_000;

  @Test
  void twoBudgetsOf50000RowsAreConsolidatedWithinHalfAMinute() {
    Consolidator consolidator = Consolidator.builder().department("000", "汇总")
        .conflicts(ConflictPolicy.REPORT).build();

    Consolidation result = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      long start = System.nanoTime();
      Consolidation c = consolidator.consolidate(Stream.of("101", "102")
          .map(code -> LargeBudgets.consistent(ROWS, code, "部门" + code)));
      System.out.printf("LargeConsolidationTest: two budgets of %d rows built and consolidated"
          + " in %d ms%n", LargeBudgets.functionalRows(ROWS),
          (System.nanoTime() - start) / 1_000_000);
      return c;
    });

    DepartmentBudget budget = result.budget();
    assertThat(budget.expenditure().orElseThrow().rows())
        .hasSize(LargeBudgets.functionalRows(ROWS));
    // Each 项 prints 3.00 in 合计 (基本支出 1.00 + 项目支出 2.00), 200 项 per 类 of 221 rows, in
    // each of the two inputs.
    long items = (LargeBudgets.functionalRows(ROWS) - 1) / 221L * 200L;
    CodedRow<?> total = budget.expenditure().orElseThrow().totalRow().orElseThrow();
    assertThat(total.amount(3)).isEqualTo(Amount.parse("3.00").multipliedBy(2 * items));
    assertThat(result.departments()).hasSize(2);
  }
}
