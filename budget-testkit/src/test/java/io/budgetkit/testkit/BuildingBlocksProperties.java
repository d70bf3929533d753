package io.budgetkit.testkit;

import static io.budgetkit.testkit.quicktheories.BudgetGens.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.amount.PrintedUnit;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.CodeScheme;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The building-block generators, drawn through QuickTheories, checked by plain arithmetic. */
class BuildingBlocksProperties {

  private static final ClassificationCatalog CATALOG = ClassificationCatalog.bundled();
  private static final Generator<CatalogEdition> EDITIONS =
      s -> CATALOG.edition(s.intBetween(2020, 2025));
  private static final List<TableKind> FUNCTIONAL_KINDS = List.of(TableKind.INCOME,
      TableKind.EXPENDITURE, TableKind.GENERAL_PUBLIC_EXPENDITURE,
      TableKind.GOVERNMENT_FUND_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE);
  private static final List<ThreePublicLayout> LAYOUTS = List.of(ThreePublicLayout.EMPTY,
      ThreePublicLayout.FULL, ThreePublicLayout.SUBTOTAL_ONLY,
      ThreePublicLayout.TOTAL_WITHOUT_MEETINGS);

  /** Draws tuples through QuickTheories, described element by element when a property fails. */
  private static Gen<Object[]> tuples(Generator<Object[]> generator) {
    return from(generator).describedAs(Arrays::toString);
  }

  @Test
  void amountsStayWithinTheirBoundsInWholeSteps() {
    Amount lo = Amount.parse("-12.345");
    Amount hi = Amount.parse("987.654");
    qt().withExamples(1000).forAll(from(Amounts.between(lo, hi))).checkAssert(a -> {
      assertThat(a).isBetween(Amount.parse("-12.34"), Amount.parse("987.65"));
      assertThat(a.isExactAt(2)).as("%s in whole 0.01 万元", a).isTrue();
    });
    Precision wholeYuan = Precision.of(PrintedUnit.YUAN, 0);
    qt().withExamples(1000).forAll(from(Amounts.between(lo, hi, wholeYuan))).checkAssert(a -> {
      assertThat(a).isBetween(lo, hi);
      assertThat(a.fen() % 100).as("%s in whole 元", a).isZero();
    });
    qt().withExamples(1000).forAll(from(Amounts.upTo(hi))).checkAssert(a ->
        assertThat(a).isBetween(Amount.ZERO, hi));
    qt().withExamples(1000).forAll(from(Amounts.positive())).checkAssert(a -> {
      assertThat(a).isBetween(Amount.parse("0.01"), Amount.parse("10000"));
      assertThat(a.isExactAt(2)).isTrue();
    });
  }

  @Test
  void partsAddUpToTheirTotalExactly() {
    Generator<Object[]> splits = s -> {
      Amount total = Amounts.upTo(Amount.parse("100000")).generate(s);
      int n = s.intBetween(1, 12);
      return new Object[] {total, n, Amounts.partsOf(total, n).generate(s)};
    };
    qt().withExamples(1000).forAll(tuples(splits)).checkAssert(x -> {
      Amount total = (Amount) x[0];
      @SuppressWarnings("unchecked")
      List<Amount> parts = (List<Amount>) x[2];
      assertThat(parts).hasSize((Integer) x[1]);
      Amount sum = Amount.ZERO;
      for (Amount p : parts) {
        assertThat(p.isNegative()).as("%s", parts).isFalse();
        assertThat(p.isExactAt(2)).isTrue();
        sum = sum.plus(p);
      }
      assertThat(sum).as("%s", parts).isEqualTo(total);
    });
  }

  @Test
  void codesAreTheEditionsAtTheirLevel() {
    Generator<Object[]> drawn = EDITIONS.flatMap(e -> s -> {
      CodeLevel level = s.pick(List.of(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM));
      CodeLevel economicLevel = s.pick(List.of(CodeLevel.CLASS, CodeLevel.SECTION));
      return new Object[] {e, level, Codes.functional(e, level).generate(s), economicLevel,
          Codes.economic(e, economicLevel).generate(s)};
    });
    qt().withExamples(1000).forAll(tuples(drawn)).checkAssert(x -> {
      CatalogEdition e = (CatalogEdition) x[0];
      FunctionCode f = (FunctionCode) x[2];
      EconomicCode c = (EconomicCode) x[4];
      assertThat(e.contains(f)).as("%s in %s", f, e.year()).isTrue();
      assertThat(f.level()).isEqualTo(x[1]);
      assertThat(e.contains(c)).as("%s in %s", c, e.year()).isTrue();
      assertThat(c.level()).isEqualTo(x[3]);
    });
  }

