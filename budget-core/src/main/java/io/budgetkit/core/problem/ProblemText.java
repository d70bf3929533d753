package io.budgetkit.core.problem;

import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.internal.Templates;
import java.util.Locale;

/**
 * Prints problems for a person, the same way whatever reported them: a validation finding, an
 * import diagnostic, a reader's note or a consolidation conflict.
 *
 * <p>{@link #block(Problem, Locale)} is the layout of a validation report: the severity in the
 * reader's language, the key and the location on one line, the message indented below; {@link
 * Problem#describe(Locale)} says a problem on one line where only one fits. Both write every
 * control, format or bidi character of the input as {@code \}{@code uXXXX}, so that a hostile
 * cell cannot forge lines on a terminal.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ProblemText {

  private static final String BUNDLE = "io.budgetkit.core.problem.severity";

  private ProblemText() {}

  /**
   * Returns the name of a severity in a language.
   *
   * @param severity the severity
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return {@code 错误}, {@code 警告}, {@code 提示} in Chinese; {@code ERROR}, {@code WARNING},
   *     {@code NOTE} in English
   */
  public static String label(Severity severity, Locale locale) {
    return Templates.bundle(BUNDLE, locale).getString(severity.name());
  }

  /**
   * Prints a problem as a validation report prints a finding: {@code "  错误 BK-HIER-001
   * 收入总表 序号1 栏次2\n    message\n"} (two spaces between the key and the location, which is
   * left out when it names nothing).
   *
   * @param problem the problem
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return two lines, each ending in {@code \n}
   */
  public static String block(Problem problem, Locale locale) {
    String where = problem.location().describe(locale);
    return "  " + label(problem.severity(), locale) + ' ' + DisplayText.inline(problem.key())
        + (where.isEmpty() ? "" : "  " + DisplayText.inline(where)) + '\n'
        + "    " + DisplayText.inline(problem.message(locale)) + '\n';
  }

  /**
   * Says a problem on one line, escaped for a terminal: {@link Problem#describe(Locale)}.
   *
   * @param problem the problem
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return {@code SEVERITY key location: message}, without a line end
   */
  public static String line(Problem problem, Locale locale) {
    return DisplayText.inline(problem.describe(locale));
  }
}
