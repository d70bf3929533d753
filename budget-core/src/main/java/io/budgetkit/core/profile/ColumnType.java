package io.budgetkit.core.profile;

/** What a numbered column (栏次) of a table holds. */
public enum ColumnType {
  /** A printed label: an income or expenditure item, a 三公 line. */
  LABEL,
  /** A classification code (科目编码). */
  CODE,
  /** The name of a code (科目名称). */
  NAME,
  /** An amount. */
  AMOUNT
}
