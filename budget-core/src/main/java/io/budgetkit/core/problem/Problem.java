package io.budgetkit.core.problem;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A problem BudgetKit reports about an input: a validation finding, an import diagnostic, a note
 * of a document reader, a consolidation conflict or a format error, all in one vocabulary.
 *
 * <p>A problem has a stable {@link #key()} — the contract with hosts, which may filter on it, and
 * for most problems the key of its message templates in a resource bundle (English in the base
 * bundle, Chinese in {@code _zh}; a finding's template may be a variant of its rule id, a
 * conflict's is its kind's) — a {@link #severity()}, a {@link #location()} and a {@link #message(Locale)
 * message} in Chinese or English whose named {@code {placeholders}} are filled from the {@link
 * #arguments()}, which machines read too. The keys are listed in {@code docs/PROBLEMS.md} (import,
 * reader, consolidation and format problems) and {@code docs/RULES.md} (validation rules).
 *
 * <p>Implementations are immutable and thread-safe. {@link SimpleProblem} is the plain one, for
 * problems that have no richer type.
 */
public interface Problem {

  /**
   * Returns the stable key of the problem.
   *
   * @return e.g. {@code BK-HIER-001}, {@code import.table.missing}, {@code consolidation.NAME},
   *     {@code pdf.page-without-text}
   */
  String key();

  /**
   * Returns how serious the problem is.
   *
   * @return the severity
   */
  Severity severity();

  /**
   * Returns where the problem is: the printed cell, the place, the source page or cell.
   *
   * @return the location, which may name nothing for a problem of the whole input
   */
  ProblemLocation location();

  /**
   * Returns the message in a language: Chinese for language {@code zh}, English otherwise (never
   * the JVM's default locale).
   *
   * @param locale e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the message, placeholders filled
   */
  String message(Locale locale);

  /**
   * Returns the named values of the message's placeholders, for machines. A value is a {@link
   * String}, or a {@link java.util.List} of strings where the problem names several items (a
   * consolidation conflict's printed names); values are as printed or constants, never words of
   * one language.
   *
   * @return the arguments, by placeholder name
   */
  Map<String, ?> arguments();

  /**
   * Describes the problem on one line, the same way whatever reported it: {@code SEVERITY key
   * location: message}, the location left out when it names nothing.
   *
   * @param locale the language of the location and the message
   * @return e.g. {@code ERROR import.cell.amount 第12行: …}
   */
  default String describe(Locale locale) {
    String where = location().describe(locale);
    return severity() + " " + key() + (where.isEmpty() ? "" : " " + where) + ": "
        + message(locale);
  }

  /**
   * Tells whether any of the problems is an {@link Severity#ERROR}.
   *
   * @param problems the problems
   * @return true if one is an error
   */
  static boolean anyError(Collection<? extends Problem> problems) {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }
}
