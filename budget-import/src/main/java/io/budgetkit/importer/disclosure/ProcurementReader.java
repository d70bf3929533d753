package io.budgetkit.importer.disclosure;

import io.budgetkit.core.amount.CellValues;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.importer.disclosure.TextRows.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the 政府采购预算 table (LAYOUTS §6), layouts G1 and G2, by the layout's columns. */
final class ProcurementReader {

  /** A department line: its code, then its name. */
  private static final Pattern DEPARTMENT = Pattern.compile("[0-9]{3,6}\\p{IsHan}.*");

  private final TextRows t;
  private final List<ImportDiagnostic> diagnostics;

  ProcurementReader(TextRows t, List<ImportDiagnostic> diagnostics) {
    this.t = t;
    this.diagnostics = diagnostics;
  }

  static boolean isMeta(String text) {
    String s = TextRows.squeeze(text);
    return s.isEmpty() || s.startsWith("单位：") || s.startsWith("单位:")
        || s.startsWith("截止时间") || DEPARTMENT.matcher(s).matches();
  }

  static boolean allMeta(Item row) {
    return row.cells.stream().allMatch(ProcurementReader::isMeta);
  }

  Procurement read(int titleIndex, int to) {
    String titleLine = t.lines.get(titleIndex);
    List<Item> items = t.items(titleIndex + 1, to);
    int last = titleIndex + 1;
    ProcurementLayout layout = ProcurementLayout.G1;
    List<Item> data = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Item it : items) {
      if (!it.isRow()) {
        String text = t.label(it.text);
        if (text.startsWith("注")) {
          notes.add(text);
        } else if (!isMeta(text)) {
          break;
        }
      } else if (allMeta(it)) {
        // department and unit lines
      } else if (isHeader(it)) {
        if (String.join("", it.cells).contains("财政拨款结转")) {
          layout = ProcurementLayout.G2;
        }
      } else if (it.cells.stream().allMatch(CellValues::isBlank)) {
        // the one row of blank cells of an empty table
      } else {
        data.add(it);
      }
      last = it.pos;
    }
    t.claim(titleIndex + 1, last);
    Procurement.Builder b = Procurement.builder(layout);
    b.title(t.label(titleLine));
    int width = layout.columnCount();
    for (Item r : data) {
      List<String> c = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        String raw = r.cell(i);
        c.add(i == 0 || i == 2 || i == 4 ? t.label(raw) : TextRows.squeeze(raw));
      }
      boolean wide = false;
      for (int i = width; i < r.cells.size(); i++) {
        wide |= !CellValues.isBlank(r.cells.get(i));
      }
      if (wide) {
        error(r, "政府采购 line '" + c.get(0) + "': " + r.cells.size() + " cells where layout "
            + layout + " has " + width + "; which cell is which column cannot be told, "
            + "the line is not read");
        continue;
      }
      String key = TextRows.squeeze(c.get(0));
      try {
        if (key.equals("合计") || key.endsWith("小计")) {
          for (int i = 1; i < 7; i++) {
            if (!c.get(i).isEmpty()) {
              error(r, "政府采购 " + key + ": cell " + (i + 1) + " '" + c.get(i)
                  + "' is not blank on a total line; it is not read");
            }
          }
          String[] amounts = c.subList(7, width).toArray(new String[0]);
          if (key.equals("合计")) {
            b.total(c.get(0), amounts);
          } else {
            b.subtotal(c.get(0), amounts);
          }
        } else {
          b.item(c.toArray(new String[0]));
        }
      } catch (IllegalArgumentException | ArithmeticException e) {
        error(r, e.getMessage() + "; the line is not read");
      }
    }
    notes.forEach(b::addNotes);
    return b.build();
  }

  private static boolean isHeader(Item it) {
    String first = TextRows.squeeze(TextRows.plain(it.cell(0)));
    if (first.equals("政府采购项目来源") || first.equals("项目名称")) {
      return true;
    }
    String all = TextRows.squeeze(String.join("", it.cells));
    return all.contains("一般公共预算拨款") || all.contains("政府采购金额");
  }

  private void error(Item r, String message) {
    diagnostics.add(ImportDiagnostic.of("procurement.line", Severity.ERROR, r.line, r.text,
        message).aboutItem(r.pos));
  }
}
