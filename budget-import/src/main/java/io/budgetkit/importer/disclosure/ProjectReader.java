package io.budgetkit.importer.disclosure;

import io.budgetkit.core.amount.CellValues;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SpendingPlan;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.importer.disclosure.TextRows.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one project performance table (绩效目标表, LAYOUTS §5, layouts P1 and P2): 项目编码 and
 * 项目名称, 预算数 with 财政资金 and 其他资金, 资金用途, 资金支出计划 (values by position under the
 * header's date cells), 绩效目标 and the indicator rows (a continuation row's blank 一级指标 is
 * filled with the level it continues; a row with 一级 and 二级 blank continues the cells of the
 * row before, as a name split across lines or pages does; a row of fewer than six cells is
 * completed by the rows after it, as when a newline in a DOCX cell cut it; indicator headers
 * repeated after a page break are skipped).
 */
final class ProjectReader {

  /**
   * The space before a numbered item. It starts where a run of whitespace starts and takes all
   * of it: tried at every space of a run, giving back one at a time, a long run cost its square.
   */
  private static final Pattern GOAL_SPLIT =
      Pattern.compile("(?<!\\s)\\s++(?=[0-9]{1,2}[.．、](?![0-9]))");
  private static final Pattern TAGS = Pattern.compile("</?p>");
  private static final int INDICATOR_CELLS = 6;

  private enum Expect { NONE, PURPOSE, PLAN, GOALS, INDICATORS }

  private final TextRows t;
  private final List<ImportDiagnostic> diagnostics;

  ProjectReader(TextRows t, List<ImportDiagnostic> diagnostics) {
    this.t = t;
    this.diagnostics = diagnostics;
  }

  ProjectPerformance read(int titleIndex, int to) {
    String titleLine = t.lines.get(titleIndex);
    ProjectPerformance.Builder b = ProjectPerformance.builder();
    b.title(t.label(titleLine));
    String name = null;
    Expect expect = Expect.NONE;
    List<String> planHeader = null;
    // cells as builders: continuation rows append to them (a copy per row is quadratic)
    List<List<StringBuilder>> indicators = new ArrayList<>();
    Item pending = null;
    int last = titleIndex + 1;
    for (Item it : t.items(titleIndex + 1, to)) {
      if (!it.isRow()) {
        if (!ProcurementReader.isMeta(t.label(it.text))) {
          break;
        }
        last = it.pos;
        continue;
      }
      last = it.pos;
      if (pending != null) {
        // a cell ending in a newline split an indicator row (LAYOUTS §8 item 6)
        pending.cells.addAll(it.cells);
        it = pending;
        pending = null;
        if (it.cells.size() < INDICATOR_CELLS) {
          pending = it;
          continue;
        }
      }
      String first = TextRows.squeeze(TextRows.plain(it.cell(0)));
      if (ProcurementReader.allMeta(it)) {
        continue;
      }
      if (first.equals("项目编码")) {
        b.code(TextRows.squeeze(it.cell(1)));
        int n = indexOf(it, "项目名称");
        name = n < 0 ? "" : t.label(nextNonBlank(it, n + 1));
        b.name(name);
        expect = Expect.NONE;
      } else if (first.startsWith("预算规模")) {
        readFunds(b, it);
        expect = Expect.PURPOSE;
      } else if (first.startsWith("资金支出计划")) {
        planHeader = new ArrayList<>(it.cells);
        expect = Expect.PLAN;
      } else if (first.equals("绩效目标")) {
        goals(b, it);
        expect = Expect.GOALS;
      } else if (first.equals("一级指标")) {
        expect = Expect.INDICATORS;
      } else if (first.isEmpty() && expect == Expect.PURPOSE) {
        b.purpose(purpose(joinRest(it)));
        expect = Expect.NONE;
      } else if (first.isEmpty() && expect == Expect.PLAN) {
        plan(b, planHeader, it);
        expect = Expect.NONE;
      } else if (first.isEmpty() && expect == Expect.GOALS) {
        goals(b, it);
      } else if (expect == Expect.INDICATORS) {
        if (it.cells.size() < INDICATOR_CELLS) {
          pending = new Item(it.pos, it.line, it.text, new ArrayList<>(it.cells), it.origin,
              it.cellOrigins);
          continue;
        }
        indicator(indicators, it);
      } else {
        error(it, "a row of the 绩效目标表 that fits none of its blocks; it is not read");
      }
    }
    if (pending != null) {
      error(pending, "an indicator row of " + pending.cells.size() + " cells where the table "
          + "has 6; it is not read");
    }
    t.claim(titleIndex + 1, last);
    if (name == null) {
      String title = t.label(titleLine);
      name = title.replaceFirst("^[0-9]+[、.．]", "").replaceFirst("绩效目标表$", "");
      b.name(name);
    }
    String level1 = "";
    for (List<StringBuilder> c : indicators) {
      if (c.get(0).length() > 0) {
        level1 = c.get(0).toString();
      }
      b.indicator(level1, c.get(1).toString(), c.get(2).toString(), c.get(3).toString(),
          c.get(4).toString(), c.get(5).toString());
    }
    return b.build();
  }

