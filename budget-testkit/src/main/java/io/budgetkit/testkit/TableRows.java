package io.budgetkit.testkit;

import static io.budgetkit.testkit.Draws.cells;

import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRows;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The roll-up and printing of tables shared by {@link BudgetDraft} and {@link Tables}: amounts in
 * whole 0.01 万元 go in, printed rows in the order and with the names the documents print come
 * out.
 */
final class TableRows {

  /** The printed label of each “三公” line, in printed order. */
  private static final Map<ThreePublicLine, String> THREE_PUBLIC_LABELS = threePublicLabels();

  private TableRows() {}

  /**
   * Sums the cells of the 项 into their 项, 款 and 类 rows and the 合计 row (key ""), leaving out
   * the 项 whose cells are all zero: the rows of one functional table, in printed order.
   *
   * @param items the 项, each with its code and cells
   * @param code the code of a 项
   * @param cells the cells of a 项, in 0.01 万元, one per amount column
   */
  static <T> TreeMap<String, long[]> rollUp(List<T> items, Function<T, FunctionCode> code,
      Function<T, long[]> cells) {
    TreeMap<String, long[]> rows = new TreeMap<>();
    for (T item : items) {
      long[] c = cells.apply(item);
      if (Arrays.stream(c).allMatch(v -> v == 0)) {
        continue;
      }
      String value = code.apply(item).value();
      for (String key : List.of("", value.substring(0, 3), value.substring(0, 5), value)) {
        long[] row = rows.computeIfAbsent(key, k -> new long[c.length]);
        for (int j = 0; j < c.length; j++) {
          row[j] += c[j];
        }
      }
    }
    return rows;
  }

  /**
   * Prints a table by functional code: 合计, then each 类 with its 款 and their 项; empty with a
   * note.
   */
  static void functional(CodedRows<FunctionCode> t, SortedMap<String, long[]> rows,
      CatalogEdition edition, String emptyNote) {
    if (rows.isEmpty()) {
      t.note(emptyNote);
      return;
    }
    rows.forEach((code, cells) -> {
      if (code.isEmpty()) {
        t.total(cells(cells));
      } else {
        t.row(code, name(edition, FunctionCode.parse(code)), cells(cells));
      }
    });
  }

  /**
   * Prints a 基本支出表 from its economic 款 (code to amount): 合计 (合计, 人员经费, 公用经费), then
   * 301, 302, 303 each with its 款; 302 is 公用经费, the others 人员经费.
   */
  static void basicExpenditure(CodedRows<EconomicCode> t, TreeMap<String, Long> sections,
      CatalogEdition edition) {
    long total = 0;
    long publicExpenses = 0;
    TreeMap<String, Long> classes = new TreeMap<>();
    for (Map.Entry<String, Long> e : sections.entrySet()) {
      total += e.getValue();
      publicExpenses += isPublicExpense(e.getKey()) ? e.getValue() : 0;
      classes.merge(e.getKey().substring(0, 3), e.getValue(), Long::sum);
    }
    t.total(cells(total, total - publicExpenses, publicExpenses));
    classes.forEach((cls, classAmount) -> {
      boolean publicSide = isPublicExpense(cls);
      t.row(cls, name(edition, EconomicCode.parse(cls)), cells(classAmount,
          publicSide ? 0 : classAmount, publicSide ? classAmount : 0));
      sections.subMap(cls, cls + "\uffff").forEach((code, v) -> t.row(code,
          name(edition, EconomicCode.parse(code)), cells(v, publicSide ? 0 : v,
              publicSide ? v : 0)));
    });
  }

  private static boolean isPublicExpense(String economicCode) {
    return economicCode.startsWith("302");
  }

  /**
   * Prints a “三公” table in a layout: the given lines in printed order (no 合计 in layout C), or
   * only the note in layout A.
   *
   * @param lines the amounts of each printed line, one per amount column from the first
   */
  static void threePublic(ThreePublicRows t, ThreePublicLayout layout,
      Map<ThreePublicLine, long[]> lines, String emptyNote) {
    if (layout == ThreePublicLayout.EMPTY) {
      t.note(emptyNote);
      return;
    }
    THREE_PUBLIC_LABELS.forEach((line, label) -> {
      if (lines.containsKey(line) && (line != ThreePublicLine.TOTAL
          || layout != ThreePublicLayout.SUBTOTAL_ONLY)) {
        t.row(label, cells(lines.get(line)));
      }
    });
  }

  /** The name the edition gives a code. */
  static String name(CatalogEdition edition, ClassificationCode<?> code) {
    return edition.name(code).orElseThrow(() -> new IllegalStateException(
        "The catalog edition " + edition.year() + " does not name " + code));
  }

  private static Map<ThreePublicLine, String> threePublicLabels() {
    Map<ThreePublicLine, String> labels = new EnumMap<>(ThreePublicLine.class);
    labels.put(ThreePublicLine.TOTAL, "合计");
    labels.put(ThreePublicLine.SUBTOTAL, "“三公”经费小计");
    labels.put(ThreePublicLine.OVERSEAS, "一、因公出国（境）费");
    labels.put(ThreePublicLine.OVERSEAS_ACADEMIC, "其中：教学科研人员因公出国（境）费");
    labels.put(ThreePublicLine.OVERSEAS_OTHER, "其他因公出国（境）费");
    labels.put(ThreePublicLine.VEHICLES, "二、公务用车购置及运维费");
    labels.put(ThreePublicLine.VEHICLE_PURCHASE, "其中：公务用车购置费");
    labels.put(ThreePublicLine.VEHICLE_OPERATION, "公务用车运行维护费");
    labels.put(ThreePublicLine.RECEPTION, "三、公务接待费");
    labels.put(ThreePublicLine.MEETINGS, "四、会议费");
    labels.put(ThreePublicLine.MEETINGS_UNIVERSITY, "其中：省属高校业务性会议费");
    labels.put(ThreePublicLine.MEETINGS_OTHER, "其他会议费");
    labels.put(ThreePublicLine.TRAINING, "五、培训费");
    return labels;
  }
}
