package io.budgetkit.testkit;

import java.util.SplittableRandom;

/**
 * A {@link Source} drawing from a {@link SplittableRandom} with a given seed: the same seed gives
 * the same draws, hence the same generated budget, on every JVM.
 *
 * <pre>{@code
 * DepartmentBudget b = ConsistentBudgets.standard().generate(SeededSource.of(42));
 * }</pre>
 *
 * <p>Not thread-safe; {@link #split()} gives an independent source for another thread.
 */
public final class SeededSource implements Source {

  private final SplittableRandom random;

  private SeededSource(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns a source with the given seed.
   *
   * @param seed the seed
   * @return the source
   */
  public static SeededSource of(long seed) {
    return new SeededSource(new SplittableRandom(seed));
  }

  /**
   * Returns a new source whose draws are independent of this one's (and change this one's state).
   *
   * @return the new source
   */
  public SeededSource split() {
    return new SeededSource(random.split());
  }

  @Override
  public long longBetween(long lo, long hi) {
    Source.checkBounds(lo, hi);
    if (hi < Long.MAX_VALUE) {
      return random.nextLong(lo, hi + 1);
    }
    if (lo > Long.MIN_VALUE) {
      return random.nextLong(lo - 1, hi) + 1;
    }
    return random.nextLong();
  }

  @Override
  public String toString() {
    return "SeededSource";
  }
}
