package io.budgetkit.rules.narr;

import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.ProjectPerformance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Matches a project named in the narrative with its 项目绩效目标表.
 *
 * <p>The narrative rarely writes a name exactly as the table: parentheses of the other width
 * ({@code (含餐饮平台WL)} against {@code （含餐饮平台WL）}), traditional characters from a PDF
 * ({@code 視頻監控系統租賃費}), a generic ending written differently ({@code 运行维护经费} against
 * {@code 运行维护费}), or a word more or less at either end ({@code 智慧社区} against
 * {@code 智慧社区建设项目}). Names are compared in three passes, each accepted only when it finds
 * exactly one project: equal matching keys ({@link Text#matchKey}); equal keys once a generic
 * ending (项目, 经费, 费用, 费, 资金) is dropped; one such stem a prefix or suffix of the other
 * (at least four characters long). Amounts are never used to decide, so that a wrong amount
 * cannot hide behind a match.
 */
final class ProjectNames {

  private static final List<String> GENERIC_ENDINGS = List.of("项目", "经费", "费用", "资金", "费");
  private static final int MIN_STEM = 4;

  private ProjectNames() {}

  /**
   * Returns the one project the name designates.
   *
   * @param name the name as the narrative writes it
   * @param projects the project tables
   * @return the project, or empty if none or several match
   */
  static Optional<ProjectPerformance> match(String name, List<ProjectPerformance> projects) {
    String key = Text.matchKey(name);
    String stem = stem(key);
    List<BiPredicate<String, String>> passes = List.of(
        (k, s) -> k.equals(key),
        (k, s) -> s.equals(stem),
        (k, s) -> Math.min(s.length(), stem.length()) >= MIN_STEM
            && (s.startsWith(stem) || s.endsWith(stem) || stem.startsWith(s) || stem.endsWith(s)));
    for (BiPredicate<String, String> pass : passes) {
      List<ProjectPerformance> found = new ArrayList<>();
      for (ProjectPerformance p : projects) {
        String k = Text.matchKey(p.name());
        if (pass.test(k, stem(k))) {
          found.add(p);
        }
      }
      if (found.size() == 1) {
        return Optional.of(found.get(0));
      }
      if (found.size() > 1) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A matching key without its generic endings: 运行维护经费 → 运行维护. */
  static String stem(String key) {
    String s = key;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String ending : GENERIC_ENDINGS) {
        if (s.length() > ending.length() + 1 && s.endsWith(ending)) {
          s = s.substring(0, s.length() - ending.length());
          changed = true;
        }
      }
    }
    return s;
  }
}
