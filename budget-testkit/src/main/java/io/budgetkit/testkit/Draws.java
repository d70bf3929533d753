package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Draws shared by the generators: amounts in whole 0.01 万元, splits of a total, distinct picks. */
final class Draws {

  /** Fen in 0.01 万元 (100 元). */
  private static final long FEN_PER_HUNDREDTH = Amount.FEN_PER_WAN / 100;

  /** Upper bounds of the amount tiers, in 0.01 万元: 1.00, 100.00, 1000.00, 10000.00 万元. */
  private static final long[] TIERS = {100, 10_000, 100_000, 1_000_000};

  private Draws() {}

  /**
   * Draws a positive amount in 0.01 万元, from 0.01 to 10000.00 万元, small amounts as likely as
   * large ones; shrinks to 0.01.
   */
  static long amount(Source s) {
    return s.longBetween(1, TIERS[s.intBetween(0, TIERS.length - 1)]);
  }

  /**
   * Splits a total into parts, by random weights; each part at least {@code minimum} (0 or 1).
   * Shrinks towards an even split.
   *
   * @throws IllegalArgumentException if the total cannot give every part its minimum
   */
  static long[] split(Source s, long total, int parts, long minimum) {
    if (parts < 1 || total < minimum * parts) {
      throw new IllegalArgumentException("Cannot split " + total + " into " + parts
          + " parts of at least " + minimum);
    }
    long[] weights = new long[parts];
    long sum = 0;
    for (int i = 0; i < parts; i++) {
      weights[i] = s.longBetween(1, 9);
      sum += weights[i];
    }
    long rest = total - minimum * parts;
    long[] result = new long[parts];
    long given = 0;
    for (int i = 0; i < parts; i++) {
      result[i] = minimum + rest * weights[i] / sum;
      given += result[i];
    }
    result[parts - 1] += total - given;
    return result;
  }

  /** Picks {@code n} distinct elements, in the order drawn; shrinks to the first {@code n}. */
  static <T> List<T> distinct(Source s, List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    List<T> chosen = new ArrayList<>();
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      chosen.add(pool.remove(s.intBetween(0, pool.size() - 1)));
    }
    return chosen;
  }

  /** Returns an amount of whole 0.01 万元. */
  static Amount wan(long hundredths) {
    return Amount.ofFen(Math.multiplyExact(hundredths, FEN_PER_HUNDREDTH));
  }

  /** Prints an amount as a table prints it, {@code 2143.14}. */
  static String printed(long hundredths) {
    return wan(hundredths).format(2, RoundingMode.UNNECESSARY);
  }

  /** Prints an amount as a table cell: blank for zero. */
  static String cell(long hundredths) {
    return hundredths == 0 ? "" : printed(hundredths);
  }

  /** Prints amounts as table cells, blank for zero. */
  static String[] cells(long... hundredths) {
    String[] s = new String[hundredths.length];
    for (int i = 0; i < s.length; i++) {
      s[i] = cell(hundredths[i]);
    }
    return s;
  }

  /** Prints an amount as the narrative writes it, {@code 2143.14万元}. */
  static String wanText(long hundredths) {
    return printed(hundredths) + "万元";
  }
}
