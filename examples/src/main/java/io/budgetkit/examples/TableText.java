package io.budgetkit.examples;

import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a disclosure table as aligned plain text, the way it is printed: title, department,
 * year and unit lines, the header with its 栏次, one line per printed row.
 *
 * <p>Chinese characters take two columns in a terminal, so widths are measured in display
 * columns, not in {@code char}s.
 */
public final class TableText {

  private TableText() {}

  /**
   * Renders one table of a budget.
   *
   * @param budget the budget the table belongs to (for the heading lines)
   * @param table the table
   * @return the text, ending with a newline
   */
  public static String render(DepartmentBudget budget, DisclosureTable table) {
    List<Column> columns = table.layout().columns();
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[columns.size() + 1];
    String[] numbers = new String[columns.size() + 1];
    header[0] = "序号";
    numbers[0] = "栏次";
    for (Column c : columns) {
      header[c.number()] = c.shortName();
      numbers[c.number()] = String.valueOf(c.number());
    }
    lines.add(header);
    lines.add(numbers);
    for (TableRow row : table.rows()) {
      String[] cells = new String[columns.size() + 1];
      cells[0] = String.valueOf(row.seq());
      for (Column c : columns) {
        cells[c.number()] = c.type() == ColumnType.AMOUNT
            ? row.cell(c.number()).map(a -> format(table, a)).orElse("")
            : DisplayText.inline(label(row, c));
      }
      lines.add(cells);
    }
    int[] widths = new int[columns.size() + 1];
    for (String[] l : lines) {
      for (int i = 0; i < l.length; i++) {
        widths[i] = Math.max(widths[i], width(l[i]));
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(DisplayText.inline(table.title())).append('\n')
        .append(budget.departmentCode()).append(' ')
        .append(DisplayText.inline(budget.departmentName()))
        .append("    预算年度：").append(budget.year())
        .append("    单位：").append(table.layout().precision().unit().label()).append('\n');
    for (String[] l : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < l.length; i++) {
        boolean right = i > 0 && columns.get(i - 1).type() == ColumnType.AMOUNT;
        line.append(pad(l[i], widths[i], right)).append(i + 1 < l.length ? "  " : "");
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    table.note().ifPresent(n -> out.append(DisplayText.inline(n)).append('\n'));
    return out.toString();
  }

  private static String format(DisclosureTable table, Amount amount) {
    // The model holds what was printed; a finer amount than the table prints is shown in full.
    return table.layout().precision().isExact(amount)
        ? table.layout().precision().format(amount, RoundingMode.UNNECESSARY)
        : amount.toString();
  }

  private static String label(TableRow row, Column c) {
    if (row instanceof CodedRow) {
      CodedRow<?> r = (CodedRow<?>) row;
      return c.type() == ColumnType.CODE ? r.code().map(Object::toString).orElse("") : r.name();
    }
    if (row instanceof SummaryRow) {
      SummaryRow r = (SummaryRow) row;
      return (c.number() == 1 ? r.incomeItem() : r.expenditureItem()).orElse("");
    }
    if (row instanceof ThreePublicRow) {
      return ((ThreePublicRow) row).item().strip();
    }
    return "";
  }

  private static String pad(String s, int width, boolean right) {
    String spaces = " ".repeat(width - width(s));
    return right ? spaces + s : s + spaces;
  }

  /**
   * Returns the number of terminal columns a string takes: two for a wide (CJK, full-width)
   * character, one otherwise.
   *
   * @param s the string
   * @return the display width
   */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
