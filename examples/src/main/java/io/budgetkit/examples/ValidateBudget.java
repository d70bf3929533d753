package io.budgetkit.examples;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Validates the three bundled real disclosures with the standard rules and prints each report,
 * the way a host application would show it to a finance officer.
 *
 * <p>Run: {@code java -cp examples/target/budgetkit-examples.jar
 * io.budgetkit.examples.ValidateBudget [en] [strict]}; exits 1 when a budget has an ERROR.
 */
public final class ValidateBudget {

  private ValidateBudget() {}

  /**
   * Prints the reports.
   *
   * @param args {@code en} for English (Chinese by default), {@code strict} for STRICT tolerance
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    java.util.List<String> options = java.util.List.of(args);
    Locale locale = options.contains("en") ? Locale.ENGLISH : Locale.CHINESE;
    RuleSet rules = RuleSet.standard()
        .tolerance(options.contains("strict") ? Tolerance.STRICT : Tolerance.ROUNDING_AWARE);
    boolean allValid = true;
    for (Fixture fixture : Fixture.values()) {
      ValidationReport report = rules.validate(fixture.budget());
      out.println("== " + fixture.fileName());
      out.println(report.render(locale));
      allValid &= report.isValid();
    }
    System.exit(allValid ? 0 : 1);
  }
}
