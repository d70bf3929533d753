package io.budgetkit.rules;

import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.problem.ProblemText;
import io.budgetkit.core.problem.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The findings of a validation, sorted by location, with counts by severity.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private final List<Finding> findings;

  ValidationReport(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    Collections.sort(sorted);
    this.findings = List.copyOf(sorted);
  }

  /**
   * Returns every finding, sorted by location (tables in printed order, then rows and columns,
   * then the narrative and the other sections).
   *
   * @return the findings
   */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity.
   *
   * @param severity the severity
   * @return the findings, sorted by location
   */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the findings of one rule.
   *
   * @param ruleId the rule's id
   * @return the findings, sorted by location
   */
  public List<Finding> findings(String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the number of findings of each severity.
   *
   * @return severity → count, every severity present
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Tells whether the budget passed: no ERROR finding.
   *
   * @return true if there is no ERROR
   */
  public boolean isValid() {
    return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * Returns the findings grouped by table (or narrative section, or other place), in order.
   *
   * @param locale the language of the group headings
   * @return heading → findings
   */
  public Map<String, List<Finding>> byPlace(Locale locale) {
    Map<String, List<Finding>> groups = new LinkedHashMap<>();
    for (Finding f : findings) {
      groups.computeIfAbsent(place(f.location(), locale), k -> new ArrayList<>()).add(f);
    }
    return groups;
  }

  private static String place(Location l, Locale locale) {
    if (l.table().isPresent()) {
      return l.table().get().baseTitle();
    }
    if (l.section().isPresent()) {
      return Messages.common("place.narrative", locale) + "·" + Messages.section(l.section().get(),
          locale);
    }
    return Messages.common("place.document", locale);
  }

  /**
   * Renders the report as plain text in the given language: counts, then the findings grouped
   * by table or section, each with severity, rule, location and message. Text from the document
   * (names, titles) that a terminal would act on rather than show (control characters, ANSI
   * escapes, line breaks, bidirectional overrides) is written as {@code \\uXXXX}, so that every
   * finding stays on its lines and the report cannot be forged by a name.
   *
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the text, ending with a newline
   */
  public String render(Locale locale) {
    Map<Severity, Integer> c = counts();
    StringBuilder s = new StringBuilder();
    s.append(Messages.common(isValid() ? "report.valid" : "report.invalid", locale)
        .replace("{errors}", c.get(Severity.ERROR).toString())
        .replace("{warnings}", c.get(Severity.WARNING).toString())
        .replace("{infos}", c.get(Severity.INFO).toString())).append('\n');
    byPlace(locale).forEach((place, list) -> {
      s.append('\n').append(DisplayText.inline(place)).append('\n');
      for (Finding f : list) {
        s.append(ProblemText.block(f, locale));
      }
    });
    return s.toString();
  }

  /**
   * Returns a report of these findings, each replaced by what a function makes of it: e.g. the
   * finding with the place in the source file that its cell was read from added to its location.
   * The findings are sorted again.
   *
   * @param change what to make of each finding; it must not return null
   * @return the new report
   */
  public ValidationReport map(UnaryOperator<Finding> change) {
    Objects.requireNonNull(change, "change");
    List<Finding> changed = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      changed.add(Objects.requireNonNull(change.apply(f), "a changed finding"));
    }
    return new ValidationReport(changed);
  }

  @Override
  public String toString() {
    return "ValidationReport " + counts();
  }
}
