package io.budgetkit.core.profile;

/** The shape of a table: how its rows are identified. */
public enum TableShape {
  /** Two sides, income items on the left and expenditure items on the right (收支总表, 财政拨款收支总表). */
  TWO_SIDED,
  /** Rows by functional code 类/款/项 with a 合计 row (收入总表, 支出总表, tables 5, 7, 8). */
  FUNCTIONAL_ROWS,
  /** Rows by economic code 类/款 with a 合计 row (基本支出表). */
  ECONOMIC_ROWS,
  /** Rows by 三公 item (合计, 小计, 因公出国（境）费 …). */
  ITEM_ROWS
}
