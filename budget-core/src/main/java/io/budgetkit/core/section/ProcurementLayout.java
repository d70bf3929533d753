package io.budgetkit.core.section;

import java.util.List;

/** The column layouts of the 政府采购预算 table (LAYOUTS.md §6). */
public enum ProcurementLayout {
  /** G1, 15 columns: funding 合计 … 单位资金, 上年结转结余. */
  G1(List.of(FundingSource.TOTAL, FundingSource.GENERAL_PUBLIC, FundingSource.GOVERNMENT_FUND,
      FundingSource.STATE_CAPITAL, FundingSource.SPECIAL_ACCOUNT, FundingSource.UNIT_FUNDS,
      FundingSource.CARRYOVER)),
  /** G2, 16 columns: funding 合计 … 单位资金, 财政拨款结转, 非财政拨款结转结余. */
  G2(List.of(FundingSource.TOTAL, FundingSource.GENERAL_PUBLIC, FundingSource.GOVERNMENT_FUND,
      FundingSource.STATE_CAPITAL, FundingSource.SPECIAL_ACCOUNT, FundingSource.UNIT_FUNDS,
      FundingSource.FISCAL_CARRYOVER, FundingSource.NON_FISCAL_CARRYOVER));

  private final List<FundingSource> funding;

  ProcurementLayout(List<FundingSource> funding) {
    this.funding = funding;
  }

  /**
   * Returns the funding columns in printed order.
   *
   * @return the funding sources
   */
  public List<FundingSource> funding() {
    return funding;
  }

  /**
   * Returns the number of printed columns: 7 descriptive, the funding columns and 预留份额.
   *
   * @return 15 for G1, 16 for G2
   */
  public int columnCount() {
    return 7 + funding.size() + 1;
  }
}
