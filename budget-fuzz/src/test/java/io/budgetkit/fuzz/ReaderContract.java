package io.budgetkit.fuzz;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.ValidationReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every fuzz target asserts about a reader, in one place, so that the targets differ only
 * in how they turn the fuzzer's bytes into input.
 *
 * <ul>
 *   <li>A refusal is the exception type the read method documents, and its message is for the
 *       user: not blank, not longer than {@value #MAX_MESSAGE} characters, without a raw control
 *       character (an excerpt of the input is escaped), naming no Java class or enum constant.
 *       Any other exception is not caught by the targets, so Jazzer reports it.
 *   <li>What was read survives a round trip: written and read back, it is equal.
 *   <li>What was read can be validated: {@link RuleSet#standard()} neither throws nor reports
 *       that a rule failed (the finding with message key {@value #INTERNAL}).
 * </ul>
 *
 * <p>A violation is an {@link AssertionError}; Jazzer records the input as a crash.
 */
final class ReaderContract {

  /** The message key of the finding a rule reports when it failed instead of checking. */
  static final String INTERNAL = "internal";

  /** A refusal's message longer than this echoes far more than a short excerpt. */
  static final int MAX_MESSAGE = 2_000;

  private static final RuleSet RULES = RuleSet.standard();

  /**
   * Names of the implementation, which a message in the user's terms never shows: a qualified
   * class name of the JDK, Jackson or BudgetKit, a nested class ({@code Manifest$Content}), or
   * the JDK's text for a failed {@code Enum.valueOf}.
   */
  private static final Pattern IMPLEMENTATION = Pattern.compile(
      "No enum constant"
          + "|\\b(?:java|javax|sun|jdk|com\\.fasterxml|io\\.budgetkit)\\.[a-z][a-z0-9]*\\."
          + "|\\b[A-Z][A-Za-z0-9]*\\$[A-Z][A-Za-z0-9]*");

  private ReaderContract() {}

  /**
   * Checks the message of a documented refusal.
   *
   * @param e the exception the reader threw, of a documented type
   * @param input the input as text (bytes as ISO-8859-1 will do), so that a class name the
   *     input itself carries, and the message quotes, is not blamed on the reader
   */
  static void refusedCleanly(RuntimeException e, String input) {
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      throw new AssertionError("A refusal without a message: " + e.getClass().getSimpleName(), e);
    }
    if (message.length() > MAX_MESSAGE) {
      throw new AssertionError("A refusal whose message has " + message.length()
          + " characters: it echoes the input instead of a short excerpt", e);
    }
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (actsOnTerminal(c)) {
        throw new AssertionError(String.format("A refusal whose message holds the raw control"
            + " character U+%04X at %d: an excerpt of the input must be escaped", (int) c, i), e);
      }
    }
    Matcher m = IMPLEMENTATION.matcher(message);
    while (m.find()) {
      if (!input.contains(m.group())) {
        throw new AssertionError("A refusal whose message names the implementation ('"
            + m.group() + "') instead of saying what is wrong in the user's terms", e);
      }
    }
  }

  /**
   * Reads back what was written from a budget and checks that it is equal to the budget.
   *
   * @param what how it was written and read back, for the message
   * @param first the budget read from the fuzzer's input
   * @param readBack reads back what was written
   */
  static void roundTrips(String what, DepartmentBudget first,
      Supplier<DepartmentBudget> readBack) {
    DepartmentBudget second;
    try {
      second = readBack.get();
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": what BudgetKit wrote is refused on reading back: " + e,
          e);
    }
    if (!first.equals(second)) {
      throw new AssertionError(what + " does not give back the budget read: "
          + firstDifference(first, second));
    }
  }

  /**
   * Checks that a change to the input that should not matter leaves the budget read alone.
   *
   * @param change the change, for the message
   * @param before the budget read without the change
   * @param after the budget read with it
   */
  static void unchangedBy(String change, DepartmentBudget before, DepartmentBudget after) {
    if (!before.equals(after)) {
      throw new AssertionError(change + " changes the budget read: "
          + firstDifference(before, after));
    }
  }

  /** Names the first part that differs, with both versions shortened, instead of two dumps. */
  private static String firstDifference(DepartmentBudget a, DepartmentBudget b) {
    Map<String, Function<DepartmentBudget, Object>> parts = new LinkedHashMap<>();
    parts.put("department code", DepartmentBudget::departmentCode);
    parts.put("department name", DepartmentBudget::departmentName);
    parts.put("year", DepartmentBudget::year);
    parts.put("kind", DepartmentBudget::kind);
    parts.put("profile", DepartmentBudget::profile);
    int tables = Math.max(a.tables().size(), b.tables().size());
    for (int i = 0; i < tables; i++) {
      int n = i;
      parts.put("table " + (i + 1), d -> n < d.tables().size() ? d.tables().get(n) : "(none)");
    }
    parts.put("narrative", DepartmentBudget::narrative);
    parts.put("organisation title", DepartmentBudget::organisationTitle);
    parts.put("organisation", DepartmentBudget::organisation);
    parts.put("projects", DepartmentBudget::projects);
    parts.put("procurement", DepartmentBudget::procurement);
    parts.put("fixed assets", DepartmentBudget::fixedAssets);
    for (Map.Entry<String, Function<DepartmentBudget, Object>> p : parts.entrySet()) {
      Object x = p.getValue().apply(a);
      Object y = p.getValue().apply(b);
      if (!Objects.equals(x, y)) {
        String a1 = String.valueOf(x);
        String b1 = String.valueOf(y);
        int at = 0;
        while (at < a1.length() && at < b1.length() && a1.charAt(at) == b1.charAt(at)) {
          at++;
        }
        // show where they part, not the long common start
        int from = Math.max(0, at - 60);
        return "the " + p.getKey() + " was " + (from > 0 ? "…" : "") + shorten(a1.substring(from))
            + " and is " + (from > 0 ? "…" : "") + shorten(b1.substring(from));
      }
    }
    return "the budgets differ, but in no part compared here";
  }

  /**
   * Tells whether a terminal acts on a character instead of showing it: C0 controls but the tab,
   * DEL, C1 controls, and the bidirectional overrides and isolates that reorder a line.
   */
  static boolean actsOnTerminal(char c) {
    return (c < 0x20 && c != '\t') || (c >= 0x7F && c < 0xA0) || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** Shortens a value's text and escapes what a terminal would act on. */
  private static String shorten(Object o) {
    String s = String.valueOf(o);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length() && b.length() < 600; i++) {
      char c = s.charAt(i);
      if (actsOnTerminal(c) || c == '\t' || c == 0xFEFF || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.length() < 600 ? b.toString() : b + "…(" + s.length() + " characters)";
  }

  /**
   * Validates a budget read and checks that every rule ran.
   *
   * @param budget the budget
   */
  static void validates(DepartmentBudget budget) {
    ValidationReport report = RULES.validate(budget);
    for (Finding f : report.findings()) {
      if (INTERNAL.equals(f.messageKey())) {
        throw new AssertionError("Rule " + f.ruleId() + " failed on a budget read: "
            + f.arguments().get("error"));
      }
    }
  }
}
