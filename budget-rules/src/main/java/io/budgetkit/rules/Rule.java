package io.budgetkit.rules;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import java.util.Objects;

/**
 * A named rule: a stable id of the form {@code BK-<AREA>-<NNN>}, a default severity, a one-line
 * description, and the validator of a whole budget that implements it.
 *
 * <p>This class is immutable and thread-safe if its validator is.
 */
public final class Rule implements Validator<DepartmentBudget> {

  private final String id;
  private final Severity severity;
  private final String description;
  private final Validator<DepartmentBudget> validator;

  private Rule(String id, Severity severity, String description,
      Validator<DepartmentBudget> validator) {
    if (!id.matches("BK-[A-Z]+-[0-9]{3}")) {
      throw new IllegalArgumentException("Rule id '" + id + "' is not of the form BK-<AREA>-<NNN>");
    }
    this.id = id;
    this.severity = Objects.requireNonNull(severity, "severity");
    this.description = Objects.requireNonNull(description, "description");
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns a rule.
   *
   * @param id e.g. {@code BK-HIER-001}
   * @param severity the default severity
   * @param description what it checks, one line of English
   * @param validator the check of a whole budget
   * @return the rule
   * @throws IllegalArgumentException if the id is malformed
   */
  public static Rule of(String id, Severity severity, String description,
      Validator<DepartmentBudget> validator) {
    return new Rule(id, severity, description, validator);
  }

  /**
   * Returns the id.
   *
   * @return e.g. {@code BK-HIER-001}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the default severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns what the rule checks.
   *
   * @return one line of English
   */
  public String description() {
    return description;
  }

  @Override
  public void validate(DepartmentBudget budget, Findings findings) {
    if (!findings.isEnabled(id)) {
      return;
    }
    Findings mine = findings.forRule(id, severity);
    try {
      validator.validate(budget, mine);
    } catch (ArithmeticException e) {
      // Amounts too large to add up are the document's problem, whichever rule meets them; any
      // other arithmetic failure is a defect.
      if (isAmountOverflow(e)) {
        mine.report(Severity.ERROR, Location.builder().build(), b -> b
            .messageKey("overflow.document").putArguments("limit", Findings.LIMIT));
      } else {
        reportDefect(mine, e);
      }
    } catch (RuntimeException e) {
      reportDefect(mine, e);
    }
  }

  /** A rule must never stop validation: its failure is a finding, and validation goes on. */
  private static void reportDefect(Findings findings, RuntimeException e) {
    findings.report(Severity.ERROR, Location.builder().build(), b -> b.messageKey("internal")
        .putArguments("error", String.valueOf(e)));
  }

  /**
   * Whether the exception comes from the arithmetic of {@link Amount} (a sum or difference out of
   * its range): the first frame outside the JDK is Amount's.
   */
  static boolean isAmountOverflow(ArithmeticException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (!frame.getClassName().startsWith("java.")) {
        return frame.getClassName().equals(Amount.class.getName());
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return id + " (" + severity + "): " + description;
  }
}
