package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.ColumnSum;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildingBlocksTest {

  private static final CatalogEdition EDITION = ClassificationCatalog.bundled().edition(2024);

  /** One generator of each kind, by name. */
  private static Map<String, Generator<?>> blocks() {
    return Map.of(
        "between", Amounts.between(Amount.parse("-5"), Amount.parse("5000")),
        "upTo", Amounts.upTo(Amount.parse("100")),
        "positive", Amounts.positive(),
        "partsOf", Amounts.partsOf(Amount.parse("1234.56"), 5),
        "functional", Codes.functional(EDITION, CodeLevel.ITEM),
        "economic", Codes.economic(EDITION, CodeLevel.SECTION),
        "functionalItems", Codes.functionalItems(EDITION, 1, 10),
        "malformed", Codes.malformed(EDITION, CodeScheme.ECONOMIC),
        "expenditureTable", Tables.functional(TableKind.INCOME, EDITION, 1, 10),
        "basicTable", Tables.basicExpenditure(EDITION, 1, 10));
  }

  @Test
  void aSeedGivesTheSameValueEveryTime() {
    List<Generator<?>> all = new ArrayList<>(blocks().values());
    for (ThreePublicLayout layout : List.of(ThreePublicLayout.FULL,
        ThreePublicLayout.SUBTOTAL_ONLY, ThreePublicLayout.TOTAL_WITHOUT_MEETINGS,
        ThreePublicLayout.EMPTY)) {
      all.add(Tables.threePublic(layout));
    }
    for (Generator<?> g : all) {
      for (long seed = 0; seed < 50; seed++) {
        assertThat(g.generate(SeededSource.of(seed))).isEqualTo(g.generate(SeededSource.of(seed)));
      }
    }
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    blocks().forEach((name, g) -> {
      List<Object> values = new ArrayList<>();
      for (long seed = 0; seed < 50; seed++) {
        values.add(g.generate(SeededSource.of(seed)));
      }
      assertThat(values.stream().distinct().count()).as(name).isGreaterThan(5);
    });
  }

  @Test
  void combinatorsDrawFromTheSameSource() {
    Generator<List<String>> printed = Amounts.upTo(Amount.parse("9.99"))
        .map(a -> a.format(2, java.math.RoundingMode.UNNECESSARY)).listOf(2, 4);
    List<String> values = printed.generate(SeededSource.of(3));
    assertThat(values).hasSizeBetween(2, 4).allMatch(v -> v.matches("\\d\\.\\d\\d"));
    assertThat(printed.generate(SeededSource.of(3))).isEqualTo(values);
    assertThat(Amounts.upTo(Amount.ZERO).listOf(0, 0).generate(SeededSource.of(1))).isEmpty();
    assertThatThrownBy(() -> Amounts.positive().listOf(3, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3-2");
  }

  @Test
  void consistentBudgetsIsAGenerator() {
    Generator<DepartmentBudget> budgets = ConsistentBudgets.builder().items(1, 3).build();
    Generator<Integer> years = budgets.map(DepartmentBudget::year);
    assertThat(years.generate(SeededSource.of(9)))
        .isEqualTo(budgets.generate(SeededSource.of(9)).year()).isBetween(2020, 2025);
  }

  @Test
  void boundsWithoutAWholeStepBetweenThemAreRejected() {
    assertThatThrownBy(() -> Amounts.between(Amount.parse("0.011"), Amount.parse("0.019")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.011");
    assertThatThrownBy(() -> Amounts.upTo(Amount.parse("-1")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Amounts.between(Amount.parse("0.011"), Amount.parse("0.02"))
        .generate(SeededSource.of(1))).isEqualTo(Amount.parse("0.02"));
  }

  @Test
  void partsOfRejectsWhatCannotBeSplit() {
    assertThatThrownBy(() -> Amounts.partsOf(Amount.parse("-1"), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    assertThatThrownBy(() -> Amounts.partsOf(Amount.parse("1.001"), 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.01");
    assertThatThrownBy(() -> Amounts.partsOf(Amount.parse("1"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 parts");
    assertThat(Amounts.partsOf(Amount.ZERO, 3).generate(SeededSource.of(2)))
        .containsExactly(Amount.ZERO, Amount.ZERO, Amount.ZERO);
    assertThat(Amounts.partsOf(Amount.parse("7.5"), 1).generate(SeededSource.of(2)))
        .containsExactly(Amount.parse("7.5"));
  }

  @Test
  void codeGeneratorsRejectWhatTheEditionCannotGive() {
    assertThatThrownBy(() -> Codes.economic(EDITION, CodeLevel.ITEM))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2024")
        .hasMessageContaining("项");
    assertThatThrownBy(() -> Codes.functionalItems(EDITION, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Codes.functionalItems(EDITION, 10_000, 10_000))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fewer than 10000");
  }

  @Test
  void aFunctionalTableMayBeDrawnInAnotherLayout() {
    TableLayout layout = TableLayout.builder().kind(TableKind.EXPENDITURE)
        .column("科目编码", ColumnType.CODE).column("科目名称", ColumnType.NAME)
        .amount("合计").amount("财政").amount("其他").amount("其中：专项")
        .addColumnSums(ColumnSum.of(3, 4, 5), ColumnSum.of(5, 6)).build();
    for (long seed = 0; seed < 200; seed++) {
      CodedTable<FunctionCode> t = Tables.functional(layout, EDITION, 1, 5)
          .generate(SeededSource.of(seed));
      assertThat(BlockChecks.codedTable(t, EDITION)).isEmpty();
    }
  }

  @Test
  void tablesRejectLayoutsTheyCannotFill() {
    assertThatThrownBy(() -> Tables.functional(TableKind.SUMMARY, EDITION, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("functional rows");
    TableLayout twice = TableLayout.builder().kind(TableKind.EXPENDITURE)
        .column("科目编码", ColumnType.CODE).column("科目名称", ColumnType.NAME)
        .amount("a").amount("b").amount("c")
        .addColumnSums(ColumnSum.of(3, 4), ColumnSum.of(3, 5)).build();
    assertThatThrownBy(() -> Tables.functional(twice, EDITION, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("栏次3");
    TableLayout cycle = TableLayout.builder().kind(TableKind.EXPENDITURE)
        .column("科目编码", ColumnType.CODE).column("科目名称", ColumnType.NAME)
        .amount("a").amount("b").amount("c")
        .addColumnSums(ColumnSum.of(3, 4), ColumnSum.of(4, 3, 5)).build();
    assertThatThrownBy(() -> Tables.functional(cycle, EDITION, 1, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cycle");
    assertThatThrownBy(() -> Tables.threePublic(ThreePublicLayout.OTHER))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OTHER");
    assertThatThrownBy(() -> Tables.basicExpenditure(EDITION, 2, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threePublicTablesPrintTheRowsOfTheirLayout() {
    Map<ThreePublicLayout, Integer> rows = Map.of(ThreePublicLayout.FULL, 13,
        ThreePublicLayout.SUBTOTAL_ONLY, 8, ThreePublicLayout.TOTAL_WITHOUT_MEETINGS, 9,
        ThreePublicLayout.EMPTY, 0);
    rows.forEach((layout, n) -> {
      ThreePublicTable t = Tables.threePublic(layout).generate(SeededSource.of(5));
      assertThat(t.rows()).as("%s", layout).hasSize(n);
      assertThat(t.title()).isEqualTo(DisclosureProfile.common()
          .requireLayout(TableKind.THREE_PUBLIC).title(io.budgetkit.core.profile.BudgetKind.DEPARTMENT));
    });
    assertThat(Tables.threePublic(ThreePublicLayout.EMPTY).generate(SeededSource.of(5)).note())
        .contains("注：无财政拨款“三公”经费支出预算，空表列示。");
  }
}
