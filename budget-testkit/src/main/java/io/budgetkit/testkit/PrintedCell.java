package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import java.util.Objects;

/**
 * An amount printed in one of a budget's tables: the table, the row's 序号, the column's 栏次 and
 * the amount printed there.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PrintedCell {

  private final TableKind table;
  private final int row;
  private final int column;
  private final Amount amount;

  private PrintedCell(TableKind table, int row, int column, Amount amount) {
    this.table = Objects.requireNonNull(table, "table");
    this.row = row;
    this.column = column;
    this.amount = Objects.requireNonNull(amount, "amount");
  }

  /**
   * Returns a cell.
   *
   * @param table the table
   * @param row the row's 序号
   * @param column the column's 栏次
   * @param amount the amount printed there
   * @return the cell
   */
  public static PrintedCell of(TableKind table, int row, int column, Amount amount) {
    return new PrintedCell(table, row, column, amount);
  }

  /**
   * Returns the table.
   *
   * @return the table's kind
   */
  public TableKind table() {
    return table;
  }

  /**
   * Returns the row's printed 序号.
   *
   * @return the 序号
   */
  public int row() {
    return row;
  }

  /**
   * Returns the column's 栏次.
   *
   * @return the 栏次
   */
  public int column() {
    return column;
  }

  /**
   * Returns the amount printed.
   *
   * @return the amount
   */
  public Amount amount() {
    return amount;
  }

  /**
   * Finds the cell's table in a budget.
   *
   * @param budget the budget
   * @return the table
   * @throws IllegalArgumentException if the budget has no such table
   */
  public DisclosureTable tableIn(DepartmentBudget budget) {
    return budget.table(table).orElseThrow(
        () -> new IllegalArgumentException("The budget has no " + table.baseTitle()));
  }

  /**
   * Finds the cell's row in a budget.
   *
   * @param budget the budget
   * @return the row
   * @throws IllegalArgumentException if the budget has no such table or row
   */
  public TableRow rowIn(DepartmentBudget budget) {
    return tableIn(budget).rows().stream().filter(r -> r.seq() == row).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            table.baseTitle() + " has no row 序号" + row));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PrintedCell)) {
      return false;
    }
    PrintedCell c = (PrintedCell) o;
    return table.equals(c.table) && row == c.row && column == c.column && amount.equals(c.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, row, column, amount);
  }

  /**
   * Describes the cell, e.g. {@code 支出总表 序号3 栏次5 = 1962.10}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return table.baseTitle() + " 序号" + row + " 栏次" + column + " = " + amount;
  }
}
