package io.budgetkit.rules.narr;

import io.budgetkit.core.internal.Text;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.rules.Findings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
 *
 * <p>The projects are indexed once per validation ({@link #index(Findings, List)}): a name is
 * looked up by its key and stem, and by the stems it begins or ends with, rather than compared
 * with every project, so that matching every listed name of a long narrative against many
 * projects does not take time in proportion to their product.
 */
final class ProjectNames {

  private static final List<String> GENERIC_ENDINGS = List.of("项目", "经费", "费用", "资金", "费");
  private static final int MIN_STEM = 4;
  private static final Object INDEX = new Object();

  private ProjectNames() {}

  /**
   * Returns the one project the name designates.
   *
   * @param name the name as the narrative writes it
   * @param projects the project tables
   * @return the project, or empty if none or several match
   */
  static Optional<ProjectPerformance> match(String name, List<ProjectPerformance> projects) {
    return new Index(projects).match(name);
  }

  /**
   * Returns the index of the projects, built once per validation when they are the budget's.
   *
   * @param findings where the validation keeps what it derives from the budget
   * @param projects the project tables
   * @return the index
   */
  static Index index(Findings findings, List<ProjectPerformance> projects) {
    Index index = findings.context().derived(INDEX, b -> new Index(b.projects()));
    return index.projects == projects ? index : new Index(projects);
  }

  /** The projects by matching key, by stem, and by stem read forwards and backwards. */
  static final class Index {
    private final List<ProjectPerformance> projects;
    private final Map<String, List<ProjectPerformance>> byKey = new HashMap<>();
    private final TreeMap<String, List<ProjectPerformance>> byStem = new TreeMap<>();
    private final TreeMap<String, List<ProjectPerformance>> byReversedStem = new TreeMap<>();
    /** The lengths of the stems of at least MIN_STEM characters, ascending. */
    private final int[] stemLengths;

    Index(List<ProjectPerformance> projects) {
      this.projects = projects;
      TreeSet<Integer> lengths = new TreeSet<>();
      for (ProjectPerformance p : projects) {
        String key = Text.matchKey(p.name());
        String stem = stem(key);
        byKey.computeIfAbsent(key, k -> new ArrayList<>(1)).add(p);
        byStem.computeIfAbsent(stem, k -> new ArrayList<>(1)).add(p);
        byReversedStem.computeIfAbsent(reversed(stem), k -> new ArrayList<>(1)).add(p);
        if (stem.length() >= MIN_STEM) {
          lengths.add(stem.length());
        }
      }
      stemLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Returns the one project the name designates.
     *
     * @param name the name as the narrative writes it
     * @return the project, or empty if none or several match
     */
    Optional<ProjectPerformance> match(String name) {
      String key = Text.matchKey(name);
      String stem = stem(key);
      List<ProjectPerformance> equal = byKey.getOrDefault(key, List.of());
      if (equal.isEmpty()) {
        equal = byStem.getOrDefault(stem, List.of());
      }
      if (!equal.isEmpty()) {
        return equal.size() == 1 ? Optional.of(equal.get(0)) : Optional.empty();
      }
      if (stem.length() < MIN_STEM) {
        return Optional.empty();
      }
      // The third pass: stems that begin or end with this one, or that this one begins or ends
      // with. Only whether one, none or several projects match matters: stop at the second.
      Set<ProjectPerformance> found = Collections.newSetFromMap(new IdentityHashMap<>());
      if (!startingWith(byStem, stem, found) || !startingWith(byReversedStem, reversed(stem),
          found)) {
        return Optional.empty();
      }
      for (int length : stemLengths) {
        if (length > stem.length()) {
          break;
        }
        if (!addAll(byStem.get(stem.substring(0, length)), found)
            || !addAll(byStem.get(stem.substring(stem.length() - length)), found)) {
          return Optional.empty();
        }
      }
      return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /** Adds the projects whose (possibly reversed) stem starts with {@code prefix}. */
    private static boolean startingWith(TreeMap<String, List<ProjectPerformance>> stems,
        String prefix, Set<ProjectPerformance> found) {
      for (Map.Entry<String, List<ProjectPerformance>> e
          : stems.tailMap(prefix, true).entrySet()) {
        if (!e.getKey().startsWith(prefix) || !addAll(e.getValue(), found)) {
          return found.size() <= 1;
        }
      }
      return true;
    }

    /** Adds projects; false once two or more are found (the name is ambiguous). */
    private static boolean addAll(List<ProjectPerformance> projects,
        Set<ProjectPerformance> found) {
      if (projects != null) {
        for (ProjectPerformance p : projects) {
          found.add(p);
          if (found.size() > 1) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** The characters in reverse order (char by char, so that ends and starts correspond exactly). */
  private static String reversed(String s) {
    char[] c = new char[s.length()];
    for (int i = 0; i < c.length; i++) {
      c[i] = s.charAt(c.length - 1 - i);
    }
    return new String(c);
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
