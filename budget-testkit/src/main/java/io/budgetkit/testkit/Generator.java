package io.budgetkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Generates values of one type from a {@link Source}: the common shape of the testkit's
 * generators ({@link ConsistentBudgets}, {@link Amounts}, {@link Codes}, {@link Tables}), so that
 * one adapter serves them all ({@code BudgetGens.from(generator)} for QuickTheories, a seed loop
 * for anything else).
 *
 * <pre>{@code
 * Generator<Amount> fee = Amounts.between(Amount.parse("0.01"), Amount.parse("50.00"));
 * Generator<String> printed = fee.map(a -> a.format(2, RoundingMode.UNNECESSARY));
 * Amount a = fee.generate(SeededSource.of(42));
 * }</pre>
 *
 * <p>A generator draws only through its source, so the same seeded source gives the same value,
 * and a source that shrinks its draws towards their lower bounds shrinks the value (see {@link
 * Source}). Implementations should be immutable and thread-safe; {@link #generate(Source)} is as
 * thread-safe as the source it is given.
 *
 * @param <T> the type of the generated values
 */
@FunctionalInterface
public interface Generator<T> {

  /**
   * Generates one value.
   *
   * @param source the randomness to draw from
   * @return the value
   */
  T generate(Source source);

  /**
   * Returns a generator of this generator's values turned into something else; it shrinks as this
   * one does.
   *
   * @param f turns a value into the new one
   * @param <R> the new type
   * @return the new generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source));
  }

  /**
   * Returns a generator that draws a value of this generator and then a value of the generator
   * chosen by it, e.g. a year, then a code of that year's catalog edition.
   *
   * @param f chooses the next generator from a value of this one
   * @param <R> the new type
   * @return the new generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> f) {
    Objects.requireNonNull(f, "f");
    return source -> f.apply(generate(source)).generate(source);
  }

  /**
   * Returns a generator of lists of this generator's values, of a size between two bounds (both
   * included); shrinks towards {@code min} elements, each shrunk.
   *
   * @param min the least size, at least 0
   * @param max the largest size, at least {@code min}
   * @return the list generator; its lists are unmodifiable
   * @throws IllegalArgumentException if {@code min < 0} or {@code max < min}
   */
  default Generator<List<T>> listOf(int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("Invalid list size range " + min + "-" + max);
    }
    return source -> {
      int n = source.intBetween(min, max);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(generate(source));
      }
      return List.copyOf(list);
    };
  }
}
