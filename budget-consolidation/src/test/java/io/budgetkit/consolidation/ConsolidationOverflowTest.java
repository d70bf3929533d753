package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two budgets whose amounts add up to more than an {@link Amount} holds cannot be consolidated
 * (issue 10, defect 12): the consolidation ends with the documented {@link
 * ConsolidationException}, whose message names the cell and the departments, instead of an
 * {@link ArithmeticException} (exit 3, “a defect of BudgetKit”, in {@code budgetkit
 * consolidate}).
 */
class ConsolidationOverflowTest {

  /** Half the largest amount and one fen: two of them add up to more than an Amount holds. */
  private static final String HUGE = Amount.ofFen(Long.MAX_VALUE / 2 + 1).toString();
  private static final String LIMIT = Amount.ofFen(Long.MAX_VALUE).toString();

  private static final Consolidator CONSOLIDATOR = Consolidator.builder()
      .department("000", "海港区").conflicts(ConflictPolicy.REPORT).build();

  /** Each place where two budgets' amounts are added, with the cell the message names. */
  static Stream<Arguments> places() {
    return Stream.of(
        Arguments.of("支出总表 201 栏次3（合计）", (UnaryOperator<BudgetBuilder>) b -> b
            .expenditure(t -> t.row("201", "一般公共服务支出", HUGE))),
        Arguments.of("收支总表 一、一般公共预算拨款收入 栏次2（预算数）",
            (UnaryOperator<BudgetBuilder>) b -> b
                .summary(t -> t.row("一、一般公共预算拨款收入", HUGE, ""))),
        Arguments.of("财政拨款“三公”经费支出表 三、公务接待费 栏次2（合计）",
            (UnaryOperator<BudgetBuilder>) b -> b.threePublic(t -> t.row("三、公务接待费", HUGE))),
        Arguments.of("政府采购预算 合计 合计", (UnaryOperator<BudgetBuilder>) b -> b
            .procurement(p -> p.total("合计", HUGE))),
        Arguments.of("固定资产占用情况表 1、房屋 价值", (UnaryOperator<BudgetBuilder>) b -> b
            .fixedAssets(a -> a.row("1、房屋", "1", HUGE))),
        Arguments.of("情况说明 CHANGE_TOTAL", (UnaryOperator<BudgetBuilder>) b -> b
            .narrative(n -> n.figure(FigureKind.CHANGE_TOTAL, "较上年增加", HUGE + "万元"))));
  }

  private static DepartmentBudget budget(String code, String name,
      UnaryOperator<BudgetBuilder> parts) {
    return parts.apply(DepartmentBudget.builder().department(code, name).year(2025)).build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void twoBudgetsWhoseAmountsAddUpBeyondTheLargestAmountCannotBeConsolidated(String cell,
      UnaryOperator<BudgetBuilder> parts) {
    List<DepartmentBudget> two = List.of(budget("101", "甲局", parts),
        budget("102", "乙局", parts));

    assertThatThrownBy(() -> CONSOLIDATOR.consolidate(two))
        .isInstanceOf(ConsolidationException.class)
        .hasMessage("Cannot consolidate: the amounts of " + cell + " add up to more than "
            + LIMIT + " 万元, the largest amount BudgetKit can hold, once those of 102 乙局 are"
            + " added (" + HUGE + " + " + HUGE + "); check those amounts and their unit"
            + " (元 or 万元)");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void accumulatorsMergedInParallelNameTheDepartmentsOfTheOneAdded(String cell,
      UnaryOperator<BudgetBuilder> parts) {
    ConsolidationBuilder first = CONSOLIDATOR.start().add(budget("101", "甲局", parts));
    ConsolidationBuilder second = CONSOLIDATOR.start().add(budget("102", "乙局", parts));

    assertThatThrownBy(() -> first.merge(second))
        .isInstanceOf(ConsolidationException.class)
        .hasMessageContaining("the amounts of " + cell + " add up to more than " + LIMIT)
        .hasMessageContaining("once those of 102 乙局 are added");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("places")
  void amountsThatAddUpWithinTheLargestAmountAreConsolidated(String cell,
      UnaryOperator<BudgetBuilder> parts) {
    // The same parts once: nothing to add, the consolidation goes through.
    assertThat(CONSOLIDATOR.consolidate(List.of(budget("101", "甲局", parts))).budget())
        .isNotNull();
  }
}
