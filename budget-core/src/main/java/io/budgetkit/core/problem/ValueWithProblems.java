package io.budgetkit.core.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A value together with the problems met while making it, for the readers that never throw on bad
 * data: the budget read with the diagnostics of what could not be read, a document with the notes
 * of its reader.
 *
 * <p>{@link #map}, {@link #flatMap} and {@link #combinedWith} carry the problems along: the
 * problems of a result are those of its inputs, in order, then its own.
 *
 * <p>This class is immutable, and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public final class ValueWithProblems<T> {

  private final T value;
  private final List<Problem> problems;

  private ValueWithProblems(T value, List<? extends Problem> problems) {
    this.value = Objects.requireNonNull(value, "value");
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns a value without problems.
   *
   * @param <T> the type of the value
   * @param value the value
   * @return the value with no problems
   */
  public static <T> ValueWithProblems<T> of(T value) {
    return new ValueWithProblems<>(value, List.of());
  }

  /**
   * Returns a value with problems.
   *
   * @param <T> the type of the value
   * @param value the value
   * @param problems the problems, in the order met
   * @return the value with its problems
   */
  public static <T> ValueWithProblems<T> of(T value, List<? extends Problem> problems) {
    return new ValueWithProblems<>(value, problems);
  }

  /**
   * Returns the values of several results as one list, with all their problems in order.
   *
   * @param <T> the type of the values
   * @param results the results
   * @return the list of values with every problem
   */
  public static <T> ValueWithProblems<List<T>> combine(List<ValueWithProblems<T>> results) {
    List<T> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (ValueWithProblems<T> r : results) {
      values.add(r.value);
      problems.addAll(r.problems);
    }
    return new ValueWithProblems<>(List.copyOf(values), problems);
  }

  /**
   * Returns the value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * Returns the problems met, in the order met.
   *
   * @return the problems, empty if none
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Tells whether any problem is an {@link Severity#ERROR}.
   *
   * @return true if one is
   */
  public boolean hasErrors() {
    return Problem.anyError(problems);
  }

  /**
   * Returns the value transformed, with the same problems.
   *
   * @param <R> the type of the result
   * @param function the transformation
   * @return the transformed value with these problems
   */
  public <R> ValueWithProblems<R> map(Function<? super T, ? extends R> function) {
    return new ValueWithProblems<>(function.apply(value), problems);
  }

  /**
   * Returns the result of a step that may meet problems of its own, with these problems first.
   *
   * @param <R> the type of the result
   * @param function the step
   * @return its value, with these problems and then its own
   */
  public <R> ValueWithProblems<R> flatMap(
      Function<? super T, ValueWithProblems<R>> function) {
    ValueWithProblems<R> next = function.apply(value);
    return next.problems.isEmpty() ? new ValueWithProblems<>(next.value, problems)
        : new ValueWithProblems<>(next.value, concat(problems, next.problems));
  }

  /**
   * Returns this value combined with another, with the problems of both.
   *
   * @param <U> the type of the other value
   * @param <R> the type of the result
   * @param other the other result
   * @param combiner how the values combine
   * @return the combined value, with these problems and then the other's
   */
  public <U, R> ValueWithProblems<R> combinedWith(ValueWithProblems<U> other,
      BiFunction<? super T, ? super U, ? extends R> combiner) {
    return new ValueWithProblems<>(combiner.apply(value, other.value),
        concat(problems, other.problems));
  }

  /**
   * Returns this value with more problems, after these.
   *
   * @param more the problems to add
   * @return the value with every problem
   */
  public ValueWithProblems<T> withAdditionalProblems(List<? extends Problem> more) {
    return new ValueWithProblems<>(value, concat(problems, more));
  }

  private static List<Problem> concat(List<? extends Problem> a, List<? extends Problem> b) {
    List<Problem> all = new ArrayList<>(a.size() + b.size());
    all.addAll(a);
    all.addAll(b);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValueWithProblems)) {
      return false;
    }
    ValueWithProblems<?> v = (ValueWithProblems<?>) o;
    return value.equals(v.value) && problems.equals(v.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problems);
  }

  @Override
  public String toString() {
    return value + " with " + problems.size() + " problem(s)";
  }
}
