package io.budgetkit.testkit;

import java.util.List;
import java.util.Objects;

/**
 * The randomness the testkit's generators draw from: a few primitive draws, nothing tied to a
 * property-testing library.
 *
 * <p>{@link SeededSource} draws from a seeded {@link java.util.SplittableRandom}, so a seed gives
 * back the same budget; {@code io.budgetkit.testkit.quicktheories.QuickTheoriesSource} draws each
 * value through QuickTheories so that its shrinking works on generated budgets. Wrapping another
 * library takes one class implementing {@link #longBetween(long, long)} with that library's own
 * draw (see the module's README).
 *
 * <p>Every draw "shrinks" towards its lower bound: a library that shrinks draws towards the low
 * end of their range ends up with fewer rows, fewer projects, smaller amounts and the first
 * choice of every {@link #pick(List)}. The generators lay out their draws with that in mind.
 *
 * <p>Implementations need not be thread-safe: a source serves one generation at a time.
 */
public interface Source {

  /**
   * Draws a long between two bounds, both included.
   *
   * @param lo the lower bound
   * @param hi the upper bound, at least {@code lo}
   * @return a value in {@code [lo, hi]}
   * @throws IllegalArgumentException if {@code hi < lo}
   */
  long longBetween(long lo, long hi);

  /**
   * Draws an int between two bounds, both included.
   *
   * @param lo the lower bound
   * @param hi the upper bound, at least {@code lo}
   * @return a value in {@code [lo, hi]}
   * @throws IllegalArgumentException if {@code hi < lo}
   */
  default int intBetween(int lo, int hi) {
    return Math.toIntExact(longBetween(lo, hi));
  }

  /**
   * Picks one element of a list; the first one is where shrinking leads.
   *
   * @param choices the elements, at least one
   * @param <T> the element type
   * @return one of them
   * @throws IllegalArgumentException if the list is empty
   */
  default <T> T pick(List<T> choices) {
    Objects.requireNonNull(choices, "choices");
    if (choices.isEmpty()) {
      throw new IllegalArgumentException("Cannot pick from an empty list");
    }
    return choices.get(intBetween(0, choices.size() - 1));
  }

  /**
   * Returns true with the given chance; shrinking leads to false.
   *
   * @param percent the chance of true, 0 to 100
   * @return true in about {@code percent} of the draws
   * @throws IllegalArgumentException if {@code percent} is not within 0 to 100
   */
  default boolean chance(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("A chance is 0 to 100 percent, was " + percent);
    }
    return intBetween(0, 99) >= 100 - percent;
  }

  /**
   * Checks the bounds of a draw, for implementations.
   *
   * @param lo the lower bound
   * @param hi the upper bound
   * @throws IllegalArgumentException if {@code hi < lo}
   */
  static void checkBounds(long lo, long hi) {
    if (hi < lo) {
      throw new IllegalArgumentException("Empty range [" + lo + ", " + hi + "]");
    }
  }
}
