package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import java.util.Optional;
import java.util.SortedMap;

/** A printed row of a table: its 序号 and its amount cells by column number (栏次). */
public interface TableRow {

  /**
   * Returns the row's printed number (序号).
   *
   * @return the 序号
   */
  int seq();

  /**
   * Returns the printed amount cells by column number (栏次); blank cells are absent.
   *
   * @return the cells, in column order
   */
  SortedMap<Integer, Amount> cells();

  /**
   * Returns the amount printed in a column.
   *
   * @param column the 栏次
   * @return the amount, or empty if the cell is blank
   */
  default Optional<Amount> cell(int column) {
    return Optional.ofNullable(cells().get(column));
  }

  /**
   * Returns the amount of a column, a blank cell counting as zero.
   *
   * @param column the 栏次
   * @return the amount
   */
  default Amount amount(int column) {
    Amount a = cells().get(column);
    return a == null ? Amount.ZERO : a;
  }

  /**
   * Returns a short description of the row for messages, e.g. {@code 序号3 20103}.
   *
   * @return the description
   */
  String describe();
}
