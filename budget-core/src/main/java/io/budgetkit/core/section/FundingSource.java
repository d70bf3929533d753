package io.budgetkit.core.section;

/** The funding columns of the 政府采购预算 table (政府采购金额 by source). */
public enum FundingSource {
  /** 合计. */
  TOTAL("合计"),
  /** 一般公共预算拨款. */
  GENERAL_PUBLIC("一般公共预算拨款"),
  /** 基金预算拨款. */
  GOVERNMENT_FUND("基金预算拨款"),
  /** 国有资本经营预算拨款. */
  STATE_CAPITAL("国有资本经营预算拨款"),
  /** 财政专户核拨. */
  SPECIAL_ACCOUNT("财政专户核拨"),
  /** 单位资金. */
  UNIT_FUNDS("单位资金"),
  /** 上年结转结余 (layout G1). */
  CARRYOVER("上年结转结余"),
  /** 财政拨款结转 (layout G2). */
  FISCAL_CARRYOVER("财政拨款结转"),
  /** 非财政拨款结转结余 (layout G2). */
  NON_FISCAL_CARRYOVER("非财政拨款结转结余");

  private final String label;

  FundingSource(String label) {
    this.label = label;
  }

  /**
   * Returns the column header.
   *
   * @return e.g. 一般公共预算拨款
   */
  public String label() {
    return label;
  }
}