  @Test
  void functionalItemsAreDistinctOrderedAndPrintableWithTheirParents() {
    Generator<Object[]> drawn = EDITIONS.flatMap(e -> s -> new Object[] {e,
        Codes.functionalItems(e, 2, 7).generate(s)});
    qt().withExamples(1000).forAll(tuples(drawn)).checkAssert(x -> {
      CatalogEdition e = (CatalogEdition) x[0];
      @SuppressWarnings("unchecked")
      List<FunctionCode> items = (List<FunctionCode>) x[1];
      assertThat(items).hasSizeBetween(2, 7).doesNotHaveDuplicates().isSorted();
      for (FunctionCode item : items) {
        assertThat(item.level()).isEqualTo(CodeLevel.ITEM);
        assertThat(e.contains(item)).isTrue();
        assertThat(e.contains(item.parent().orElseThrow())).isTrue();
        assertThat(e.contains(item.parent().orElseThrow().parent().orElseThrow())).isTrue();
      }
    });
  }

  @Test
  void malformedCodesAreRejectedByTheParsers() {
    CatalogEdition e = CATALOG.edition(2024);
    qt().withExamples(1000).forAll(from(Codes.malformed(e, CodeScheme.FUNCTIONAL)))
        .checkAssert(text -> assertThatThrownBy(() -> FunctionCode.parse(text))
            .as("'%s'", text).isInstanceOf(IllegalArgumentException.class));
    qt().withExamples(1000).forAll(from(Codes.malformed(e, CodeScheme.ECONOMIC)))
        .checkAssert(text -> assertThatThrownBy(() -> EconomicCode.parse(text))
            .as("'%s'", text).isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void functionalTablesRollUpAndSatisfyTheirColumnSums() {
    Generator<Object[]> drawn = EDITIONS.flatMap(e -> s -> {
      TableKind kind = s.pick(FUNCTIONAL_KINDS);
      return new Object[] {e, kind, Tables.functional(kind, e, 1, 12).generate(s)};
    });
    qt().withExamples(1000).forAll(tuples(drawn)).checkAssert(x -> {
      CatalogEdition e = (CatalogEdition) x[0];
      @SuppressWarnings("unchecked")
      CodedTable<FunctionCode> t = (CodedTable<FunctionCode>) x[2];
      assertThat(t.kind()).isEqualTo(x[1]);
      assertThat(BlockChecks.codedTable(t, e)).isEmpty();
      assertThat(BlockChecks.items(t)).isBetween(1L, 12L);
      for (CodedRow<FunctionCode> row : t.rows()) {
        assertThat(row.cells().values()).as("%s", row).isNotEmpty()
            .allMatch(a -> a.signum() > 0 && a.isExactAt(2));
      }
    });
  }

  @Test
  void basicExpenditureTablesRollUpWithPersonnelAndPublicExpensesApart() {
    Generator<Object[]> drawn = EDITIONS.flatMap(e -> s -> new Object[] {e,
        Tables.basicExpenditure(e, 1, 10).generate(s)});
    qt().withExamples(1000).forAll(tuples(drawn)).checkAssert(x -> {
      @SuppressWarnings("unchecked")
      CodedTable<EconomicCode> t = (CodedTable<EconomicCode>) x[1];
      assertThat(t.kind()).isEqualTo(TableKind.BASIC_EXPENDITURE);
      assertThat(BlockChecks.codedTable(t, (CatalogEdition) x[0])).isEmpty();
      long sections = t.rows().stream()
          .filter(r -> r.code().filter(c -> c.level() == CodeLevel.SECTION).isPresent()).count();
      assertThat(sections).isBetween(1L, 10L);
      for (CodedRow<EconomicCode> row : t.rows()) {
        String code = row.code().map(EconomicCode::value).orElse("");
        if (code.startsWith("302")) {
          assertThat(row.cell(4)).as("%s 人员经费", row).isEmpty();
        } else if (!code.isEmpty()) {
          assertThat(code).startsWith("30");
          assertThat(row.cell(5)).as("%s 公用经费", row).isEmpty();
        }
      }
    });
  }

  @Test
  void threePublicTablesAddUpInTheirLayout() {
    Generator<Object[]> drawn = s -> {
      ThreePublicLayout layout = s.pick(LAYOUTS);
      return new Object[] {layout, Tables.threePublic(layout).generate(s)};
    };
    qt().withExamples(1000).forAll(tuples(drawn)).checkAssert(x ->
        assertThat(BlockChecks.threePublic((ThreePublicTable) x[1], (ThreePublicLayout) x[0]))
            .isEmpty());
  }
}
