package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Sums of printed cells: a blank cell stays blank only if it is blank in every input. */
final class Cells {

  private Cells() {}

  /** Adds printed cells into running sums, keeping the amounts exact. */
  static <K> void add(Map<K, Amount> into, Map<K, Amount> cells) {
    cells.forEach((k, a) -> into.merge(k, a, Amount::plus));
  }

  /** A copy of cells restricted to columns between {@code from} and {@code to} (exclusive). */
  static SortedMap<Integer, Amount> columns(SortedMap<Integer, Amount> cells, int from, int to) {
    return new TreeMap<>(cells.subMap(from, to));
  }

  /** The smaller of two texts, either of which may be null. */
  static String min(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }
}
