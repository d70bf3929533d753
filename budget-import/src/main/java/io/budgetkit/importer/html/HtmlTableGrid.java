package io.budgetkit.importer.html;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.TableBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Places the cells of an HTML table on a grid as browsers do (the HTML table model): row by row,
 * each cell at the first column of its row that no cell of an earlier row spans down into.
 *
 * <p>Spans are read as the HTML standard says: a {@code colspan} that is no positive number is
 * 1, and at most 1000; a {@code rowspan} that is no number is 1, 0 reaches the end of the row
 * group ({@code thead}, {@code tbody}, {@code tfoot}), and none reaches past it. What a hostile
 * or broken page declares beyond the table's real extent is cut to it, with a note: a row span to
 * the end of its row group, a column span to the last column any cell of the table starts in.
 * Where a cell would overlap a cell spanning down from above (the standard calls it a table
 * model error and browsers draw both over each other), its column span stops short of it. A
 * grid over {@link TableBlock#MAX_POSITIONS} keeps its first rows only.
 */
final class HtmlTableGrid {

  /** The largest {@code colspan} the HTML standard honours. */
  static final int MAX_COLSPAN = 1000;

  /** The largest {@code rowspan} the HTML standard honours. */
  static final int MAX_ROWSPAN = 65534;

  /** One {@code td} or {@code th} as the page declares it. */
  static final class SourceCell {
    final String text;
    final String rowspan;
    final String colspan;
    final Origin origin;

    SourceCell(String text, String rowspan, String colspan, Origin origin) {
      this.text = text;
      this.rowspan = rowspan;
      this.colspan = colspan;
      this.origin = origin;
    }
  }

  /** One {@code tr}: its cells, and the index one past the last row of its row group. */
  static final class SourceRow {
    final List<SourceCell> cells;
    final int groupEnd;

    SourceRow(List<SourceCell> cells, int groupEnd) {
      this.cells = cells;
      this.groupEnd = groupEnd;
    }
  }

  /** A problem with a span, for a note. */
  interface Problems {
    /** Reports a span that was read otherwise than declared. */
    void span(String key, String message, Origin origin);
  }

  private HtmlTableGrid() {}

  /** Places the rows' cells; returns them ordered by row, then column, none overlapping. */
  static List<Cell> place(List<SourceRow> rows, Problems problems) {
    List<int[]> placed = new ArrayList<>(); // row, column, rowSpan, columnSpan per cell
    List<SourceCell> sources = new ArrayList<>();
    int[] busyUntil = new int[16]; // per column, the first row no earlier cell spans into
    for (int r = 0; r < rows.size(); r++) {
      SourceRow row = rows.get(r);
      int column = 0;
      for (SourceCell cell : row.cells) {
        while (column < busyUntil.length && busyUntil[column] > r) {
          column++;
        }
        if (column >= TableBlock.MAX_POSITIONS) {
          // no grid has so many columns; a row of a million spanned cells must not allocate more
          problems.span("html.table-cut", "the row has more than " + TableBlock.MAX_POSITIONS
              + " columns; its cells past them are left out", cell.origin);
          break;
        }
        int columnSpan = Math.min(columnSpan(cell, problems), TableBlock.MAX_POSITIONS - column);
        int rowSpan = rowSpan(cell, r, row.groupEnd, problems);
        if (busyUntil.length < column + columnSpan) {
          busyUntil = Arrays.copyOf(busyUntil, Math.max(busyUntil.length * 2,
              column + columnSpan));
        }
        for (int k = column + 1; k < column + columnSpan; k++) {
          if (busyUntil[k] > r) {
            problems.span("html.span-overlap", "colspan=\"" + cell.colspan + "\" would cover a"
                + " cell spanning down from a row above; the cell spans " + (k - column)
                + " column" + (k - column == 1 ? "" : "s"), cell.origin);
            columnSpan = k - column;
            break;
          }
        }
        for (int k = column; k < column + columnSpan; k++) {
          busyUntil[k] = r + rowSpan;
        }
        placed.add(new int[] {r, column, rowSpan, columnSpan});
        sources.add(cell);
        column += columnSpan;
      }
    }
    // the real extent: the last column a cell starts in; spans beyond it are declared only
    int width = 0;
    for (int[] p : placed) {
      width = Math.max(width, p[1] + 1);
    }
    for (int i = 0; i < placed.size(); i++) {
      int[] p = placed.get(i);
      if (p[1] + p[3] > width) {
        int cut = width - p[1];
        problems.span("html.span-clamped", "colspan=\"" + sources.get(i).colspan + "\" reaches"
            + " past the table's last column; the cell spans the " + cut + " column"
            + (cut == 1 ? "" : "s") + " left", sources.get(i).origin);
        p[3] = cut;
      }
    }
    int maxRows = width == 0 ? 0 : TableBlock.MAX_POSITIONS / width;
    List<Cell> cells = new ArrayList<>(placed.size());
    boolean cut = false;
    for (int i = 0; i < placed.size(); i++) {
      int[] p = placed.get(i);
      if (p[0] >= maxRows) {
        cut = true;
        break;
      }
      int rowSpan = Math.min(p[2], maxRows - p[0]);
      cells.add(Cell.builder().row(p[0]).column(p[1]).rowSpan(rowSpan).columnSpan(p[3])
          .text(sources.get(i).text).origin(sources.get(i).origin).build());
    }
    if (cut) {
      problems.span("html.table-cut", "the table has more than " + TableBlock.MAX_POSITIONS
          + " positions (rows times its " + width + " columns); only its first " + maxRows
          + " rows are read", sources.get(0).origin);
    }
    // placement goes row by row and left to right, so the cells are already in grid order
    return cells;
  }

  private static int columnSpan(SourceCell cell, Problems problems) {
    if (cell.colspan == null) {
      return 1;
    }
    long n = nonNegativeInteger(cell.colspan);
    if (n < 1) {
      problems.span("html.span-invalid", "colspan=\"" + cell.colspan + "\" is no number of"
          + " columns; the cell spans 1 column, as browsers show it", cell.origin);
      return 1;
    }
    if (n > MAX_COLSPAN) {
      problems.span("html.span-clamped", "colspan=\"" + cell.colspan + "\" is more than the "
          + MAX_COLSPAN + " columns browsers honour; the cell spans " + MAX_COLSPAN
          + " at most", cell.origin);
      return MAX_COLSPAN;
    }
    return (int) n;
  }

  private static int rowSpan(SourceCell cell, int row, int groupEnd, Problems problems) {
    int left = groupEnd - row;
    if (cell.rowspan == null) {
      return 1;
    }
    long n = nonNegativeInteger(cell.rowspan);
    if (n < 0) {
      problems.span("html.span-invalid", "rowspan=\"" + cell.rowspan + "\" is no number of"
          + " rows; the cell spans 1 row, as browsers show it", cell.origin);
      return 1;
    }
    if (n == 0) {
      return left; // the standard's "to the end of the row group"
    }
    if (n > left) {
      problems.span("html.span-clamped", "rowspan=\"" + cell.rowspan + "\" reaches past the"
          + " table's last row; the cell spans the " + left + " row" + (left == 1 ? "" : "s")
          + " left, as browsers show it", cell.origin);
      return left;
    }
    return (int) Math.min(n, MAX_ROWSPAN);
  }

  /**
   * The HTML standard's rules for parsing non-negative integers: leading whitespace, then
   * digits, anything after them ignored ({@code 2px} is 2). Returns -1 if there are no digits or
   * a sign is negative, and a value capped at {@code Integer.MAX_VALUE} if they are many.
   */
  static long nonNegativeInteger(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n'
        || s.charAt(i) == '\r' || s.charAt(i) == '\f')) {
      i++;
    }
    if (i < s.length() && s.charAt(i) == '+') {
      i++;
    } else if (i < s.length() && s.charAt(i) == '-') {
      return -1; // "-0" too: browsers read it as invalid for a span
    }
    long n = 0;
    int digits = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      n = Math.min(Integer.MAX_VALUE, n * 10 + (s.charAt(i) - '0'));
      digits++;
      i++;
    }
    return digits == 0 ? -1 : n;
  }
}
