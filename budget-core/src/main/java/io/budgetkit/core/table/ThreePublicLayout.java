package io.budgetkit.core.table;

/**
 * The row layouts of a “三公”经费支出表 (LAYOUTS.md §4).
 */
public enum ThreePublicLayout {
  /** A: no data, only the header, one blank row and the 空表 note. */
  EMPTY,
  /** B: 13 rows, 合计 and 小计 with 会议费 and 培训费 and their 其中 rows. */
  FULL,
  /** C: 8 rows starting at “三公”经费小计, no 合计. */
  SUBTOTAL_ONLY,
  /** D: 9 rows, 合计 and 小计 but no 会议费 / 培训费 rows, although 合计 may count them. */
  TOTAL_WITHOUT_MEETINGS,
  /** Any other set of rows. */
  OTHER
}
