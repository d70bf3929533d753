package io.budgetkit.core.profile;

/**
 * Whether a disclosure is a department budget (部门预算) or a unit budget (单位预算).
 *
 * <p>The two use the same tables; the titles carry the prefix ({@code 部门预算收入总表} vs
 * {@code 单位预算收入总表}), which is the one reliable way to tell them apart.
 */
public enum BudgetKind {
  /** 部门预算, a department with its units. */
  DEPARTMENT("部门"),
  /** 单位预算, a single unit. */
  UNIT("单位");

  private final String label;

  BudgetKind(String label) {
    this.label = label;
  }

  /**
   * Returns the word used in titles.
   *
   * @return 部门 or 单位
   */
  public String label() {
    return label;
  }

  /**
   * Returns the title prefix.
   *
   * @return 部门预算 or 单位预算
   */
  public String titlePrefix() {
    return label + "预算";
  }
}