  private void readFunds(ProjectPerformance.Builder b, Item it) {
    int budget = indexOf(it, "预算数");
    int fiscal = indexOf(it, "财政资金");
    int other = indexOf(it, "其他资金");
    amount(it, budget, "预算数", b::budget);
    amount(it, fiscal, "财政资金", b::fiscalFunds);
    amount(it, other, "其他资金", b::otherFunds);
  }

  private void amount(Item it, int labelAt, String what,
      java.util.function.Function<String, ProjectPerformance.Builder> set) {
    if (labelAt < 0) {
      error(it, "no " + what + " cell in the 预算规模 row");
      return;
    }
    String v = TextRows.squeeze(it.cell(labelAt + 1));
    try {
      set.apply(v);
    } catch (IllegalArgumentException | ArithmeticException e) {
      error(it, what + " '" + v + "' is not an amount; it is not read");
    }
  }

  private void plan(ProjectPerformance.Builder b, List<String> header, Item values) {
    List<String> dates = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    for (int i = 1; i < header.size(); i++) {
      String d = TextRows.squeeze(TextRows.plain(header.get(i)));
      if (d.isEmpty()) {
        continue;
      }
      dates.add(d);
      String v = TextRows.squeeze(values.cell(i));
      boolean spans = i + 1 < header.size() && CellValues.isBlank(header.get(i + 1));
      if (v.isEmpty() && spans) {
        v = TextRows.squeeze(values.cell(i + 1));
      }
      cells.add(v);
    }
    for (int i = header.size(); i < values.cells.size(); i++) {
      if (!CellValues.isBlank(values.cells.get(i))) {
        error(values, "资金支出计划: the value '" + values.cells.get(i).strip()
            + "' stands under no date of the header; it is not read");
      }
    }
    String head = TextRows.plain(header.get(0));
    b.spendingPlan(SpendingPlan.of(head, dates, cells.toArray(new String[0])));
  }

  private void goals(ProjectPerformance.Builder b, Item it) {
    for (int i = 1; i < it.cells.size(); i++) {
      for (String line : it.cellLines(i)) {
        String s = TAGS.matcher(line).replaceAll("\n");
        for (String part : s.split("\n")) {
          for (String g : GOAL_SPLIT.split(part.strip())) {
            String goal = text(g);
            if (!goal.isEmpty()) {
              b.goal(goal);
            }
          }
        }
      }
    }
  }

  private void indicator(List<List<StringBuilder>> indicators, Item it) {
    List<String> c = new ArrayList<>();
    for (int i = 0; i < INDICATOR_CELLS; i++) {
      c.add(text(it.cell(i)));
    }
    for (int i = INDICATOR_CELLS; i < it.cells.size(); i++) {
      if (!CellValues.isBlank(it.cells.get(i))) {
        error(it, "an indicator row of " + it.cells.size() + " cells where the table has 6;"
            + " which cell is which column cannot be told, the row is not read");
        return;
      }
    }
    if (c.get(0).isEmpty() && c.get(1).isEmpty()) {
      // a name split across lines or pages (LAYOUTS §8 item 17): continue the row before
      if (indicators.isEmpty()) {
        error(it, "a continuation row with no indicator row before it; it is not read");
        return;
      }
      List<StringBuilder> prev = indicators.get(indicators.size() - 1);
      for (int i = 0; i < INDICATOR_CELLS; i++) {
        prev.get(i).append(c.get(i));
      }
      return;
    }
    List<StringBuilder> row = new ArrayList<>();
    c.forEach(cell -> row.add(new StringBuilder(cell)));
    indicators.add(row);
  }

  /** The 资金用途 text as printed. */
  private String purpose(String s) {
    return text(s);
  }

  /** A cell as printed: bookmarks dropped, trimmed. */
  private String text(String s) {
    return t.label(s);
  }

  private static int indexOf(Item it, String label) {
    for (int i = 0; i < it.cells.size(); i++) {
      if (TextRows.squeeze(TextRows.plain(it.cells.get(i))).contains(label)) {
        return i;
      }
    }
    return -1;
  }

  private static String nextNonBlank(Item it, int from) {
    for (int i = from; i < it.cells.size(); i++) {
      if (!CellValues.isBlank(it.cells.get(i))) {
        return it.cell(i);
      }
    }
    return "";
  }

  private static String joinRest(Item it) {
    StringBuilder s = new StringBuilder();
    for (int i = 1; i < it.cells.size(); i++) {
      s.append(it.cell(i));
    }
    return s.toString();
  }

  private void error(Item it, String message) {
    diagnostics.add(ImportDiagnostic.of("project.row", Severity.ERROR, it.line, it.text,
        message).aboutItem(it.pos));
  }
}
