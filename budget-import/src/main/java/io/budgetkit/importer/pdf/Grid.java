package io.budgetkit.importer.pdf;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.TableBlock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

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
    String text;
    final int page;
    final int line;
    /**
     * Whether the cell's last line is set to the cell's full width, with the same padding left
     * and right, as a justified line that the text goes on from: text that a page break may
     * have cut in the middle.
     */
    boolean wrapped;

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

  /** Amount or code: digits with separators, signs and brackets only. */
  private static final Pattern NUMBER = Pattern.compile("[-+−(（]?[\\d,，.%]*\\d[\\d,，.%]*[)）]?");
  /** How far apart two column edges on two pages may be and still be one column. */
  private static final float SAME_EDGE = 6f;

  final boolean ruled;
  final int page;
  final float top;
  final float bottom;
  float[] columnLefts;
  /** The right edge of a ruled table, NaN for aligned text. */
  float right = Float.NaN;
  /**
   * The glyphs of a ruled box of a single row: kept as a table only where it goes on with the
   * table at the foot of the page before (the last row of a table alone on a page), else given
   * back to the text.
   */
  List<Glyph> fragment;
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
   * Says whether a table at the top of the next page goes on with this one: when both are
   * ruled, the same outer edges and each column edge of the next at a column edge of this one
   * (compared before empty columns are dropped, since a page of a table may leave a column
   * empty that another fills; a page holding only total rows merges cells over columns and so
   * draws fewer edges); the same number of columns when both are aligned text.
   */
  boolean continuedBy(Grid next) {
    if (ruled != next.ruled) {
      return false;
    }
    if (!ruled) {
      return next.columnCount() == columnCount() && columnCount() >= 2;
    }
    return columnsOf(next) != null;
  }

  /**
   * Where the columns of a ruled continuation start among this table's columns, or null when
   * they do not line up.
   */
  private int[] columnsOf(Grid next) {
    float[] ours = columnLefts;
    float[] theirs = next.columnLefts;
    if (ours.length < 2 || theirs.length < 2 || theirs.length > ours.length
        || Math.abs(right - next.right) > SAME_EDGE) {
      return null;
    }
    int[] at = new int[theirs.length];
    int k = 0;
    for (int c = 0; c < theirs.length; c++) {
      while (k < ours.length && ours[k] < theirs[c] - SAME_EDGE) {
        k++;
      }
      if (k == ours.length || Math.abs(ours[k] - theirs[c]) > SAME_EDGE || c == 0 && k != 0) {
        return null;
      }
      at[c] = k++;
    }
    return at;
  }

  /**
   * Appends the rows of the table's continuation on the next page, without the header rows it
   * repeats: its leading rows that equal this table's leading rows, as far as no merged cell
   * reaches over the cut. A row that the page break cut in two is joined again: when the first
   * row after the repeated header has text only in cells that stand exactly under cells of this
   * table's last row whose last line fills them to the edge, and none of that text is an amount
   * or a code, it is the rest of that row's text (the cell "十七、国土海洋气象等支" at the foot
   * of a page, "出" at the top of the next).
   */
  void append(Grid next) {
    if (ruled && next.columnLefts.length != columnLefts.length) {
      int[] at = columnsOf(next);
      for (Entry e : next.entries) {
        int end = e.column + e.columnSpan;
        int column = at[e.column];
        e.column = column;
        e.columnSpan = (end < at.length ? at[end] : columnLefts.length) - column;
      }
      next.columnLefts = columnLefts;
    }
    int repeated = 0;
    int limit = Math.min(next.rowCount() - 1, rowCount());
    while (repeated < limit && Arrays.equals(next.rowTexts(repeated), rowTexts(repeated))) {
      repeated++;
    }
    while (repeated > 0 && next.crosses(repeated)) {
      repeated--;
    }
    int offset = rowCount() - repeated;
    joinCutRow(next, repeated);
    for (Entry e : next.entries) {
      if (e.row >= repeated) {
        e.row += offset;
        entries.add(e);
      }
    }
  }

  /**
   * Joins the row {@code first} of the continuation to this table's last row if it is its
   * rest, moving the continuation's later rows up by one.
   */
  private boolean joinCutRow(Grid next, int first) {
    if (!ruled || next.crosses(first)) {
      return false;
    }
    int last = rowCount() - 1;
    List<Entry> rest = new ArrayList<>();
    List<Entry> cut = new ArrayList<>();
    for (Entry e : next.entries) {
      if (e.row != first) {
        continue;
      }
      Entry above = null;
      for (Entry mine : entries) {
        if (mine.row + mine.rowSpan - 1 == last && mine.column == e.column
            && mine.columnSpan == e.columnSpan) {
          above = mine;
        }
      }
      if (e.rowSpan != 1 || above == null || !above.wrapped
          || NUMBER.matcher(e.text.replace(" ", "")).matches()) {
        return false;
      }
      rest.add(e);
      cut.add(above);
    }
    if (rest.isEmpty()) {
      return false;
    }
    for (int i = 0; i < rest.size(); i++) {
      cut.get(i).text = Texts.join(cut.get(i).text, rest.get(i).text);
      cut.get(i).wrapped = rest.get(i).wrapped;
    }
    next.entries.removeAll(rest);
    for (Entry e : next.entries) {
      if (e.row > first) {
        e.row--;
      }
    }
    return true;
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
