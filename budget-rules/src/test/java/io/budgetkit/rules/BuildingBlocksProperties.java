package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.testkit.Generator;
import io.budgetkit.testkit.PrintedCell;
import io.budgetkit.testkit.PrintedCells;
import io.budgetkit.testkit.Tables;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The testkit's single-table generators against the rules that look inside one table: a budget
 * holding only a generated table gets no finding from the row arithmetic (ARITH), the hierarchy
 * (HIER) and the “三公” sums (TPUB), not even under {@link Tolerance#STRICT}; and one printed amount
 * changed by 0.01 万元 gets an error.
 */
class BuildingBlocksProperties {

  private static final RuleSet IN_TABLE = RuleSet.arithmetic().with(RuleSet.hierarchy())
      .with(RuleSet.threePublic()).tolerance(Tolerance.STRICT);
  private static final List<TableKind> FUNCTIONAL = TableKind.standard().stream()
      .filter(k -> k.shape() == TableShape.FUNCTIONAL_ROWS).collect(Collectors.toList());
  private static final List<ThreePublicLayout> LAYOUTS =
      List.copyOf(EnumSet.complementOf(EnumSet.of(ThreePublicLayout.OTHER)));

  /** A budget of one year holding one generated table of any kind the testkit generates. */
  private static final Generator<DepartmentBudget> ONE_TABLE = s -> {
    int year = s.intBetween(2020, 2025);
    var edition = ClassificationCatalog.bundled().edition(year);
    DisclosureTable table;
    switch (s.intBetween(0, 2)) {
      case 0:
        table = Tables.functional(s.pick(FUNCTIONAL), edition, 1, 15).generate(s);
        break;
      case 1:
        table = Tables.basicExpenditure(edition, 1, 12).generate(s);
        break;
      default:
        table = Tables.threePublic(s.pick(LAYOUTS)).generate(s);
    }
    return DepartmentBudget.builder().department("101", "测试部门").year(year)
        .kind(BudgetKind.DEPARTMENT).profile(DisclosureProfile.common()).table(table).build();
  };

  @Test
  void theInTableRulesFindNothingInAGeneratedTable() {
    qt().withExamples(1000).forAll(BudgetGens.from(ONE_TABLE))
        .checkAssert(b -> assertThat(IN_TABLE.validate(b).findings())
            .as("%s", b.tables()).isEmpty());
  }

  @Test
  void theyNoticeOneHundredthAddedToAnyPrintedAmountOfAGeneratedTable() {
    // The rules look: every printed amount of these tables is in some sum.
    Generator<Object[]> changed = ONE_TABLE.flatMap(b -> s -> {
      List<PrintedCell> cells = PrintedCells.of(b);
      if (cells.isEmpty()) {
        return new Object[] {b, null}; // a “三公” table in layout A prints no amount
      }
      PrintedCell cell = s.pick(cells);
      return new Object[] {PrintedCells.with(b, cell, cell.amount().plus(Amount.parse("0.01"))),
          cell};
    });
    qt().withExamples(1000).forAll(BudgetGens.from(changed).describedAs(x -> x[1] + ""))
        .checkAssert(x -> {
          DepartmentBudget b = (DepartmentBudget) x[0];
          if (x[1] != null) {
            assertThat(IN_TABLE.validate(b).findings(Severity.ERROR)).as("%s", x[1]).isNotEmpty();
          }
        });
  }
}
