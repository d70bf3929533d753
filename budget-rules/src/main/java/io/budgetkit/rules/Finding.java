package io.budgetkit.rules;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a rule found: the rule's id, a severity, where, the expected and the actual amount and
 * their difference, and a message in Chinese or English.
 *
 * <p>The message is a template of the rule's resource bundle ({@code
 * io/budgetkit/rules/messages/<area>.properties}, {@code _zh} for Chinese) whose named
 * placeholders ({@code {expected}}, {@code {actual}}, {@code {difference}}, {@code {location}}
 * and the rule's own {@link #arguments()}) are also available to machines.
 *
 * <p>A finding is the validation rules' {@link Problem}: its {@link #key()} is the rule id, its
 * {@link #location()} a {@link Location}.
 *
 * <p>This class is immutable and thread-safe.
 */
// Immutables cannot copy covariant overrides of Problem's accessors in a from(Problem); a
// Finding is copied from a Finding only.
@SuppressWarnings("immutables:from")
@Value.Immutable
public abstract class Finding implements Comparable<Finding>, Problem {

  Finding() {}

  /**
   * Returns the id of the rule that reported the finding.
   *
   * @return e.g. {@code BK-HIER-001}
   */
  public abstract String ruleId();

  /**
   * Returns the problem's key: the {@link #ruleId() rule id}, documented in {@code docs/RULES.md}.
   *
   * @return e.g. {@code BK-HIER-001}
   */
  @Override
  public String key() {
    return ruleId();
  }

  /**
   * Returns the message key, the rule id unless the rule has several messages.
   *
   * @return e.g. {@code BK-HIER-001} or {@code BK-HIER-001.orphan}
   */
  @Value.Default
  public String messageKey() {
    return ruleId();
  }

  /**
   * Returns how serious the finding is.
   *
   * @return the severity
   */
  @Override
  public abstract Severity severity();

  /**
   * Returns the cell or place the finding is about.
   *
   * @return the location
   */
  @Override
  public abstract Location location();

  /**
   * Returns the other printed cells the finding involves, e.g. the parts of a total.
   *
   * @return the related locations
   */
  public abstract List<Location> related();

  /**
   * Returns what the amount should be.
   *
   * @return the expected amount, if the finding compares amounts
   */
  public abstract Optional<Amount> expected();

  /**
   * Returns the amount printed.
   *
   * @return the actual amount, if the finding compares amounts
   */
  public abstract Optional<Amount> actual();

  /**
   * Returns actual minus expected.
   *
   * @return the difference, if the finding compares amounts and the difference can be held (two
   *     amounts of opposite signs near the largest amount have none)
   */
  @Value.Derived
  public Optional<Amount> difference() {
    if (actual().isEmpty() || expected().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(actual().get().minus(expected().get()));
    } catch (ArithmeticException e) {
      return Optional.empty(); // a finding about amounts too large still has to be built
    }
  }

  /**
   * Returns the values of the message's named placeholders besides expected, actual, difference
   * and location.
   *
   * @return the arguments
   */
  @Override
  public abstract Map<String, String> arguments();

  /**
   * Tells whether the finding names a cell, as its location or among the related cells.
   *
   * @param cell a location
   * @return true if the location or a related location has all the parts of {@code cell}
   */
  public boolean names(Location cell) {
    return covers(location(), cell) || related().stream().anyMatch(r -> covers(r, cell));
  }

  private static boolean covers(Location l, Location cell) {
    return l.refine(cell).equals(l);
  }

  /**
   * Returns the message in the given language.
   *
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the message, placeholders filled
   */
  @Override
  public String message(Locale locale) {
    return Messages.format(this, locale);
  }

  @Override
  public int compareTo(Finding other) {
    int c = location().compareTo(other.location());
    if (c == 0) {
      c = severity().compareTo(other.severity());
    }
    if (c == 0) {
      c = ruleId().compareTo(other.ruleId());
    }
    return c == 0 ? messageKey().compareTo(other.messageKey()) : c;
  }

  @Override
  public String toString() {
    return severity() + " " + ruleId() + " " + location().describe(Locale.CHINESE)
        + actual().map(a -> " actual " + a).orElse("")
        + expected().map(e -> " expected " + e).orElse("");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
