package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to printed cells of a budget's tables, collected and then applied at once: each cell
 * given by its table, row and column, changed by a difference or set to an amount. A blank cell
 * that is changed gets printed.
 *
 * <p>Not thread-safe: one set of changes per mutation.
 */
final class CellChanges {

  private final DepartmentBudget budget;
  private final Map<TableKind, Map<Integer, TreeMap<Integer, Amount>>> changed =
      new LinkedHashMap<>();

  CellChanges(DepartmentBudget budget) {
    this.budget = budget;
  }

  /** Adds {@code delta} to the cells of a row in the given columns. */
  CellChanges add(TableKind table, TableRow row, Amount delta, int... columns) {
    TreeMap<Integer, Amount> cells = cells(table, row);
    for (int c : columns) {
      cells.put(c, cells.getOrDefault(c, Amount.ZERO).plus(delta));
    }
    return this;
  }

  /** Sets a cell of a row. */
  CellChanges set(TableKind table, TableRow row, int column, Amount amount) {
    cells(table, row).put(column, amount);
    return this;
  }

  private TreeMap<Integer, Amount> cells(TableKind table, TableRow row) {
    return changed.computeIfAbsent(table, k -> new LinkedHashMap<>())
        .computeIfAbsent(row.seq(), k -> BudgetRebuild.cellsOf(row));
  }

  /** The budget with every change made. */
  DepartmentBudget apply() {
    DepartmentBudget b = budget;
    for (Map.Entry<TableKind, Map<Integer, TreeMap<Integer, Amount>>> e : changed.entrySet()) {
      DisclosureTable t = BudgetRebuild.table(b, e.getKey());
      b = BudgetRebuild.withTable(b, BudgetRebuild.withCells(t, e.getValue()));
    }
    return b;
  }
}
