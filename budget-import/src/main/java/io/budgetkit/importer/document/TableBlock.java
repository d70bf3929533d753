package io.budgetkit.importer.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table of a published document as a grid: cells with their row and column spans, in the
 * order rows then columns. A position no cell covers is empty. A table continued over pages is
 * one block, its repeated header dropped.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableBlock extends Block {

  /**
   * The most positions (rows times columns) a table may have: 4,194,304, far beyond any printed
   * table, so that a hostile file cannot make a grid that fills the memory.
   */
  public static final int MAX_POSITIONS = 1 << 22;

  TableBlock() {}

  /**
   * Returns the cells, ordered by row and then column; no two overlap.
   *
   * @return the cells
   */
  public abstract List<Cell> cells();

  /**
   * Returns the number of rows: one past the last row a cell covers.
   *
   * @return the row count
   */
  @Value.Derived
  public int rowCount() {
    int n = 0;
    for (Cell c : cells()) {
      n = Math.max(n, c.row() + c.rowSpan());
    }
    return n;
  }

  /**
   * Returns the number of columns: one past the last column a cell covers.
   *
   * @return the column count
   */
  @Value.Derived
  public int columnCount() {
    int n = 0;
    for (Cell c : cells()) {
      n = Math.max(n, c.column() + c.columnSpan());
    }
    return n;
  }

  /** The cell covering each position, row by row; built once. */
  @Value.Lazy
  Cell[][] index() {
    Cell[][] at = new Cell[rowCount()][columnCount()];
    for (Cell c : cells()) {
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          at[r][k] = c;
        }
      }
    }
    return at;
  }

  @Value.Check
  void check() {
    if ((long) rowCount() * columnCount() > MAX_POSITIONS) {
      throw new IllegalStateException("A table of " + rowCount() + " rows and " + columnCount()
          + " columns is larger than " + MAX_POSITIONS + " positions; at " + origin());
    }
    Cell previous = null;
    for (Cell c : cells()) {
      if (previous != null && (c.row() < previous.row()
          || c.row() == previous.row() && c.column() <= previous.column())) {
        throw new IllegalStateException("Cells are ordered by row, then column: " + c
            + " after " + previous + " in the table at " + origin());
      }
      previous = c;
    }
    boolean[][] seen = new boolean[rowCount()][columnCount()];
    for (Cell c : cells()) {
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          if (seen[r][k]) {
            throw new IllegalStateException("Cells overlap at (" + r + "," + k + ") in the table"
                + " at " + origin() + ": " + c);
          }
          seen[r][k] = true;
        }
      }
    }
  }

  /**
   * Returns the cell that covers a position: the cell that starts there or a merged cell that
   * spans over it.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the cell, or empty if the position is empty or outside the grid
   */
  public Optional<Cell> cellAt(int row, int column) {
    if (row < 0 || column < 0 || row >= rowCount() || column >= columnCount()) {
      return Optional.empty();
    }
    return Optional.ofNullable(index()[row][column]);
  }

  /**
   * Returns the text at a position: the covering cell's text (a merged cell's text at each
   * position it spans), or the empty string.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @return the text
   */
  public String text(int row, int column) {
    return cellAt(row, column).map(Cell::text).orElse("");
  }

  /**
   * Returns the grid as rows of texts, a merged cell's text at its top-left position only and
   * every other position empty: the shape a CSV file of the table has.
   *
   * @return {@link #rowCount()} rows of {@link #columnCount()} texts
   */
  public List<List<String>> rows() {
    List<List<String>> rows = new ArrayList<>(rowCount());
    for (int r = 0; r < rowCount(); r++) {
      List<String> row = new ArrayList<>(Collections.nCopies(columnCount(), ""));
      rows.add(row);
    }
    for (Cell c : cells()) {
      rows.get(c.row()).set(c.column(), c.text());
    }
    List<List<String>> frozen = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      frozen.add(Collections.unmodifiableList(row));
    }
    return Collections.unmodifiableList(frozen);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableBlock}. */
  public static final class Builder extends ImmutableTableBlock.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return "TABLE " + origin() + ": " + rowCount() + " x " + columnCount() + ", "
        + cells().size() + " cells";
  }
}
