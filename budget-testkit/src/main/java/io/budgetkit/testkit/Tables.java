package io.budgetkit.testkit;

import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.ColumnSum;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.profile.TableShape;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRows;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generators of single tables that are consistent in themselves, for tests of code that reads,
 * writes or checks one table: amounts in whole 0.01 万元 that roll up at every level (项 → 款 → 类
 * → 合计), satisfy the row arithmetic of the layout ({@link TableLayout#columnSums()}) in every
 * row, and codes and names of a catalog edition.
 *
 * <pre>{@code
 * CatalogEdition edition = ClassificationCatalog.bundled().edition(2024);
 * Generator<CodedTable<FunctionCode>> t3 = Tables.functional(TableKind.EXPENDITURE, edition, 1, 8);
 * Generator<CodedTable<EconomicCode>> t6 = Tables.basicExpenditure(edition, 1, 6);
 * Generator<ThreePublicTable> t9 = Tables.threePublic(ThreePublicLayout.FULL);
 * }</pre>
 *
 * <p>Tables are titled as in a 部门预算 and laid out as in the common profile unless a layout is
 * given. They are consistent only in themselves: tables drawn one by one do not agree with each
 * other as the tables of one budget do ({@link ConsistentBudgets} generates those).
 *
 * <p>Shrinking leads to the fewest rows, the lowest codes, amounts of 0.01 万元 and blank cells.
 * This class is stateless; its generators are immutable and thread-safe.
 */
public final class Tables {

  private static final Set<ThreePublicLine> CORE_LINES =
      EnumSet.range(ThreePublicLine.SUBTOTAL, ThreePublicLine.RECEPTION);

  private Tables() {}

  /**
   * Returns a generator of a functional table of the common profile (收入总表, 支出总表 or tables
   * 5, 7 and 8), see {@link #functional(TableLayout, CatalogEdition, int, int)}.
   *
   * @param kind the table's kind
   * @param edition the catalog edition whose codes and names the rows use
   * @param minItems the least number of 项 rows, at least 1
   * @param maxItems the largest number of 项 rows; lowered to what the edition has
   * @return the generator
   * @throws IllegalArgumentException if the kind is not a table of functional rows, or the edition
   *     has fewer than {@code minItems} 项 codes
   */
  public static Generator<CodedTable<FunctionCode>> functional(TableKind kind,
      CatalogEdition edition, int minItems, int maxItems) {
    return functional(DisclosureProfile.common().requireLayout(kind), edition, minItems, maxItems);
  }

  /**
   * Returns a generator of a table by functional code in a given layout: the 合计 row, then each
   * 类 with its 款 and their 项, named as the edition names them. Every 项 has money in at least
   * one column: a positive amount in a column that is no column sum's total (where shrinking
   * leads: the first such column), sometimes also in the others; the total columns are the sums
   * of their parts. A 类 or 款 row is the sum of the rows under it, the 合计 row the sum of the 类.
   * Zero cells are printed blank.
   *
   * @param layout the layout, of a table of functional rows; its column sums may nest (栏次 3 =
   *     4 + 12, 栏次 4 = 5 + … + 11) but a column may be the total of one sum only
   * @param edition the catalog edition whose codes and names the rows use
   * @param minItems the least number of 项 rows, at least 1
   * @param maxItems the largest number of 项 rows; lowered to what the edition has
   * @return the generator; shrinks to one 项 (the edition's lowest) with 0.01 万元 in the first
   *     column that is no total
   * @throws IllegalArgumentException if the layout is not one of a table of functional rows, its
   *     column sums cannot all hold (a column the total of two sums, or sums in a cycle), or the
   *     edition has fewer than {@code minItems} 项 codes
   */
  public static Generator<CodedTable<FunctionCode>> functional(TableLayout layout,
      CatalogEdition edition, int minItems, int maxItems) {
    Objects.requireNonNull(layout, "layout");
    if (layout.kind().shape() != TableShape.FUNCTIONAL_ROWS) {
      throw new IllegalArgumentException(layout.kind() + " is not a table of functional rows");
    }
    ColumnArithmetic columns = new ColumnArithmetic(layout);
    Generator<List<FunctionCode>> codes = Codes.functionalItems(edition, minItems, maxItems);
    return source -> {
      List<FunctionCode> items = codes.generate(source);
      List<Integer> indices = new ArrayList<>();
      List<long[]> cells = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        indices.add(i);
        cells.add(columns.draw(source));
      }
      TreeMap<String, long[]> rows = TableRows.rollUp(indices, items::get, cells::get);
      CodedRows<FunctionCode> t =
          new CodedRows<>(layout, layout.title(BudgetKind.DEPARTMENT), FunctionCode::parse);
      TableRows.functional(t, rows, edition, null);
      return t.build();
    };
  }

  /**
   * Returns a generator of a 一般公共预算财政拨款基本支出表 (table 6) of the common profile: the 合计
   * row (合计, 人员经费, 公用经费), then the economic 类 301, 302 and 303 that have money, each with
   * its 款; 302 counts as 公用经费, 301 and 303 as 人员经费. Each 款 has a positive amount.
   *
   * @param edition the catalog edition whose codes and names the rows use
   * @param minSections the least number of economic 款 rows, at least 1
   * @param maxSections the largest number; lowered to the number of 款 under 301, 302 and 303
   * @return the generator; shrinks to the lowest 款 alone (30101 in the bundled catalog) with 0.01
   *     万元
   * @throws IllegalArgumentException if the range is empty or starts below 1, or the edition has
   *     fewer than {@code minSections} economic 款 under 301, 302 and 303
   */
  public static Generator<CodedTable<EconomicCode>> basicExpenditure(CatalogEdition edition,
      int minSections, int maxSections) {
    Objects.requireNonNull(edition, "edition");
    if (minSections < 1 || maxSections < minSections) {
      throw new IllegalArgumentException("Invalid range of economic 款 " + minSections + "-"
          + maxSections);
    }
    List<String> pool = new ArrayList<>();
    for (String cls : List.of("301", "302", "303")) {
      edition.children(EconomicCode.parse(cls)).forEach(e -> pool.add(e.code().value()));
    }
    pool.sort(null);
    if (pool.size() < minSections) {
      throw new IllegalArgumentException("The catalog edition " + edition.year() + " has "
          + pool.size() + " economic 款 under 301, 302 and 303, fewer than " + minSections);
    }
    int most = Math.min(maxSections, pool.size());
    TableLayout layout = DisclosureProfile.common().requireLayout(TableKind.BASIC_EXPENDITURE);
    return source -> {
      TreeMap<String, Long> sections = new TreeMap<>();
      for (String code : Draws.distinct(source, pool, source.intBetween(minSections, most))) {
        sections.put(code, Draws.amount(source));
      }
      CodedRows<EconomicCode> t =
          new CodedRows<>(layout, layout.title(BudgetKind.DEPARTMENT), EconomicCode::parse);
      TableRows.basicExpenditure(t, sections, edition);
      return t.build();
    };
  }

  /**
   * Returns a generator of a 财政拨款“三公”经费支出表 of the common profile in a row layout
   * (LAYOUTS.md §4), whose lines add up in every column: 小计 = 因公出国（境）费 + 公务用车购置及运维费
   * + 公务接待费, each of those = its 其中 lines, 会议费 = its 其中 lines, 合计 = 小计 + 会议费 + 培训费
   * (layout B) or = 小计 (layout D, which prints no 会议费 and 培训费), and 合计 (栏次 2) = 一般公共预算
   * + 政府性基金 + 国有资本经营 (栏次 3-5) in every row. Lines without money print blank cells;
   * layout A prints no row, only the empty-table note.
   *
   * @param layout {@code EMPTY}, {@code FULL}, {@code SUBTOTAL_ONLY} or {@code
   *     TOTAL_WITHOUT_MEETINGS}
   * @return the generator; shrinks to a table of blank cells
   * @throws IllegalArgumentException if the layout is {@code OTHER}
   */
  public static Generator<ThreePublicTable> threePublic(ThreePublicLayout layout) {
    Objects.requireNonNull(layout, "layout");
    if (layout == ThreePublicLayout.OTHER) {
      throw new IllegalArgumentException("A “三公” table cannot be generated in layout OTHER: "
          + "give EMPTY, FULL, SUBTOTAL_ONLY or TOTAL_WITHOUT_MEETINGS");
    }
    TableLayout tableLayout = DisclosureProfile.common().requireLayout(TableKind.THREE_PUBLIC);
    return source -> {
      Map<ThreePublicLine, long[]> lines = new EnumMap<>(ThreePublicLine.class);
      if (layout != ThreePublicLayout.EMPTY) {
        // 栏次 3 (一般公共预算) always, 栏次 4 and 5 sometimes; 栏次 2 is their sum
        boolean[] funds = {true, source.chance(20), source.chance(20)};
        for (int f = 0; f < funds.length; f++) {
          drawThreePublicColumn(source, layout, lines, f + 1, funds[f]);
        }
        for (long[] cells : lines.values()) {
          cells[0] = cells[1] + cells[2] + cells[3];
        }
      }
      ThreePublicRows t = new ThreePublicRows(tableLayout,
          tableLayout.title(BudgetKind.DEPARTMENT));
      TableRows.threePublic(t, layout, lines, tableLayout.emptyNote().orElseThrow());
      return t.build();
    };
  }

  /** Draws one fund column of the “三公” lines a layout prints; zeros where there is no fund. */
  private static void drawThreePublicColumn(Source source, ThreePublicLayout layout,
      Map<ThreePublicLine, long[]> lines, int column, boolean hasMoney) {
    Map<ThreePublicLine, Long> v = new EnumMap<>(ThreePublicLine.class);
    for (ThreePublicLine leaf : List.of(ThreePublicLine.OVERSEAS_ACADEMIC,
        ThreePublicLine.OVERSEAS_OTHER, ThreePublicLine.VEHICLE_PURCHASE,
        ThreePublicLine.VEHICLE_OPERATION, ThreePublicLine.RECEPTION,
        ThreePublicLine.MEETINGS_UNIVERSITY, ThreePublicLine.MEETINGS_OTHER,
        ThreePublicLine.TRAINING)) {
      v.put(leaf, hasMoney && source.chance(50) ? Draws.amount(source) : 0L);
    }
    v.put(ThreePublicLine.OVERSEAS,
        v.get(ThreePublicLine.OVERSEAS_ACADEMIC) + v.get(ThreePublicLine.OVERSEAS_OTHER));
    v.put(ThreePublicLine.VEHICLES,
        v.get(ThreePublicLine.VEHICLE_PURCHASE) + v.get(ThreePublicLine.VEHICLE_OPERATION));
    v.put(ThreePublicLine.SUBTOTAL, v.get(ThreePublicLine.OVERSEAS)
        + v.get(ThreePublicLine.VEHICLES) + v.get(ThreePublicLine.RECEPTION));
    v.put(ThreePublicLine.MEETINGS,
        v.get(ThreePublicLine.MEETINGS_UNIVERSITY) + v.get(ThreePublicLine.MEETINGS_OTHER));
    Set<ThreePublicLine> printed = EnumSet.copyOf(CORE_LINES);
    if (layout == ThreePublicLayout.FULL) {
      printed = EnumSet.allOf(ThreePublicLine.class);
      v.put(ThreePublicLine.TOTAL, v.get(ThreePublicLine.SUBTOTAL)
          + v.get(ThreePublicLine.MEETINGS) + v.get(ThreePublicLine.TRAINING));
    } else if (layout == ThreePublicLayout.TOTAL_WITHOUT_MEETINGS) {
      printed.add(ThreePublicLine.TOTAL);
      v.put(ThreePublicLine.TOTAL, v.get(ThreePublicLine.SUBTOTAL));
    }
    for (ThreePublicLine line : printed) {
      lines.computeIfAbsent(line, l -> new long[4])[column] = v.get(line);
    }
  }

  /**
   * The row arithmetic of a layout: which amount columns are drawn (no sum's total) and which are
   * computed, in an order where every part is known before its total.
   */
  private static final class ColumnArithmetic {

    private final int width;
    /** Positions (in the amount columns) of the drawn columns. */
    private final List<Integer> drawn = new ArrayList<>();
    /** The sums, by position of their total, in an order that computes parts first. */
    private final List<int[]> sums = new ArrayList<>();

    ColumnArithmetic(TableLayout layout) {
      width = layout.amountColumns().size();
      Map<Integer, Integer> position = new HashMap<>();
      for (int i = 0; i < layout.amountColumns().size(); i++) {
        position.put(layout.amountColumns().get(i).number(), i);
      }
      Map<Integer, ColumnSum> byTotal = new HashMap<>();
      for (ColumnSum sum : layout.columnSums()) {
        if (byTotal.put(sum.total(), sum) != null) {
          throw new IllegalArgumentException(layout.kind() + ": 栏次" + sum.total()
              + " is the total of two column sums; they cannot both be generated");
        }
      }
      for (int i = 0; i < layout.amountColumns().size(); i++) {
        if (!byTotal.containsKey(layout.amountColumns().get(i).number())) {
          drawn.add(i);
        }
      }
      List<ColumnSum> pending = new ArrayList<>(layout.columnSums());
      Set<Integer> known = new HashSet<>();
      drawn.forEach(i -> known.add(layout.amountColumns().get(i).number()));
      while (!pending.isEmpty()) {
        ColumnSum ready = pending.stream().filter(s -> known.containsAll(s.parts())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException(layout.kind()
                + ": the column sums " + pending + " depend on each other in a cycle"));
        int[] sum = new int[ready.parts().size() + 1];
        sum[0] = position.get(ready.total());
        for (int p = 0; p < ready.parts().size(); p++) {
          sum[p + 1] = position.get(ready.parts().get(p));
        }
        sums.add(sum);
        known.add(ready.total());
        pending.remove(ready);
      }
      if (drawn.isEmpty()) {
        throw new IllegalArgumentException(layout.kind() + " has no amount column to draw");
      }
    }

    /** Draws the cells of one 项: money in one drawn column at least, the totals computed. */
    long[] draw(Source source) {
      long[] cells = new long[width];
      int main = source.pick(drawn);
      for (int i : drawn) {
        if (i == main) {
          cells[i] = Draws.amount(source);
        } else if (source.chance(30)) {
          cells[i] = Draws.amount(source);
        }
      }
      for (int[] sum : sums) {
        long total = 0;
        for (int p = 1; p < sum.length; p++) {
          total += cells[sum[p]];
        }
        cells[sum[0]] = total;
      }
      return cells;
    }
  }
}
