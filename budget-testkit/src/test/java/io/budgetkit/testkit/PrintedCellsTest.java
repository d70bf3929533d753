package io.budgetkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedCellsTest {

  private static final DepartmentBudget BUDGET =
      ConsistentBudgets.standard().generate(SeededSource.of(11));

  @Test
  void everyPrintedAmountIsListedOnceInPrintedOrder() {
    List<PrintedCell> cells = PrintedCells.of(BUDGET);

    int printed = BUDGET.tables().stream().mapToInt(t -> t.rows().stream()
        .mapToInt(r -> r.cells().size()).sum()).sum();
    assertThat(cells).hasSize(printed).doesNotHaveDuplicates();
    assertThat(cells.get(0).table()).isEqualTo(TableKind.SUMMARY);
    assertThat(cells.get(0).row()).isEqualTo(1);
    assertThat(cells.get(0).column()).isEqualTo(2);
    for (PrintedCell c : cells) {
      assertThat(c.rowIn(BUDGET).cell(c.column())).contains(c.amount());
    }
  }

  @Test
  void changingACellChangesThatCellAndNothingElse() {
    for (PrintedCell cell : PrintedCells.of(BUDGET)) {
      Amount other = cell.amount().plus(Amount.parse("1.23"));
      DepartmentBudget changed = PrintedCells.with(BUDGET, cell, other);

      List<PrintedCell> before = PrintedCells.of(BUDGET);
      List<PrintedCell> after = PrintedCells.of(changed);
      assertThat(after).hasSameSizeAs(before);
      for (int i = 0; i < before.size(); i++) {
        PrintedCell b = before.get(i);
        PrintedCell a = after.get(i);
        assertThat(a.amount()).isEqualTo(b.equals(cell) ? other : b.amount());
      }
      assertThat(changed.tables()).extracting(DisclosureTable::title)
          .isEqualTo(BUDGET.tables().stream().map(DisclosureTable::title).toList());
      assertThat(changed.narrative()).isEqualTo(BUDGET.narrative());
      assertThat(changed.projects()).isEqualTo(BUDGET.projects());
      assertThat(changed.procurement()).isEqualTo(BUDGET.procurement());
      assertThat(changed.fixedAssets()).isEqualTo(BUDGET.fixedAssets());
      assertThat(changed.organisation()).isEqualTo(BUDGET.organisation());
      assertThat(PrintedCells.with(changed, PrintedCell.of(cell.table(), cell.row(),
          cell.column(), other), cell.amount())).isEqualTo(BUDGET);
    }
  }

  @Test
  void aBlankCellCannotBeChanged() {
    PrintedCell blank = PrintedCell.of(TableKind.SUMMARY, 2, 2, Amount.ZERO);
    DepartmentBudget b = ConsistentBudgets.builder().governmentFund(Presence.NEVER).build()
        .generate(SeededSource.of(5));

    assertThatThrownBy(() -> PrintedCells.with(b, blank, Amount.ofWan(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No amount");
  }
}
