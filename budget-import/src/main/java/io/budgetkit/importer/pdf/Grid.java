package io.budgetkit.importer.pdf;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.TableBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A table being built: cells with text placed on a grid, the page extent it came from and the
 * left edges of its columns, by which a table continued on the next page is recognised.
 */
final class Grid {

  /** A cell of the grid with the page and line of its first glyph. */
  static final class Entry {
    int row;
    int column;
    int rowSpan;
    int columnSpan;
    final String text;
    final int page;
    final int line;

    Entry(int row, int column, int rowSpan, int columnSpan, String text, int page, int line) {
      this.row = row;
      this.column = column;
      this.rowSpan = rowSpan;
      this.columnSpan = columnSpan;
      this.text = text;
      this.page = page;
      this.line = line;
    }
  }

  final boolean ruled;
  final int page;
  final float top;
  final float bottom;
  float[] columnLefts;
  final List<Entry> entries = new ArrayList<>();

  Grid(boolean ruled, int page, float top, float bottom, float[] columnLefts) {
    this.ruled = ruled;
    this.page = page;
    this.top = top;
    this.bottom = bottom;
    this.columnLefts = columnLefts;
  }

  int rowCount() {
    int n = 0;
    for (Entry e : entries) {
      n = Math.max(n, e.row + e.rowSpan);
    }
    return n;
  }

  int columnCount() {
    int n = 0;
    for (Entry e : entries) {
      n = Math.max(n, e.column + e.columnSpan);
    }
    return n;
  }

  /** Counts the rows and the columns in which a cell starts: the size once compacted. */
  int[] usedSize() {
    java.util.Set<Integer> rows = new java.util.HashSet<>();
    java.util.Set<Integer> columns = new java.util.HashSet<>();
    for (Entry e : entries) {
      rows.add(e.row);
      columns.add(e.column);
    }
    return new int[] {rows.size(), columns.size()};
  }

  /**
   * Drops the rows and columns in which no cell with text starts: the empty spacer columns and
   * blank rows that spreadsheet layouts leave. A merged cell over a dropped column spans one
   * fewer.
   */
  void compact() {
    int rows = rowCount();
    int columns = columnCount();
    boolean[] rowUsed = new boolean[rows];
    boolean[] columnUsed = new boolean[columns];
    for (Entry e : entries) {
      rowUsed[e.row] = true;
      columnUsed[e.column] = true;
    }
    int[] rowAt = renumber(rowUsed);
    int[] columnAt = renumber(columnUsed);
    for (Entry e : entries) {
      int rowEnd = rowAt[e.row + e.rowSpan];
      int columnEnd = columnAt[e.column + e.columnSpan];
      e.row = rowAt[e.row];
      e.column = columnAt[e.column];
      e.rowSpan = rowEnd - e.row;
      e.columnSpan = columnEnd - e.column;
    }
    if (columnLefts.length >= columns) {
      float[] kept = new float[columnAt[columns]];
      for (int c = 0; c < columns; c++) {
        if (columnUsed[c]) {
          kept[columnAt[c]] = columnLefts[c];
        }
      }
      columnLefts = kept;
    }
  }

  /** Maps each index to the number of used indexes before it; one entry past the end. */
  private static int[] renumber(boolean[] used) {
    int[] at = new int[used.length + 1];
    int n = 0;
    for (int i = 0; i < used.length; i++) {
      at[i] = n;
      if (used[i]) {
        n++;
      }
    }
    at[used.length] = n;
    return at;
  }

  /**
   * Says whether a table at the top of the next page goes on with this one: the same columns at
   * the same places when both are ruled (compared before empty columns are dropped, since a
   * page of a table may leave a column empty that another fills), the same number of columns
   * when both are aligned text.
   */
  boolean continuedBy(Grid next) {
    if (ruled != next.ruled) {
      return false;
    }
    if (!ruled) {
      return next.columnCount() == columnCount() && columnCount() >= 2;
    }
    if (columnLefts.length != next.columnLefts.length || columnLefts.length < 2) {
      return false;
    }
    for (int c = 0; c < columnLefts.length; c++) {
      if (Math.abs(columnLefts[c] - next.columnLefts[c]) > 6) {
        return false;
      }
    }
    return true;
  }

  /**
   * Appends the rows of the table's continuation on the next page, without the header rows it
   * repeats: its leading rows that equal this table's leading rows, as far as no merged cell
   * reaches over the cut.
   */
  void append(Grid next) {
    int repeated = 0;
    int limit = Math.min(next.rowCount() - 1, rowCount());
    while (repeated < limit && Arrays.equals(next.rowTexts(repeated), rowTexts(repeated))) {
      repeated++;
    }
    while (repeated > 0 && next.crosses(repeated)) {
      repeated--;
    }
    int offset = rowCount() - repeated;
    for (Entry e : next.entries) {
      if (e.row >= repeated) {
        e.row += offset;
        entries.add(e);
      }
    }
  }

  private boolean crosses(int boundary) {
    for (Entry e : entries) {
      if (e.row < boundary && e.row + e.rowSpan > boundary) {
        return true;
      }
    }
    return false;
  }

  private String[] rowTexts(int row) {
    String[] texts = new String[columnCount()];
    Arrays.fill(texts, "");
    for (Entry e : entries) {
      if (e.row == row) {
        texts[e.column] = e.text + "/" + e.columnSpan;
      }
    }
    return texts;
  }

  /** Returns the table block, its origin the first cell's, without empty rows and columns. */
  TableBlock toBlock(String file) {
    compact();
    entries.sort(Comparator.comparingInt((Entry e) -> e.row).thenComparingInt(e -> e.column));
    TableBlock.Builder b = TableBlock.builder();
    Entry first = entries.get(0);
    b.origin(Origin.ofPage(file, first.page, first.line));
    for (Entry e : entries) {
      b.addCells(Cell.builder().row(e.row).column(e.column).rowSpan(e.rowSpan)
          .columnSpan(e.columnSpan).text(e.text).origin(Origin.ofPage(file, e.page, e.line))
          .build());
    }
    return b.build();
  }

  int cellCount() {
    return entries.size();
  }
}
