package io.budgetkit.rules;

import io.budgetkit.core.problem.Severity;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A check of a subject (a budget, a table, a row, a project…) that reports into {@link Findings}.
 *
 * <p>Validators compose: {@link #allOf}, {@link #forEach}, {@link #nested}, {@link #when} and
 * {@link #withSeverity}. A validator must not throw on bad data; the {@link RuleSet} turns any
 * exception that escapes a rule into a finding rather than stopping.
 *
 * @param <S> the subject
 */
@FunctionalInterface
public interface Validator<S> {

  /**
   * Checks a subject.
   *
   * @param subject what to check
   * @param findings where to report
   */
  void validate(S subject, Findings findings);

  /**
   * Returns a validator that runs all the given ones, in order.
   *
   * @param validators the validators
   * @param <S> the subject
   * @return the composite
   */
  @SafeVarargs
  static <S> Validator<S> allOf(Validator<? super S>... validators) {
    List<Validator<? super S>> list = new java.util.ArrayList<>();
    for (Validator<? super S> v : validators) {
      list.add(v);
    }
    return allOf(list);
  }

  /**
   * Returns a validator that runs all the given ones, in order.
   *
   * @param validators the validators
   * @param <S> the subject
   * @return the composite
   */
  static <S> Validator<S> allOf(List<? extends Validator<? super S>> validators) {
    List<Validator<? super S>> list = List.copyOf(validators);
    return (subject, findings) -> list.forEach(v -> v.validate(subject, findings));
  }

  /**
   * Returns a validator that runs {@code each} on every item of the subject.
   *
   * @param items the items of a subject, e.g. a table's rows
   * @param each the validator of one item
   * @param <S> the subject
   * @param <T> the item
   * @return the validator
   */
  static <S, T> Validator<S> forEach(Function<? super S, ? extends Iterable<? extends T>> items,
      Validator<? super T> each) {
    return (subject, findings) -> {
      for (T item : items.apply(subject)) {
        each.validate(item, findings);
      }
    };
  }

  /**
   * Returns a validator that narrows the subject (e.g. a budget to one of its tables) and runs
   * {@code inner} on it when present, completing its findings' locations with the narrowed
   * subject's location (e.g. the table).
   *
   * @param narrow picks the part to check, empty to skip
   * @param location the location of the part, the prefix of the inner findings
   * @param inner the validator of the part
   * @param <S> the subject
   * @param <T> the part
   * @return the validator
   */
  static <S, T> Validator<S> nested(Function<? super S, Optional<? extends T>> narrow,
      Function<? super T, Location> location, Validator<? super T> inner) {
    return (subject, findings) -> narrow.apply(subject)
        .ifPresent(part -> inner.validate(part, findings.within(location.apply(part))));
  }

  /**
   * Returns a validator that runs only when the condition holds, e.g. only for a 单位预算 or only
   * when a table is present.
   *
   * @param condition the condition on the subject
   * @param then the validator
   * @param <S> the subject
   * @return the validator
   */
  static <S> Validator<S> when(Predicate<? super S> condition, Validator<? super S> then) {
    return (subject, findings) -> {
      if (condition.test(subject)) {
        then.validate(subject, findings);
      }
    };
  }

  /**
   * Returns this validator reporting at another severity (rounding notes stay INFO).
   *
   * @param severity the severity
   * @return the validator
   */
  default Validator<S> withSeverity(Severity severity) {
    return (subject, findings) -> validate(subject, findings.withSeverity(severity));
  }
}
