package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Generators of amounts as the tables print them: whole steps of a precision, 0.01 万元 unless
 * another is given.
 *
 * <pre>{@code
 * Generator<Amount> fee = Amounts.between(Amount.parse("0.01"), Amount.parse("50.00"));
 * Generator<List<Amount>> columns = Amounts.positive().flatMap(t -> Amounts.partsOf(t, 3));
 * }</pre>
 *
 * <p>Every generator shrinks towards its lower bound (zero for {@link #upTo(Amount)}, 0.01 万元 for
 * {@link #positive()}). This class is stateless; its generators are immutable and thread-safe.
 */
public final class Amounts {

  private static final Precision HUNDREDTHS = Precision.HUNDREDTHS_OF_WAN;

  private Amounts() {}

  /**
   * Returns a generator of amounts in whole 0.01 万元 between two bounds, both included.
   *
   * @param lo the lower bound, where shrinking leads (rounded up to a whole 0.01 万元)
   * @param hi the upper bound (rounded down to a whole 0.01 万元)
   * @return the generator
   * @throws IllegalArgumentException if no whole 0.01 万元 lies between the bounds
   */
  public static Generator<Amount> between(Amount lo, Amount hi) {
    return between(lo, hi, HUNDREDTHS);
  }

  /**
   * Returns a generator of amounts in whole steps of a precision between two bounds, both
   * included: whole 元 for {@code Precision.of(PrintedUnit.YUAN, 0)}, whole 万元 for {@code
   * Precision.of(PrintedUnit.WAN_YUAN, 0)}.
   *
   * @param lo the lower bound, where shrinking leads (rounded up to a whole step)
   * @param hi the upper bound (rounded down to a whole step)
   * @param precision the precision whose step the amounts are multiples of
   * @return the generator
   * @throws IllegalArgumentException if no whole step lies between the bounds
   */
  public static Generator<Amount> between(Amount lo, Amount hi, Precision precision) {
    Objects.requireNonNull(lo, "lo");
    Objects.requireNonNull(hi, "hi");
    long step = Objects.requireNonNull(precision, "precision").step().fen();
    long first = -Math.floorDiv(-lo.fen(), step); // rounded up
    long last = Math.floorDiv(hi.fen(), step);
    if (last < first) {
      throw new IllegalArgumentException("No amount in whole steps of " + precision
          + " lies between " + lo + " and " + hi);
    }
    return source -> Amount.ofFen(Math.multiplyExact(source.longBetween(first, last), step));
  }

  /**
   * Returns a generator of non-negative amounts in whole 0.01 万元 up to a bound.
   *
   * @param hi the upper bound, included (rounded down to a whole 0.01 万元)
   * @return the generator; shrinks to zero
   * @throws IllegalArgumentException if {@code hi} is negative
   */
  public static Generator<Amount> upTo(Amount hi) {
    return between(Amount.ZERO, hi);
  }

  /**
   * Returns a generator of positive amounts as a budget table holds them: whole 0.01 万元 from 0.01
   * to 10000.00 万元, small amounts (up to 1.00, 100.00 or 1000.00 万元) as likely as large ones.
   * The same draw makes the amounts of {@link ConsistentBudgets}.
   *
   * @return the generator; shrinks to 0.01 万元
   */
  public static Generator<Amount> positive() {
    return source -> Draws.wan(Draws.amount(source));
  }

  /**
   * Returns a generator of splits of a total into {@code n} non-negative parts in whole 0.01 万元
   * that add up to the total exactly. Every split is possible, parts of zero and a part holding
   * the whole total included; shrinking leads to zero parts and the whole total in the last one.
   *
   * @param total the total, non-negative and in whole 0.01 万元
   * @param n the number of parts, at least 1
   * @return the generator; its lists are unmodifiable and have {@code n} elements
   * @throws IllegalArgumentException if the total is negative or not in whole 0.01 万元, or {@code
   *     n < 1}
   */
  public static Generator<List<Amount>> partsOf(Amount total, int n) {
    Objects.requireNonNull(total, "total");
    long step = HUNDREDTHS.step().fen();
    if (total.isNegative() || total.fen() % step != 0) {
      throw new IllegalArgumentException("Cannot split " + total
          + " into parts: the total must be non-negative and in whole 0.01 万元");
    }
    if (n < 1) {
      throw new IllegalArgumentException("Cannot split " + total + " into " + n + " parts");
    }
    long hundredths = total.fen() / step;
    return source -> {
      // n - 1 cuts anywhere in [0, total]: each shrinks to 0, leaving the total to the last part
      long[] cuts = new long[n + 1];
      for (int i = 1; i < n; i++) {
        cuts[i] = source.longBetween(0, hundredths);
      }
      cuts[n] = hundredths;
      Arrays.sort(cuts, 1, n);
      List<Amount> parts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        parts.add(Draws.wan(cuts[i + 1] - cuts[i]));
      }
      return List.copyOf(parts);
    };
  }
}
