package io.budgetkit.importer.disclosure;

import io.budgetkit.core.amount.CellValues;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.importer.disclosure.TextRows.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the 固定资产占用情况表 (LAYOUTS §7): 截止时间, then 项目 · 数量 · 价值 rows. */
final class AssetReader {

  private static final Pattern DATE = Pattern.compile("截止时间[：:]([0-9]{4}-[0-9]{1,2}-[0-9]{1,2})");

  private final TextRows t;
  private final List<ImportDiagnostic> diagnostics;

  AssetReader(TextRows t, List<ImportDiagnostic> diagnostics) {
    this.t = t;
    this.diagnostics = diagnostics;
  }

  FixedAssets read(int titleIndex, int to) {
    FixedAssets.Builder b = FixedAssets.builder();
    b.title(t.label(t.lines.get(titleIndex)));
    int last = titleIndex + 1;
    for (Item it : t.items(titleIndex + 1, to)) {
      if (!it.isRow()) {
        String text = t.label(it.text);
        if (!ProcurementReader.isMeta(text)) {
          break;
        }
        asOf(b, it, text);
      } else if (ProcurementReader.allMeta(it)) {
        for (String c : it.cells) {
          asOf(b, it, c);
        }
      } else if (TextRows.squeeze(TextRows.plain(it.cell(0))).equals("项目")) {
        // the header
      } else {
        row(b, it);
      }
      last = it.pos;
    }
    t.claim(titleIndex + 1, last);
    return b.build();
  }

  private void asOf(FixedAssets.Builder b, Item it, String text) {
    Matcher m = DATE.matcher(TextRows.squeeze(text));
    if (m.find()) {
      try {
        String[] p = m.group(1).split("-");
        b.asOf(LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]),
            Integer.parseInt(p[2])));
      } catch (java.time.DateTimeException e) {
        error(it, "截止时间 '" + m.group(1) + "' is not a date");
      }
    } else if (TextRows.squeeze(text).startsWith("截止时间")) {
      error(it, "截止时间 '" + text + "' is not read as a date");
    }
  }

  private void row(FixedAssets.Builder b, Item it) {
    for (int i = 3; i < it.cells.size(); i++) {
      if (!CellValues.isBlank(it.cells.get(i))) {
        error(it, "固定资产 row '" + it.cell(0) + "': " + it.cells.size()
            + " cells where the table has 3; the row is not read");
        return;
      }
    }
    String item = t.label(it.cell(0));
    String quantity = TextRows.squeeze(it.cell(1));
    String value = TextRows.squeeze(it.cell(2));
    try {
      b.row(item, quantity, value);
    } catch (IllegalArgumentException | ArithmeticException e) {
      error(it, "固定资产 row '" + item + "': 价值 '" + value + "' is not an amount ("
          + e.getMessage() + "); the row is not read");
    }
  }

  private void error(Item it, String message) {
    diagnostics.add(ImportDiagnostic.of("assets.row", Severity.ERROR, it.line, it.text,
        message).aboutItem(it.pos));
  }
}
