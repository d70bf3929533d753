package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import java.util.Optional;

/**
 * The amounts mutations change figures by: whole 0.01 万元 from 1.00 万元 up, beyond the rounding
 * tolerance of any sum a rule checks (0.005 × (terms + 1) 万元 stays below 1.00 for the up to 200
 * terms of a table). Shrinks towards 1.00.
 */
final class Deltas {

  /** 1.00 万元 in 0.01 万元. */
  private static final long LEAST = 100;
  /** The largest change drawn, 5000.00 万元. */
  private static final long MOST = 500_000;

  private Deltas() {}

  /** A change of 1.00 to 5000.00 万元. */
  static Amount any(Source s) {
    return Draws.wan(s.longBetween(LEAST, MOST));
  }

  /**
   * A change that leaves at least 0.01 万元 of {@code room}: from 1.00 万元 to {@code room} − 0.01;
   * none if {@code room} is below 1.01 万元.
   */
  static Optional<Amount> within(Source s, Amount room) {
    long most = Math.min(MOST, hundredths(room) - 1);
    if (most < LEAST) {
      return Optional.empty();
    }
    return Optional.of(Draws.wan(s.longBetween(LEAST, most)));
  }

  /** Whether an amount leaves room for a change ({@link #within} gives one). */
  static boolean roomIn(Amount a) {
    return hundredths(a) - 1 >= LEAST;
  }

  /** An amount in whole 0.01 万元 (a generated budget prints nothing finer). */
  static long hundredths(Amount a) {
    return Math.floorDiv(a.fen(), Amount.FEN_PER_WAN / 100);
  }

  /** Prints an amount as the tables do, {@code 12.34}. */
  static String text(Amount a) {
    return a.format(2, java.math.RoundingMode.HALF_UP);
  }

  /** Prints a change with its sign, {@code +12.34} or {@code -12.34}. */
  static String signed(Amount a) {
    return (a.isNegative() ? "" : "+") + text(a);
  }
}
