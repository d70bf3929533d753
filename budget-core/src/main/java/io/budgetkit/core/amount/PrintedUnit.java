package io.budgetkit.core.amount;

/**
 * The unit a table prints its amounts in.
 *
 * <p>The common disclosure profile prints tables in 万元; some jurisdictions print in 元.
 */
public enum PrintedUnit {
  /** 万元, ten thousand yuan. */
  WAN_YUAN("万元", 0),
  /** 元, one yuan. */
  YUAN("元", 4);

  private final String label;
  private final int shift;

  PrintedUnit(String label, int shift) {
    this.label = label;
    this.shift = shift;
  }

  /**
   * Returns the unit as printed in a table heading ({@code 单位：万元}).
   *
   * @return {@code "万元"} or {@code "元"}
   */
  public String label() {
    return label;
  }

  /**
   * Returns how many decimal places of 万元 one unit of this kind is below 万元.
   *
   * @return 0 for 万元, 4 for 元
   */
  int shiftFromWan() {
    return shift;
  }
}
