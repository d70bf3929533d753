package io.budgetkit.testkit;

import io.budgetkit.core.code.FunctionCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Chooses functional 项 codes whose roll-up prints exactly a given number of rows in a functional
 * table: the 合计 row, one row per 类, per 款 and per 项. A 项 in a 款 already chosen adds one row,
 * one in a new 款 of a 类 already chosen two, one in a new 类 three.
 *
 * <p>The 款 are drawn one by one from those that still fit, until their 项 can give the rows
 * asked for (and then a few more by chance); the 项 still missing are spread over the chosen 款,
 * and each 款 takes that many of its 项. Shrinking leads to the fewest 款, the first ones of the
 * catalog, and their first 项. The first 款 drawn has a 项 that is not pinned, and it is chosen.
 *
 * <p>Not thread-safe: one use per generation.
 */
final class ExactRows {

  /** The chance, in percent, of drawing one more 款 once the chosen ones can give the rows. */
  private static final int MORE_SECTIONS = 30;

  private final Source s;
  /** The 项 of the pool by 款, in code order. */
  private final Map<FunctionCode, List<FunctionCode>> sections = new LinkedHashMap<>();
  private final Predicate<FunctionCode> pinned;
  private final int year;

  /**
   * @param source the randomness
   * @param pool the 项 codes that may be chosen, each under a 款 and a 类
   * @param pinned the 项 that cannot carry 基本支出 of their own (at least one chosen 项 is not)
   * @param year the year of the catalog edition the pool comes from, for messages
   */
  ExactRows(Source source, List<FunctionCode> pool, Predicate<FunctionCode> pinned, int year) {
    this.s = source;
    this.pinned = pinned;
    this.year = year;
    for (FunctionCode item : new TreeSet<>(pool)) {
      sections.computeIfAbsent(item.parent().orElseThrow(), k -> new ArrayList<>()).add(item);
    }
  }

  /**
   * Returns the most rows the pool can print: 合计, every 类, every 款 and every 项.
   *
   * @return the number of rows
   */
  int largest() {
    Set<FunctionCode> classes = new TreeSet<>();
    int items = 0;
    for (Map.Entry<FunctionCode, List<FunctionCode>> e : sections.entrySet()) {
      classes.add(e.getKey().parent().orElseThrow());
      items += e.getValue().size();
    }
    return 1 + classes.size() + sections.size() + items;
  }

  /**
   * Chooses the 项 codes.
   *
   * @param rows the number of rows, at least 4 (合计, 类, 款, 项) and at most {@link #largest()}
   * @return the 项 codes, in code order
   * @throws IllegalStateException if the pool's 款 cannot make up exactly that many rows
   */
  List<FunctionCode> choose(int rows) {
    List<FunctionCode> candidates = new ArrayList<>(sections.keySet());
    Set<FunctionCode> classes = new TreeSet<>();
    List<FunctionCode> chosen = new ArrayList<>();
    int least = 1; // 合计, then each chosen 款 with its 类 (if new) and one 项
    int most = 1; // … with all its 项
    while (true) {
      boolean enough = most >= rows;
      if (enough && (least == rows || !s.chance(MORE_SECTIONS))) {
        break;
      }
      List<FunctionCode> fitting = fitting(candidates, classes, least, most, rows, chosen.isEmpty());
      if (fitting.isEmpty()) {
        if (enough) {
          break;
        }
        throw new IllegalStateException("The 款 of the catalog edition " + year
            + " cannot make up exactly " + rows + " rows of a functional table");
      }
      FunctionCode section = fitting.get(s.intBetween(0, fitting.size() - 1));
      candidates.remove(section);
      int header = classes.add(section.parent().orElseThrow()) ? 2 : 1;
      least += header + 1;
      most += header + sections.get(section).size();
      chosen.add(section);
    }
    return items(chosen, rows - least);
  }

  /**
   * The candidate 款 that can be added without making the exact count impossible: it fits with
   * one 项, and afterwards either the chosen 款 can give the rows or another 款 of any kind fits.
   * The first 款 must have a 项 that is not pinned.
   */
  private List<FunctionCode> fitting(List<FunctionCode> candidates, Set<FunctionCode> classes,
      int least, int most, int rows, boolean first) {
    List<FunctionCode> fitting = new ArrayList<>();
    for (FunctionCode section : candidates) {
      int header = classes.contains(section.parent().orElseThrow()) ? 1 : 2;
      int newLeast = least + header + 1;
      int newMost = most + header + sections.get(section).size();
      boolean fits = newLeast <= rows && (newMost >= rows || rows - newLeast >= 3);
      if (fits && (!first || sections.get(section).stream().anyMatch(pinned.negate()))) {
        fitting.add(section);
      }
    }
    return fitting;
  }

  /** Spreads the extra 项 over the chosen 款 and picks each 款's 项. */
  private List<FunctionCode> items(List<FunctionCode> chosen, int extra) {
    int[] counts = new int[chosen.size()];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 1;
      if (sections.get(chosen.get(i)).size() > 1) {
        open.add(i);
      }
    }
    for (int k = 0; k < extra; k++) {
      int at = s.intBetween(0, open.size() - 1);
      int i = open.get(at);
      counts[i]++;
      if (counts[i] == sections.get(chosen.get(i)).size()) {
        open.remove(at);
      }
    }
    List<FunctionCode> result = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      List<FunctionCode> all = sections.get(chosen.get(i));
      List<FunctionCode> picked = Draws.distinct(s, all, counts[i]);
      if (i == 0 && picked.stream().allMatch(pinned)) {
        // the first 款 has a 项 that is not pinned: it takes the place of the last one drawn
        picked.set(picked.size() - 1, all.stream().filter(pinned.negate()).findFirst()
            .orElseThrow());
      }
      result.addAll(picked);
    }
    result.sort(null);
    return result;
  }
}
