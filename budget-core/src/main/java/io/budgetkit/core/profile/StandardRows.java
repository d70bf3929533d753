package io.budgetkit.core.profile;

import java.util.List;

/**
 * The fixed rows of the two-sided tables, as the common templates print them (LAYOUTS.md §2-3).
 *
 * <p>The expenditure side's 31 functional 类 rows come from the catalog edition of the budget
 * year ({@link io.budgetkit.core.catalog.CatalogEdition#summaryRows()}); this class holds the
 * income items, which differ between 部门预算 and 单位预算, and the closing rows.
 */
public final class StandardRows {

  private static final List<String> DEPARTMENT_INCOME = List.of(
      "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
      "四、财政专户管理资金收入", "五、单位资金");

  private static final List<String> UNIT_INCOME = List.of(
      "一、一般公共预算拨款收入", "二、政府性基金预算拨款收入", "三、国有资本经营预算拨款收入",
      "四、财政专户管理资金收入", "五、事业收入", "六、事业单位经营收入", "七、上级补助收入",
      "八、附属单位上缴收入", "九、其他收入");

  private static final List<String> FISCAL_INCOME = List.of(
      "一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款");

  private static final List<ClosingRow> SUMMARY_CLOSING = List.of(
      new ClosingRow("本年收入合计", "本年支出合计"),
      new ClosingRow("上年结转结余", "年终结转结余"),
      new ClosingRow("收入总计", "支出总计"));

  private static final List<ClosingRow> FISCAL_CLOSING = List.of(
      new ClosingRow("本年收入合计", "本年支出合计"),
      new ClosingRow("年初财政拨款结转和结余", "年末财政拨款结转和结余"),
      new ClosingRow("一、一般公共预算拨款", ""),
      new ClosingRow("二、政府性基金预算拨款", ""),
      new ClosingRow("三、国有资本经营预算拨款", ""),
      new ClosingRow("收入总计", "支出总计"));

  private StandardRows() {}

  /**
   * Returns the income items printed at the top of the left side of a two-sided table.
   *
   * <p>The 收支总表 of a 部门预算 lists five sources ending with 五、单位资金; older and 单位预算
   * templates split 单位资金 into 事业收入, 事业单位经营收入, 上级补助收入, 附属单位上缴收入 and
   * 其他收入. The 财政拨款收支总表 lists the three kinds of 财政拨款 in both.
   *
   * @param table {@link TableKind#SUMMARY} or {@link TableKind#FISCAL_SUMMARY}
   * @param kind 部门 or 单位
   * @return the items, in printed order
   * @throws IllegalArgumentException for another table
   */
  public static List<String> incomeItems(TableKind table, BudgetKind kind) {
    if (table.equals(TableKind.SUMMARY)) {
      return kind == BudgetKind.DEPARTMENT ? DEPARTMENT_INCOME : UNIT_INCOME;
    }
    if (table.equals(TableKind.FISCAL_SUMMARY)) {
      return FISCAL_INCOME;
    }
    throw new IllegalArgumentException(table + " is not a two-sided table");
  }

  /**
   * Returns the rows printed after the 31 functional 类 rows: totals, carry-overs, and in the
   * 财政拨款收支总表 the breakdown of the carry-over by source.
   *
   * @param table {@link TableKind#SUMMARY} or {@link TableKind#FISCAL_SUMMARY}
   * @return the rows, in printed order (序号 32 on in the common templates)
   * @throws IllegalArgumentException for another table
   */
  public static List<ClosingRow> closingRows(TableKind table) {
    if (table.equals(TableKind.SUMMARY)) {
      return SUMMARY_CLOSING;
    }
    if (table.equals(TableKind.FISCAL_SUMMARY)) {
      return FISCAL_CLOSING;
    }
    throw new IllegalArgumentException(table + " is not a two-sided table");
  }

  /** A closing row: the income item and the expenditure item printed beside it (may be ""). */
  public static final class ClosingRow {
    private final String incomeItem;
    private final String expenditureItem;

    ClosingRow(String incomeItem, String expenditureItem) {
      this.incomeItem = incomeItem;
      this.expenditureItem = expenditureItem;
    }

    /**
     * Returns the income item.
     *
     * @return e.g. 本年收入合计
     */
    public String incomeItem() {
      return incomeItem;
    }

    /**
     * Returns the expenditure item, empty where the template prints none.
     *
     * @return e.g. 本年支出合计
     */
    public String expenditureItem() {
      return expenditureItem;
    }

    @Override
    public String toString() {
      return incomeItem + " | " + expenditureItem;
    }
  }
}
