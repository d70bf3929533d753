package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The size knob {@link ConsistentBudgets.Builder#rows(int, int)}. */
class ConsistentBudgetsRowsTest {

  private static List<DepartmentBudget> generate(ConsistentBudgets g, int count) {
    return IntStream.range(0, count).mapToObj(seed -> g.generate(SeededSource.of(seed))).toList();
  }

  private static int rows(DepartmentBudget b) {
    return b.expenditure().orElseThrow().rows().size();
  }

  /** The rows of a functional table at one level of the classification. */
  private static long count(CodedTable<FunctionCode> t, CodeLevel level) {
    return t.rows().stream().filter(r -> r.code().filter(c -> c.level() == level).isPresent())
        .count();
  }

  @ParameterizedTest
  @ValueSource(ints = {5, 6, 7, 8, 37, 120, 499, 500})
  void theFunctionalTablesHaveExactlyTheRowsAskedFor(int n) {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().rows(n, n).build(), 6)) {
      CodedTable<FunctionCode> spent = b.expenditure().orElseThrow();
      assertThat(spent.rows()).as("支出总表 of %s", b.departmentName()).hasSize(n);
      assertThat(b.income().orElseThrow().rows()).hasSize(n);
      // 合计 + 类 + 款 + 项, counted by level rather than trusted to the generator
      assertThat(1 + count(spent, CodeLevel.CLASS) + count(spent, CodeLevel.SECTION)
          + count(spent, CodeLevel.ITEM)).isEqualTo(n);
      assertThat(spent.rows().get(0).isTotal()).isTrue();
      assertThat(IndependentChecks.problems(b)).as(b.departmentName() + " " + b.year()).isEmpty();
    }
  }

  @Test
  void aRangeGivesEveryCountWithinItAndEachBudgetExactlyItsOwn() {
    List<Integer> counts = generate(ConsistentBudgets.builder().rows(5, 9).build(), 100).stream()
        .map(ConsistentBudgetsRowsTest::rows).collect(Collectors.toList());
    assertThat(counts).containsOnly(5, 6, 7, 8, 9).contains(5, 6, 7, 8, 9);
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().rows(5, 500).build(), 15)) {
      assertThat(rows(b)).isBetween(5, 500);
      assertThat(b.income().orElseThrow().rows()).hasSize(rows(b));
    }
  }

  @Test
  void theDefaultSizeIsFiveToFortyRowsAndItemsReplacesIt() {
    List<Integer> counts = generate(ConsistentBudgets.standard(), 300).stream()
        .map(ConsistentBudgetsRowsTest::rows).collect(Collectors.toList());
    assertThat(counts).allMatch(n -> n >= 5 && n <= 40).contains(5, 40);
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().items(60, 60).build(), 3)) {
      assertThat(count(b.expenditure().orElseThrow(), CodeLevel.ITEM)).isEqualTo(60);
      assertThat(rows(b)).isGreaterThan(60 + 2);
    }
  }

  @Test
  void everyEditionFrom2020GivesFiveHundredRows() {
    for (int year = 2020; year <= 2025; year++) {
      ConsistentBudgets g = ConsistentBudgets.builder().years(year, year).rows(500, 500).build();
      for (DepartmentBudget b : generate(g, 3)) {
        assertThat(rows(b)).isEqualTo(500);
        assertThat(b.year()).isEqualTo(year);
      }
    }
  }

  @Test
  void shrinkingLeadsToTheSmallestBudgetOfTheFirstCodes() {
    // A source that always draws its lower bound is where shrinking ends.
    Source lowest = (lo, hi) -> {
      Source.checkBounds(lo, hi);
      return lo;
    };
    DepartmentBudget b = ConsistentBudgets.builder().rows(5, 500).build().generate(lowest);

    assertThat(b.expenditure().orElseThrow().rows()).extracting(r -> r.code().map(Object::toString))
        .containsExactly(Optional.empty(), Optional.of("201"), Optional.of("20101"),
            Optional.of("2010101"), Optional.of("2010102"));
  }

  @ParameterizedTest
  @CsvSource({"5, 5", "500, 500"})
  void theKindAndFundKnobsWorkAtBothEnds(int min, int max) {
    for (BudgetKind kind : BudgetKind.values()) {
      for (DepartmentBudget b : generate(ConsistentBudgets.builder().kind(kind).rows(min, max)
          .build(), 3)) {
        assertThat(b.kind()).isEqualTo(kind);
        assertThat(rows(b)).isEqualTo(min);
      }
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().rows(min, max)
        .governmentFund(Presence.NEVER).stateCapital(Presence.NEVER).build(), 5)) {
      assertThat(rows(b)).isEqualTo(min);
      assertThat(b.governmentFundExpenditure().orElseThrow().rows()).isEmpty();
      assertThat(b.governmentFundExpenditure().orElseThrow().note()).isPresent();
      assertThat(b.stateCapitalExpenditure().orElseThrow().rows()).isEmpty();
      assertThat(b.stateCapitalExpenditure().orElseThrow().note()).isPresent();
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().rows(min, max)
        .governmentFund(Presence.ALWAYS).stateCapital(Presence.ALWAYS)
        .otherFunds(Presence.ALWAYS).build(), 5)) {
      assertThat(rows(b)).isEqualTo(min);
      assertThat(b.governmentFundExpenditure().orElseThrow().rows()).isNotEmpty();
      assertThat(b.stateCapitalExpenditure().orElseThrow().rows()).isNotEmpty();
      CodedRow<FunctionCode> income = b.income().orElseThrow().totalRow().orElseThrow();
      assertThat(income.cells().keySet()).anyMatch(c -> c > 5);
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().rows(min, max).projects(0, 0)
        .build(), 5)) {
      assertThat(rows(b)).isEqualTo(min);
      assertThat(b.projects()).isEmpty();
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
  }

  @Test
  void rangesOutsideFiveToFiveHundredAreRefused() {
    for (int[] range : new int[][] {{4, 10}, {0, 0}, {5, 501}, {10, 9}, {501, 501}}) {
      assertThatThrownBy(() -> ConsistentBudgets.builder().rows(range[0], range[1]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rows " + range[0] + "-" + range[1])
          .hasMessageContaining("5 to 500");
    }
  }

  @Test
  void rowsAndItemsCannotBothBeSet() {
    assertThatThrownBy(() -> ConsistentBudgets.builder().items(1, 5).rows(5, 10).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("items(1, 5)").hasMessageContaining("rows(5, 10)");
    assertThatThrownBy(() -> ConsistentBudgets.builder().rows(5, 10).items(1, 5).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aCatalogTooSmallForTheRowsDrawnNamesTheYearAndTheLargestSize() {
    ClassificationCatalog small = ClassificationCatalog.load(new StringReader(String.join("\n",
        "scheme\tcode\tname\tsince\tuntil\tsummary_row",
        "functional\t201\t一般公共服务支出\t2020\t\t1",
        "functional\t20103\t政府办公厅（室）及相关机构事务\t2020\t\t",
        "functional\t2010301\t行政运行\t2020\t\t",
        "functional\t2010302\t一般行政管理事务\t2020\t\t",
        "economic\t302\t商品和服务支出\t2018\t\t",
        "economic\t30201\t办公费\t2018\t\t")), "test");
    ConsistentBudgets fits = ConsistentBudgets.builder().catalog(small).years(2023, 2023)
        .rows(5, 5).build();
    assertThat(rows(fits.generate(SeededSource.of(1)))).isEqualTo(5);

    ConsistentBudgets tooLarge = ConsistentBudgets.builder().catalog(small).years(2023, 2023)
        .rows(6, 6).build();
    assertThatThrownBy(() -> tooLarge.generate(SeededSource.of(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2023").hasMessageContaining("at most 5");
  }
}
