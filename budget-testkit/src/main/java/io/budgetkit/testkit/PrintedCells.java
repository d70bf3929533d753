package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;

/**
 * The printed amounts of a budget's tables, and budgets with one of them changed: what a test
 * needs to check that a rule notices a wrong cell.
 *
 * <pre>{@code
 * PrintedCell cell = source.pick(PrintedCells.of(budget));
 * DepartmentBudget wrong = PrintedCells.with(budget, cell, cell.amount().plus(Amount.parse("0.01")));
 * }</pre>
 */
public final class PrintedCells {

  private PrintedCells() {}

  /**
   * Returns every amount printed in the budget's tables, table by table in printed order, row by
   * row, column by column; blank cells are not printed amounts.
   *
   * @param budget the budget
   * @return the cells
   */
  public static List<PrintedCell> of(DepartmentBudget budget) {
    List<PrintedCell> cells = new ArrayList<>();
    for (DisclosureTable t : budget.tables()) {
      for (TableRow r : t.rows()) {
        r.cells().forEach((column, amount) ->
            cells.add(PrintedCell.of(t.kind(), r.seq(), column, amount)));
      }
    }
    return cells;
  }

  /**
   * Returns the budget with one printed amount replaced, everything else as it was.
   *
   * @param budget the budget
   * @param cell the cell, as {@link #of(DepartmentBudget)} lists it
   * @param amount the amount to print there instead
   * @return the new budget
   * @throws IllegalArgumentException if the budget has no such cell
   */
  public static DepartmentBudget with(DepartmentBudget budget, PrintedCell cell, Amount amount) {
    Objects.requireNonNull(amount, "amount");
    DisclosureTable table = cell.tableIn(budget);
    TableRow row = cell.rowIn(budget);
    if (row.cell(cell.column()).isEmpty()) {
      throw new IllegalArgumentException("No amount is printed in " + cell);
    }
    SortedMap<Integer, Amount> cells = BudgetRebuild.cellsOf(row);
    cells.put(cell.column(), amount);
    return BudgetRebuild.withTable(budget,
        BudgetRebuild.withCells(table, Map.of(row.seq(), cells)));
  }
}
