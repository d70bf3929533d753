package io.budgetkit.consolidation;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.TableLayout;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sums of printed cells: a blank cell stays blank only if it is blank in every input.
 *
 * <p>A sum beyond what an {@link Amount} holds is the inputs' problem: it ends the consolidation
 * with a {@link ConsolidationException} that names the cell and the budgets being added, never
 * with an {@link ArithmeticException}.
 */
final class Cells {

  /** The largest amount, in 万元, as messages print it. */
  static final String LIMIT = Amount.ofFen(Long.MAX_VALUE).toString();

  private Cells() {}

  /**
   * Adds printed cells into running sums, keeping the amounts exact.
   *
   * @param where names the cell of a key, e.g. {@code 支出总表 201 栏次3（合计）}
   * @param from names the budgets being added, e.g. {@code 980 某部门}
   * @throws ConsolidationException if a sum is too large to be held
   */
  static <K> void add(Map<K, Amount> into, Map<K, Amount> cells, Function<K, String> where,
      Supplier<String> from) {
    cells.forEach((k, a) -> into.merge(k, a, (x, y) -> plus(x, y, () -> where.apply(k), from)));
  }

  /**
   * Adds two amounts of one cell.
   *
   * @throws ConsolidationException if the sum is too large to be held
   */
  static Amount plus(Amount sum, Amount more, Supplier<String> where, Supplier<String> from) {
    try {
      return sum.plus(more);
    } catch (ArithmeticException e) {
      throw new ConsolidationException("Cannot consolidate: the amounts of " + where.get()
          + " add up to more than " + LIMIT + " 万元, the largest amount BudgetKit can hold, once "
          + from.get() + " are added (" + sum + " + " + more + "); check those amounts and"
          + " their unit (元 or 万元)");
    }
  }

  /** The cell of a table at a column: {@code 支出总表 201 栏次3（合计）}. */
  static String cell(TableLayout layout, String row, int column) {
    return layout.kind().baseTitle() + " " + row + " 栏次" + column
        + layout.column(column).map(Column::shortName).map(n -> "（" + n + "）").orElse("");
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
