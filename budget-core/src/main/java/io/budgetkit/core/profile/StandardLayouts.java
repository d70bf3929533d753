package io.budgetkit.core.profile;

import io.budgetkit.core.amount.Precision;

/** The layouts of the nine standard tables, column for column as DOMAIN.md and LAYOUTS.md give them. */
final class StandardLayouts {

  static final DisclosureProfile COMMON = common(Precision.HUNDREDTHS_OF_WAN);

  private StandardLayouts() {}

  static DisclosureProfile common(Precision precision) {
    return DisclosureProfile.builder()
        .name(precision.equals(Precision.HUNDREDTHS_OF_WAN) ? "common" : "common-" + precision.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + "-" + precision.decimals())
        .addTables(summary(precision), income(precision), expenditure(precision),
            fiscalSummary(precision),
            functionalBasicProject(TableKind.GENERAL_PUBLIC_EXPENDITURE, precision, null),
            basicExpenditure(precision),
            functionalBasicProject(TableKind.GOVERNMENT_FUND_EXPENDITURE, precision,
                "注：无政府性基金预算财政拨款预算，空表列示。"),
            functionalBasicProject(TableKind.STATE_CAPITAL_EXPENDITURE, precision,
                "注：无国有资本经营预算财政拨款预算，空表列示。"),
            threePublic(precision))
        .build();
  }

  private static TableLayout.Builder start(TableKind kind, Precision precision) {
    TableLayout.Builder b = TableLayout.builder();
    b.kind(kind).precision(precision);
    return b;
  }

  /** 收支总表: 1 收入项目 · 2 预算数 · 3 支出项目 · 4 预算数. */
  private static TableLayout summary(Precision p) {
    return start(TableKind.SUMMARY, p)
        .column("收入/项目", ColumnType.LABEL)
        .amount("收入/预算数")
        .column("支出/项目", ColumnType.LABEL)
        .amount("支出/预算数")
        .build();
  }

  /** 收入总表: 1 科目编码 · 2 科目名称 · 3 合计 · 4-11 本年收入 · 12 上年结转. */
  private static TableLayout income(Precision p) {
    return start(TableKind.INCOME, p)
        .column("功能分类科目/科目编码", ColumnType.CODE)
        .column("功能分类科目/科目名称", ColumnType.NAME)
        .amount("合计")
        .amount("本年收入/小计")
        .amount("本年收入/财政拨款收入")
        .amount("本年收入/财政专户收入")
        .amount("本年收入/事业收入")
        .amount("本年收入/经营收入")
        .amount("本年收入/上级补助收入")
        .amount("本年收入/附属单位上缴收入")
        .amount("本年收入/其他收入")
        .amount("上年结转")
        .addColumnSums(ColumnSum.of(3, 4, 12), ColumnSum.of(4, 5, 6, 7, 8, 9, 10, 11))
        .build();
  }

  /** 支出总表: 1 科目编码 · 2 科目名称 · 3 合计 · 4 基本支出 · 5 项目支出 · 6 经营支出 · 7 上解上级支出 · 8 对附属单位补助支出. */
  private static TableLayout expenditure(Precision p) {
    return start(TableKind.EXPENDITURE, p)
        .column("功能分类科目/科目编码", ColumnType.CODE)
        .column("功能分类科目/科目名称", ColumnType.NAME)
        .amount("合计")
        .amount("基本支出")
        .amount("项目支出")
        .amount("经营支出")
        .amount("上解上级支出")
        .amount("对附属单位补助支出")
        .addColumnSums(ColumnSum.of(3, 4, 5, 6, 7, 8))
        .build();
  }

  /** 财政拨款收支总表: 1 收入项目 · 2 金额 · 3 支出项目 · 4 合计 · 5 一般公共预算 · 6 政府性基金 · 7 国有资本经营. */
  private static TableLayout fiscalSummary(Precision p) {
    return start(TableKind.FISCAL_SUMMARY, p)
        .column("收入/项目", ColumnType.LABEL)
        .amount("收入/金额")
        .column("支出/项目", ColumnType.LABEL)
        .amount("支出/合计")
        .amount("支出/一般公共预算财政拨款")
        .amount("支出/政府性基金预算财政拨款")
        .amount("支出/国有资本经营预算财政拨款")
        .addColumnSums(ColumnSum.of(4, 5, 6, 7))
        .build();
  }

  /** Tables 5, 7 and 8: 1 科目编码 · 2 科目名称 · 3 合计 · 4 基本支出 · 5 项目支出. */
  private static TableLayout functionalBasicProject(TableKind kind, Precision p, String note) {
    TableLayout.Builder b = start(kind, p)
        .column("功能分类科目/科目编码", ColumnType.CODE)
        .column("功能分类科目/科目名称", ColumnType.NAME)
        .amount("合计")
        .amount("基本支出")
        .amount("项目支出")
        .addColumnSums(ColumnSum.of(3, 4, 5));
    if (note != null) {
      b.emptyNote(note);
    }
    return b.build();
  }

  /** 基本支出表: 1 科目编码 · 2 科目名称 · 3 合计 · 4 人员经费 · 5 公用经费. */
  private static TableLayout basicExpenditure(Precision p) {
    return start(TableKind.BASIC_EXPENDITURE, p)
        .column("支出经济分类科目/科目编码", ColumnType.CODE)
        .column("支出经济分类科目/科目名称", ColumnType.NAME)
        .amount("一般公共预算基本支出/合计")
        .amount("一般公共预算基本支出/人员经费")
        .amount("一般公共预算基本支出/公用经费")
        .addColumnSums(ColumnSum.of(3, 4, 5))
        .build();
  }

  /** 三公经费支出表: 1 项目 · 2 合计 · 3 一般公共预算财政拨款 · 4 政府性基金预算拨款 · 5 国有资本经营预算财政拨款. */
  private static TableLayout threePublic(Precision p) {
    return start(TableKind.THREE_PUBLIC, p)
        .column("项目", ColumnType.LABEL)
        .amount("资金性质/合计")
        .amount("资金性质/一般公共预算财政拨款")
        .amount("资金性质/政府性基金预算拨款")
        .amount("资金性质/国有资本经营预算财政拨款")
        .addColumnSums(ColumnSum.of(2, 3, 4, 5))
        .emptyNote("注：无财政拨款“三公”经费支出预算，空表列示。")
        .build();
  }
}
