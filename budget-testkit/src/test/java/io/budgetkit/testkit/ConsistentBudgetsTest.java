package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.ThreePublicLayout;
import java.io.StringReader;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsistentBudgetsTest {

  private static List<DepartmentBudget> generate(ConsistentBudgets g, int count) {
    return IntStream.range(0, count).mapToObj(seed -> g.generate(SeededSource.of(seed))).toList();
  }

  private static long itemRows(CodedTable<FunctionCode> t) {
    return t.rows().stream().filter(r -> r.code().filter(c -> c.level() == CodeLevel.ITEM)
        .isPresent()).count();
  }

  @Test
  void everyGeneratedBudgetAddsUpByIndependentArithmetic() {
    for (DepartmentBudget b : generate(ConsistentBudgets.standard(), 300)) {
      assertThat(IndependentChecks.problems(b)).as(b.departmentName() + " " + b.year()).isEmpty();
    }
  }

  @Test
  void theChecksCatchABudgetThatDoesNotAddUp() {
    // The independent checks can fail: one cell changed by 0.01 breaks the roll-up.
    DepartmentBudget b = ConsistentBudgets.standard().generate(SeededSource.of(3));
    PrintedCell cell = PrintedCells.of(b).stream()
        .filter(c -> c.table().equals(TableKind.EXPENDITURE) && c.row() == 1 && c.column() == 3)
        .findFirst().orElseThrow();
    DepartmentBudget wrong = PrintedCells.with(b, cell,
        cell.amount().plus(io.budgetkit.core.amount.Amount.parse("0.01")));

    assertThat(IndependentChecks.problems(wrong)).isNotEmpty()
        .anyMatch(p -> p.startsWith("支出总表 序号1 合计 栏次3"));
  }

  @Test
  void aSeedGivesBackTheSameBudget() {
    ConsistentBudgets g = ConsistentBudgets.standard();
    assertThat(g.generate(SeededSource.of(42))).isEqualTo(g.generate(SeededSource.of(42)));
    assertThat(g.generate(SeededSource.of(42))).isNotEqualTo(g.generate(SeededSource.of(43)));
  }

  @Test
  void aBudgetHasTheNineTablesAndEverySectionOfTheCommonProfile() {
    DepartmentBudget b = ConsistentBudgets.standard().generate(SeededSource.of(1));

    assertThat(b.profile()).isEqualTo(DisclosureProfile.common());
    assertThat(b.tables()).extracting(DisclosureTable::kind).containsExactlyElementsOf(
        TableKind.standard());
    assertThat(b.narrative().sections()).extracting(s -> s.kind())
        .containsExactly(SectionKind.values());
    assertThat(b.organisation()).isNotEmpty();
    assertThat(b.procurement()).isPresent();
    assertThat(b.fixedAssets()).isPresent();
  }

  @Test
  void theKindKnobSetsTitlesAndIncomeItems() {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().kind(BudgetKind.UNIT).build(),
        20)) {
      assertThat(b.kind()).isEqualTo(BudgetKind.UNIT);
      assertThat(b.tables()).allMatch(t -> t.title().startsWith("单位预算"));
      assertThat(b.summary().orElseThrow().rowBySeq(9).orElseThrow().incomeItem())
          .contains("九、其他收入");
    }
    assertThat(generate(ConsistentBudgets.builder().kind(BudgetKind.DEPARTMENT).build(), 20))
        .allMatch(b -> b.summary().orElseThrow().rowBySeq(5).orElseThrow().incomeItem()
            .equals(java.util.Optional.of("五、单位资金")));
  }

  @Test
  void theItemsKnobSetsTheNumberOfItemRows() {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().items(3, 3).build(), 20)) {
      assertThat(itemRows(b.expenditure().orElseThrow())).isEqualTo(3);
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().items(40, 40).build(), 5)) {
      assertThat(itemRows(b.expenditure().orElseThrow())).isEqualTo(40);
    }
    // The bundled catalog knows 613 项 codes of the 2020-2025 editions; more cannot be drawn.
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().items(1000, 1000).build(), 2)) {
      assertThat(itemRows(b.expenditure().orElseThrow())).isEqualTo(613);
    }
  }

  @Test
  void theYearKnobSetsTheBudgetYear() {
    assertThat(generate(ConsistentBudgets.builder().years(2024, 2024).build(), 10))
        .allMatch(b -> b.year() == 2024);
  }

  @Test
  void theProjectsKnobSetsTheNumberOfProjects() {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().projects(3, 3).build(), 30)) {
      assertThat(b.projects()).hasSize(3);
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().projects(0, 0).build(), 30)) {
      assertThat(b.projects()).isEmpty();
      assertThat(b.expenditure().orElseThrow().totalRow().orElseThrow().cell(5)).isEmpty();
      assertThat(b.governmentFundExpenditure().orElseThrow().isEmpty()).isTrue();
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
  }

  @Test
  void fundTablesAreFilledOrPrintedEmptyWithTheirNote() {
    List<DepartmentBudget> filled = generate(ConsistentBudgets.builder()
        .governmentFund(Presence.ALWAYS).stateCapital(Presence.ALWAYS).build(), 20);
    for (DepartmentBudget b : filled) {
      assertThat(b.governmentFundExpenditure().orElseThrow().isEmpty()).isFalse();
      assertThat(b.governmentFundExpenditure().orElseThrow().note()).isEmpty();
      assertThat(b.stateCapitalExpenditure().orElseThrow().isEmpty()).isFalse();
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
    List<DepartmentBudget> empty = generate(ConsistentBudgets.builder()
        .governmentFund(Presence.NEVER).stateCapital(Presence.NEVER).build(), 20);
    for (DepartmentBudget b : empty) {
      assertThat(b.governmentFundExpenditure().orElseThrow().rows()).isEmpty();
      assertThat(b.governmentFundExpenditure().orElseThrow().note())
          .contains("注：无政府性基金预算财政拨款预算，空表列示。");
      assertThat(b.stateCapitalExpenditure().orElseThrow().note())
          .contains("注：无国有资本经营预算财政拨款预算，空表列示。");
    }
  }

  @Test
  void otherFundsFillTheNonFiscalColumns() {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().otherFunds(Presence.NEVER)
        .build(), 20)) {
      CodedRow<FunctionCode> income = b.income().orElseThrow().totalRow().orElseThrow();
      assertThat(income.cells().keySet()).allMatch(c -> c <= 5);
      CodedRow<FunctionCode> spent = b.expenditure().orElseThrow().totalRow().orElseThrow();
      assertThat(spent.cells().keySet()).allMatch(c -> c <= 5);
    }
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().otherFunds(Presence.ALWAYS)
        .build(), 20)) {
      CodedRow<FunctionCode> income = b.income().orElseThrow().totalRow().orElseThrow();
      assertThat(income.cells().keySet()).anyMatch(c -> c > 5);
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(value = ThreePublicLayout.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void theThreePublicTableIsPrintedInTheLayoutAskedFor(ThreePublicLayout layout) {
    for (DepartmentBudget b : generate(ConsistentBudgets.builder().threePublicLayouts(layout)
        .build(), 20)) {
      assertThat(b.threePublic().orElseThrow().rowLayout()).isEqualTo(layout);
      assertThat(IndependentChecks.problems(b)).isEmpty();
    }
  }

  @Test
  void contradictorySettingsAreRefused() {
    assertThatThrownBy(() -> ConsistentBudgets.builder().projects(0, 0)
        .governmentFund(Presence.ALWAYS).build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ConsistentBudgets.builder().items(0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsistentBudgets.builder().items(4, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsistentBudgets.builder().projects(-1, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsistentBudgets.builder().years(2025, 2024))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConsistentBudgets.builder()
        .threePublicLayouts(ThreePublicLayout.OTHER)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCatalogWithoutAnItemForBasicExpenditureCannotGenerate() {
    ClassificationCatalog pensionsOnly = ClassificationCatalog.load(new StringReader(String.join(
        "\n", "scheme\tcode\tname\tsince\tuntil\tsummary_row",
        "functional\t208\t社会保障和就业支出\t2020\t\t1",
        "functional\t20805\t行政事业单位养老支出\t2020\t\t",
        "functional\t2080505\t机关事业单位基本养老保险缴费支出\t2020\t\t")), "test");
    ConsistentBudgets g = ConsistentBudgets.builder().catalog(pensionsOnly).build();

    assertThatThrownBy(() -> g.generate(SeededSource.of(1)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("行政运行");
  }
}
