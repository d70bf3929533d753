package io.budgetkit.rules;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where rules report what they find, with what they may consult ({@link #context()}).
 *
 * <p>A {@link Rule} sets the rule id and severity under which its check reports; {@link
 * Validator#nested} narrows the location so that a nested check's locations are completed by its
 * subject's. Helpers compare a printed total with its parts ({@link #checkSum}), two printings of
 * one figure ({@link #checkEqual}) and a part with its whole ({@link #checkAtMost}) under the
 * context's {@link Tolerance}.
 *
 * <p>Amounts too large to add up or compare (a sum or difference beyond what an {@link Amount}
 * holds, about ±9.2 × 10¹² 万元) are the document's problem, not BudgetKit's: the helpers report
 * them as an ERROR under the message key {@code overflow} ({@link #reportOverflow}), at the cell
 * that could not be checked, and rules that add amounts themselves do the same.
 *
 * <p>Not thread-safe: one instance serves one validation.
 */
public final class Findings {

  private final ValidationContext context;
  private final RuleSettings settings;
  private final List<Finding> found;
  private final Location prefix;
  private final String ruleId;
  private final Severity severity;
  private final String messageKey;

  private Findings(ValidationContext context, RuleSettings settings, List<Finding> found,
      Location prefix, String ruleId, Severity severity, String messageKey) {
    this.context = context;
    this.settings = settings;
    this.found = found;
    this.prefix = prefix;
    this.ruleId = ruleId;
    this.severity = severity;
    this.messageKey = messageKey;
  }

  /**
   * Starts collecting findings.
   *
   * @param context what rules may consult
   * @return an empty collection
   */
  public static Findings collect(ValidationContext context) {
    return new Findings(context, RuleSettings.DEFAULT, new ArrayList<>(),
        Location.builder().build(), "BK-UNNAMED-000", Severity.ERROR, null);
  }

  static Findings collect(ValidationContext context, RuleSettings settings) {
    return new Findings(context, settings, new ArrayList<>(), Location.builder().build(),
        "BK-UNNAMED-000", Severity.ERROR, null);
  }

  /**
   * Returns what rules may consult.
   *
   * @return the context
   */
  public ValidationContext context() {
    return context;
  }

  /**
   * Returns the findings reported so far, in the order reported.
   *
   * @return the findings
   */
  public List<Finding> list() {
    return Collections.unmodifiableList(found);
  }

  /**
   * Returns the id of the rule reporting now.
   *
   * @return the rule id
   */
  public String ruleId() {
    return ruleId;
  }

  /**
   * Returns the severity the rule reporting now reports at.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  Findings forRule(String id, Severity defaultSeverity) {
    return new Findings(context, settings, found, prefix, id, settings.severity(id, defaultSeverity),
        null);
  }

  boolean isEnabled(String id) {
    return settings.isEnabled(id);
  }

  /**
   * Returns a view of these findings that reports at another severity, for a rule whose
   * findings are graver or lighter in some cases (rounding notes stay INFO).
   *
   * @param s the severity
   * @return the view
   */
  public Findings withSeverity(Severity s) {
    return new Findings(context, settings, found, prefix, ruleId, s, messageKey);
  }

  /**
   * Returns a view of these findings that reports under another message key of the rule's
   * bundle, for a rule with several messages (rounding notes keep theirs).
   *
   * @param key e.g. {@code BK-XT-012.mixed}
   * @return the view
   */
  public Findings withMessage(String key) {
    return new Findings(context, settings, found, prefix, ruleId, severity,
        Objects.requireNonNull(key, "key"));
  }

  Findings within(Location location) {
    return new Findings(context, settings, found, prefix.refine(location), ruleId, severity,
        messageKey);
  }

  /**
   * Reports a finding at the rule's severity.
   *
   * @param location where
   * @param details fills the rest: amounts, related cells, arguments, message key
   */
  public void report(Location location, Consumer<Finding.Builder> details) {
    report(severity, location, details);
  }

  /**
   * Reports a finding at a given severity.
   *
   * @param severity the severity
   * @param location where
   * @param details fills the rest: amounts, related cells, arguments, message key
   */
  public void report(Severity severity, Location location, Consumer<Finding.Builder> details) {
    Finding.Builder b = Finding.builder();
    b.ruleId(ruleId).severity(severity).location(prefix.refine(location));
    if (messageKey != null) {
      b.messageKey(messageKey);
    }
    details.accept(b);
    found.add(b.build());
  }

  /**
   * Compares a printed total with the sum of its printed parts and reports a difference: at the
   * rule's severity beyond what rounding explains, as an INFO rounding note within it.
   *
   * @param total the total's cell
   * @param printedTotal the total as printed
   * @param parts the parts' cells, in order
   * @param printedParts the parts as printed, in the same order
   * @param precision the precision they are printed at
   * @param arguments extra values for the message's placeholders
   * @return true if the total agrees exactly
   */
  public boolean checkSum(Location total, Amount printedTotal, List<Location> parts,
      List<Amount> printedParts, Precision precision, Map<String, String> arguments) {
    Amount sum;
    try {
      sum = Amount.sum(printedParts);
    } catch (ArithmeticException e) {
      reportOverflow(total, parts);
      return false;
    }
    return compare(total, printedTotal, sum, Math.max(1, printedParts.size()), parts, precision,
        arguments);
  }

  /**
   * The sum of some parts and how far it goes past a bound.
   *
   * @param sum the parts added up
   * @param excess the sum less the bound: positive when the parts go past it
   */
  public record Excess(Amount sum, Amount excess) {}

  /**
   * Adds up parts and measures how far they go past a bound, for the rules that report a sum
   * larger than what may hold it. Amounts too large to add up are the document's problem: that is
   * reported (message key {@code overflow}) at {@code at}, and nothing is returned.
   *
   * @param parts the parts
   * @param bound what they may add up to at most
   * @param at where an overflow is reported
   * @param related the parts' cells (and the bound's), named by an overflow finding
   * @return the sum and its excess, or empty when an overflow was reported
   */
  public Optional<Excess> excessOver(List<Amount> parts, Amount bound, Location at,
      List<Location> related) {
    try {
      Amount sum = Amount.sum(parts);
      return Optional.of(new Excess(sum, sum.minus(bound)));
    } catch (ArithmeticException e) {
      reportOverflow(at, related);
      return Optional.empty();
    }
  }

  /**
   * Compares two printings of one figure (or a figure with what it must equal) and reports a
   * difference, allowing rounding of one term under {@link Tolerance#ROUNDING_AWARE}.
   *
   * @param location the cell or figure reported on
   * @param actual what is printed there
   * @param other where the figure it must equal is printed
   * @param expected that figure
   * @param precision the precision they are printed at
   * @param arguments extra values for the message's placeholders
   * @return true if they agree exactly
   */
  public boolean checkEqual(Location location, Amount actual, Location other, Amount expected,
      Precision precision, Map<String, String> arguments) {
    return compare(location, actual, expected, 1, List.of(other), precision, arguments);
  }

  private boolean compare(Location location, Amount actual, Amount expected, int terms,
      List<Location> related, Precision precision, Map<String, String> arguments) {
    Amount difference;
    try {
      difference = actual.minus(expected);
    } catch (ArithmeticException e) {
      reportOverflow(location, related);
      return false;
    }
    Tolerance.Outcome outcome = context.tolerance().compare(difference, terms, precision);
    if (outcome == Tolerance.Outcome.EXACT) {
      return true;
    }
    boolean rounding = outcome == Tolerance.Outcome.ROUNDING;
    report(rounding ? Severity.INFO : severity, location, b -> {
      b.actual(actual).expected(expected).addAllRelated(related).putAllArguments(arguments)
          .putArguments("terms", Integer.toString(terms))
          .putArguments("tolerance", precision.roundingTolerance(terms).toPlainString());
      if (rounding) {
        b.messageKey("rounding");
      }
    });
    return false;
  }

  /**
   * Reports a part that is greater than its whole (part ≤ whole), allowing rounding of one term.
   *
   * @param part the part's cell or figure
   * @param printedPart the part as printed
   * @param whole where the whole is printed
   * @param printedWhole the whole as printed
   * @param precision the precision they are printed at
   * @param arguments extra values for the message's placeholders
   * @return true if the part is not greater than the whole
   */
  public boolean checkAtMost(Location part, Amount printedPart, Location whole,
      Amount printedWhole, Precision precision, Map<String, String> arguments) {
    Amount excess;
    try {
      excess = printedPart.minus(printedWhole);
    } catch (ArithmeticException e) {
      reportOverflow(part, List.of(whole));
      return false;
    }
    return checkNoExcess(part, printedPart, printedWhole, excess, 1, List.of(whole), precision,
        arguments);
  }

  /**
   * Reports an excess over a bound (a part above its whole, listed items above their total, cost
   * caps above a budget): nothing when {@code excess ≤ 0}, an INFO rounding note when rounding
   * of {@code terms} printed figures explains it, a finding at the rule's severity beyond.
   *
   * @param location the cell or figure reported on
   * @param actual the amount printed there
   * @param expected the amount it is measured against
   * @param excess by how much the bound is exceeded; reported only when positive
   * @param terms the number of printed figures whose rounding may explain the excess
   * @param related the other cells or figures involved
   * @param precision the precision they are printed at
   * @param arguments extra values for the message's placeholders
   * @return true if there is no excess
   */
  public boolean checkNoExcess(Location location, Amount actual, Amount expected, Amount excess,
      int terms, List<Location> related, Precision precision, Map<String, String> arguments) {
    if (excess.signum() <= 0) {
      return true;
    }
    Tolerance.Outcome outcome = context.tolerance().compare(excess, Math.max(terms, 1), precision);
    boolean rounding = outcome == Tolerance.Outcome.ROUNDING;
    report(rounding ? Severity.INFO : severity, location, b -> {
      b.actual(actual).expected(expected).addAllRelated(related).putAllArguments(arguments)
          .putArguments("terms", Integer.toString(Math.max(terms, 1)))
          .putArguments("tolerance",
              precision.roundingTolerance(Math.max(terms, 1)).toPlainString());
      if (rounding) {
        b.messageKey("rounding");
      }
    });
    return false;
  }

  /**
   * Reports amounts too large to add up or compare: an ERROR of the document under the message
   * key {@code overflow} (“the amounts printed at … are too large to add up”), whatever the rule's
   * severity, never the message of a defect of BudgetKit.
   *
   * <p>Rules call it when adding or subtracting printed amounts throws {@link
   * ArithmeticException}: a sum or difference beyond about ±9.2 × 10¹² 万元.
   *
   * @param location the cell or figure that could not be checked, e.g. the total
   * @param related the cells or figures it was to be added up or compared with
   */
  public void reportOverflow(Location location, List<Location> related) {
    report(Severity.ERROR, location, b -> b.messageKey("overflow").addAllRelated(related)
        .putArguments("terms", Integer.toString(related.size()))
        .putArguments("limit", LIMIT));
  }

  /** The largest amount an {@link Amount} holds, in 万元, as messages print it. */
  static final String LIMIT = Amount.ofFen(Long.MAX_VALUE).toString();

  /** Which rules are disabled and which severities overridden, by rule id. */
  static final class RuleSettings {
    static final RuleSettings DEFAULT = new RuleSettings(Map.of(), java.util.Set.of());

    private final Map<String, Severity> severities;
    private final java.util.Set<String> disabled;

    RuleSettings(Map<String, Severity> severities, java.util.Set<String> disabled) {
      this.severities = Map.copyOf(severities);
      this.disabled = java.util.Set.copyOf(disabled);
    }

    Severity severity(String id, Severity fallback) {
      return severities.getOrDefault(id, Objects.requireNonNull(fallback));
    }

    boolean isEnabled(String id) {
      return !disabled.contains(id);
    }
  }
}
