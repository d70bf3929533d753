package io.budgetkit.consolidation;

/** The ways in which the budgets being consolidated can disagree. */
public enum ConflictKind {
  /**
   * A code printed with different names (ignoring spacing and the width of brackets). Resolved
   * with the catalog edition's name when it is one of them, else the lexicographically smallest.
   */
  NAME,
  /**
   * “三公” tables printed in different row layouts (FULL, SUBTOTAL_ONLY, TOTAL_WITHOUT_MEETINGS;
   * an empty table agrees with any). Resolved by printing only the lines every non-empty table
   * prints, each summed; the figures of the other lines are left out, never estimated.
   */
  THREE_PUBLIC_LAYOUT,
  /**
   * 政府采购预算 tables in different column layouts (G1, G2). Resolved in layout G1: the 财政拨款结转
   * and 非财政拨款结转结余 of a G2 line are added into its 上年结转结余.
   */
  PROCUREMENT_LAYOUT,
  /**
   * 固定资产占用情况表 of different 截止时间. Resolved by leaving the date out; the rows are summed.
   */
  ASSETS_DATE,
  /**
   * A 单位预算 result consolidating a 部门预算 whose 收支总表 prints 单位资金, which a 单位预算's
   * income items (事业收入, 经营收入…) cannot split. Resolved by printing 单位资金 as an income item
   * of its own.
   */
  INCOME_ITEMS,
  /**
   * A narrative figure that no table holds (比上年增减, 上年末固定资产金额, 拟购置固定资产) stated by
   * some inputs but not all (a figure no input states is simply not stated). Always reported,
   * never fatal: the figure is left out of the result's 情况说明 rather than invented.
   */
  MISSING_FIGURE
}
