package io.budgetkit.core.amount;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The unit and number of decimals a table prints its amounts at, e.g. 0.01 万元.
 *
 * <p>A precision belongs to a table (through its profile), not to an amount: it governs how the
 * table formats amounts and how far a printed total may legitimately differ from the sum of its
 * printed parts. Every printed figure is rounded to half a {@link #step() step}, so a sum of
 * {@code n} printed parts may differ from its printed total by up to {@code step / 2 × (n + 1)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Precision {

  /** 0.01 万元, the precision of the common nine-table profile. */
  public static final Precision HUNDREDTHS_OF_WAN = new Precision(PrintedUnit.WAN_YUAN, 2);

  /** 0.01 元 (one fen), for tables printed in yuan. */
  public static final Precision FEN = new Precision(PrintedUnit.YUAN, 2);

  private final PrintedUnit unit;
  private final int decimals;

  private Precision(PrintedUnit unit, int decimals) {
    this.unit = unit;
    this.decimals = decimals;
  }

  /**
   * Returns the precision of the given unit and number of decimals in that unit.
   *
   * @param unit the printed unit
   * @param decimals decimals in that unit; 0 to 6 for 万元, 0 to 2 for 元
   * @return the precision
   * @throws IllegalArgumentException if the precision is finer than one fen
   */
  public static Precision of(PrintedUnit unit, int decimals) {
    Objects.requireNonNull(unit, "unit");
    if (decimals < 0 || decimals > Amount.MAX_SCALE - unit.shiftFromWan()) {
      throw new IllegalArgumentException(
          decimals + " decimals of " + unit.label() + " is finer than one fen or negative");
    }
    return new Precision(unit, decimals);
  }

  /**
   * Returns the printed unit.
   *
   * @return the unit
   */
  public PrintedUnit unit() {
    return unit;
  }

  /**
   * Returns the number of decimals printed, in the printed unit.
   *
   * @return the decimals
   */
  public int decimals() {
    return decimals;
  }

  /**
   * Returns the number of decimals of 万元 this precision amounts to.
   *
   * @return e.g. 2 for 0.01 万元, 6 for 0.01 元
   */
  public int scaleInWan() {
    return decimals + unit.shiftFromWan();
  }

  /**
   * Returns the smallest printed step, e.g. 0.01 万元.
   *
   * @return the step
   */
  public Amount step() {
    return Amount.of(BigDecimal.ONE.movePointLeft(scaleInWan()));
  }

  /**
   * Returns the largest difference rounding alone can explain between a printed total and the
   * sum of {@code terms} printed parts: half a step for each part and for the total.
   *
   * <p>The result is a decimal in 万元 rather than an {@link Amount} because half a step of a
   * table printed to the fen is half a fen.
   *
   * @param terms the number of parts summed, at least 1
   * @return {@code step / 2 × (terms + 1)} in 万元, e.g. 0.020 for three parts at 0.01 万元
   * @throws IllegalArgumentException if {@code terms < 1}
   */
  public BigDecimal roundingTolerance(int terms) {
    if (terms < 1) {
      throw new IllegalArgumentException("A sum has at least one term, was " + terms);
    }
    return BigDecimal.valueOf(5L * (terms + 1L), scaleInWan() + 1);
  }

  /**
   * Tells whether a difference between a printed total and the sum of its printed parts can be
   * explained by rounding alone.
   *
   * @param difference total minus the sum of the parts (either sign)
   * @param terms the number of parts summed, at least 1
   * @return true if {@code |difference| ≤ step / 2 × (terms + 1)}
   * @throws IllegalArgumentException if {@code terms < 1}
   */
  public boolean isWithinRoundingTolerance(Amount difference, int terms) {
    return difference.toWanYuan().abs().compareTo(roundingTolerance(terms)) <= 0;
  }

  /**
   * Formats an amount in the printed unit with this precision's decimals.
   *
   * @param amount the amount
   * @param mode how to round if the amount is finer than this precision
   * @return e.g. {@code "2143.14"} (万元) or {@code "21431400.00"} (元)
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
   */
  public String format(Amount amount, RoundingMode mode) {
    return amount.toWanYuan().movePointRight(unit.shiftFromWan())
        .setScale(decimals, mode).toPlainString();
  }

  /**
   * Parses an amount printed in this precision's unit.
   *
   * @param text the printed number, e.g. {@code "21431400.00"} for a table in 元
   * @return the amount
   * @throws IllegalArgumentException if the text is not a number
   * @throws ArithmeticException if the number is finer than one fen
   */
  public Amount parse(String text) {
    // Not through Amount.parse: a number of 元 read as 万元 could leave the range of an Amount.
    return Amount.of(Amount.parseDecimal(text).movePointLeft(unit.shiftFromWan()));
  }

  /**
   * Tells whether an amount can be printed at this precision without rounding.
   *
   * @param amount the amount
   * @return true if exact at this precision
   */
  public boolean isExact(Amount amount) {
    return amount.isExactAt(scaleInWan());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Precision && ((Precision) o).unit == unit
        && ((Precision) o).decimals == decimals;
  }

  @Override
  public int hashCode() {
    return unit.hashCode() * 31 + decimals;
  }

  @Override
  public String toString() {
    return BigDecimal.ONE.movePointLeft(decimals).toPlainString() + " " + unit.label();
  }
}
