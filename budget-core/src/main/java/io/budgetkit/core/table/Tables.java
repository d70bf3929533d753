package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.CellValues;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.TableLayout;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Checks and cell filling shared by the table types and their builders. */
final class Tables {

  private Tables() {}

  /** Rejects a cell in a column the table does not have, or that does not hold amounts. */
  static void checkCells(TableLayout layout, TableRow row) {
    for (Integer column : row.cells().keySet()) {
      if (!layout.isAmountColumn(column)) {
        throw new IllegalStateException(layout.kind() + " " + row.describe() + ": "
            + (layout.column(column).isPresent()
                ? "栏次" + column + " (" + layout.column(column).get().name() + ") holds no amounts"
                : "the table has no 栏次" + column + " (it has 1 to " + layout.columns().size() + ")"));
      }
    }
  }

  /** Parses printed cells into consecutive amount columns; "" or null is a blank cell. */
  static SortedMap<Integer, Amount> positional(List<Column> columns, String[] printed,
      String where) {
    if (printed.length > columns.size()) {
      throw new IllegalArgumentException(where + ": " + printed.length
          + " amounts given but there are only " + columns.size() + " amount columns ("
          + columns + ")");
    }
    SortedMap<Integer, Amount> cells = new TreeMap<>();
    for (int i = 0; i < printed.length; i++) {
      int column = columns.get(i).number();
      try {
        CellValues.parse(printed[i]).ifPresent(a -> cells.put(column, a));
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new IllegalArgumentException(where + ", 栏次" + column + ": " + e.getMessage(), e);
      }
    }
    return cells;
  }

  static String describeCells(Map<Integer, Amount> cells) {
    StringBuilder s = new StringBuilder();
    cells.forEach((k, v) -> s.append(" [").append(k).append("]=").append(v));
    return s.toString();
  }
}
