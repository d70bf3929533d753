package io.budgetkit.testkit.quicktheories;

import io.budgetkit.testkit.Source;
import java.util.Objects;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A {@link Source} that draws every value through QuickTheories, so that QuickTheories records
 * each draw and can shrink a failing example draw by draw.
 *
 * <p>Each draw is a {@code Generate.longRange(lo, hi, lo)}: it shrinks towards its lower bound,
 * as {@link Source} promises.
 *
 * <p>Not thread-safe: it wraps the randomness of one QuickTheories generation.
 */
public final class QuickTheoriesSource implements Source {

  private final RandomnessSource in;

  /**
   * Wraps the randomness QuickTheories hands a generator.
   *
   * @param in the randomness of one generation
   */
  public QuickTheoriesSource(RandomnessSource in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public long longBetween(long lo, long hi) {
    Source.checkBounds(lo, hi);
    if (lo == hi) {
      return lo; // nothing to draw: keep the recorded draws for the choices that matter
    }
    return Generate.longRange(lo, hi, lo).generate(in);
  }

  @Override
  public String toString() {
    return "QuickTheoriesSource";
  }
}
