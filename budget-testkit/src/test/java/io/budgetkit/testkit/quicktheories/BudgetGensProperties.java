package io.budgetkit.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.IndependentChecksAccess;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BudgetGensProperties {

  private static long itemRows(DepartmentBudget b) {
    return b.expenditure().orElseThrow().rows().stream()
        .filter(r -> r.code().filter(c -> c.level() == CodeLevel.ITEM).isPresent()).count();
  }

  @Test
  void everyBudgetDrawnThroughQuickTheoriesAddsUp() {
    qt().withExamples(1000).forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .checkAssert(b -> assertThat(IndependentChecksAccess.problems(b)).isEmpty());
  }

  @Test
  void aFailingBudgetShrinksToASmallOne() {
    // "fewer than 5 项 rows" fails for most budgets. Shrinking must lead to a budget of 5 项
    // rows with little else: 合计 + 类 + 款 + 5 项 make at least 8 rows of the 支出总表, as five 项
    // of the first 款 of the bundled catalog (2010101 …) do; an unshrunk budget has up to 40
    // rows. The report describes the budget (BudgetGens#describe).
    Throwable failure = catchThrowable(() -> qt().withFixedSeed(1).withExamples(200)
        .withShrinkCycles(3000)
        .forAll(BudgetGens.budgets(ConsistentBudgets.standard()))
        .check(b -> itemRows(b) < 5));

    assertThat(failure).isInstanceOf(AssertionError.class);
    Matcher smallest = Pattern.compile("Smallest found falsifying value\\(s\\) :-\\s+(.*)")
        .matcher(failure.getMessage());
    assertThat(smallest.find()).as(failure.getMessage()).isTrue();
    Matcher rows = Pattern.compile(" 3\\((\\d+) rows\\)").matcher(smallest.group(1));
    assertThat(rows.find()).isTrue();
    assertThat(Integer.parseInt(rows.group(1))).as(smallest.group(1)).isBetween(8, 10);
    assertThat(smallest.group(1)).endsWith(", 1 projects");
  }
}
