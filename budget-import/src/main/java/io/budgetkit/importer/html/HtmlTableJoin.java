package io.budgetkit.importer.html;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.TableBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Joins a table a page split in two: the second part repeats the first rows of the first (the
 * header, as a word processor repeats it on each page of a document saved as HTML) and has as
 * many columns.
 */
final class HtmlTableJoin {

  private HtmlTableJoin() {}

  /**
   * Returns the two tables as one, the second's repeated header dropped, or null if the second
   * does not continue the first.
   */
  static TableBlock join(TableBlock first, TableBlock second) {
    if (first.columnCount() != second.columnCount()) {
      return null;
    }
    List<List<Cell>> a = byRow(first);
    List<List<Cell>> b = byRow(second);
    int same = 0;
    while (same < a.size() - 1 && same < b.size() - 1 && sameRow(a.get(same), b.get(same))) {
      same++;
    }
    // the repeated rows end where no header cell spans further down
    int header = same;
    while (header > 0 && spansPast(b, header)) {
      header--;
    }
    if (header == 0) {
      return null;
    }
    int shift = first.rowCount() - header;
    long rows = (long) first.rowCount() + second.rowCount() - header;
    if (rows * first.columnCount() > TableBlock.MAX_POSITIONS) {
      return null;
    }
    TableBlock.Builder joined = TableBlock.builder().origin(first.origin())
        .addAllCells(first.cells());
    for (Cell c : second.cells()) {
      if (c.row() >= header) {
        joined.addCells(Cell.builder().from(c).row(c.row() + shift).build());
      }
    }
    return joined.build();
  }

  private static List<List<Cell>> byRow(TableBlock t) {
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < t.rowCount(); r++) {
      rows.add(new ArrayList<>());
    }
    for (Cell c : t.cells()) {
      rows.get(c.row()).add(c);
    }
    return rows;
  }

  private static boolean sameRow(List<Cell> x, List<Cell> y) {
    if (x.size() != y.size() || x.isEmpty()) {
      return false;
    }
    for (int i = 0; i < x.size(); i++) {
      Cell p = x.get(i);
      Cell q = y.get(i);
      if (p.column() != q.column() || p.rowSpan() != q.rowSpan()
          || p.columnSpan() != q.columnSpan() || !Objects.equals(p.text(), q.text())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell of the first {@code rows} rows reaches row {@code rows} or below. */
  private static boolean spansPast(List<List<Cell>> table, int rows) {
    for (int r = 0; r < rows; r++) {
      for (Cell c : table.get(r)) {
        if (c.row() + c.rowSpan() > rows) {
          return true;
        }
      }
    }
    return false;
  }
}
