package io.budgetkit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The alternative representation the benchmark measures {@code Amount} against: a {@code
 * BigDecimal} of 万元 at scale 6, with the same parse, add, compare and format semantics.
 */
final class BigDecimalAmount implements Comparable<BigDecimalAmount> {

  static final BigDecimalAmount ZERO = new BigDecimalAmount(BigDecimal.ZERO.setScale(6));

  private final BigDecimal wan;

  private BigDecimalAmount(BigDecimal wan) {
    this.wan = wan;
  }

  static BigDecimalAmount parse(String text) {
    // setScale(6, UNNECESSARY) rejects anything finer than the fen, as Amount.parse does.
    return new BigDecimalAmount(new BigDecimal(text).setScale(6, RoundingMode.UNNECESSARY));
  }

  BigDecimalAmount plus(BigDecimalAmount other) {
    return new BigDecimalAmount(wan.add(other.wan));
  }

  String format(int scale) {
    return wan.setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  @Override
  public int compareTo(BigDecimalAmount o) {
    return wan.compareTo(o.wan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BigDecimalAmount && ((BigDecimalAmount) o).wan.equals(wan);
  }

  @Override
  public int hashCode() {
    return wan.hashCode();
  }
}
