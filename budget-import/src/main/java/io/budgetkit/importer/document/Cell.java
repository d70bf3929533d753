package io.budgetkit.importer.document;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cell of a {@link TableBlock}: its text as printed, its place in the grid (row and column
 * counted from 0) and the rows and columns it spans, as a merged header cell does.
 *
 * <p>The text is what the document shows, never reinterpreted: {@code 31,214,205.80} stays so,
 * and a workbook number is the text its cell format shows, not a binary double. Lines a cell's
 * text was wrapped over are joined.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cell {

  Cell() {}

  /**
   * Returns the row of the cell's top-left corner, from 0.
   *
   * @return the row
   */
  public abstract int row();

  /**
   * Returns the column of the cell's top-left corner, from 0.
   *
   * @return the column
   */
  public abstract int column();

  /**
   * Returns how many rows the cell spans.
   *
   * @return at least 1
   */
  @Value.Default
  public int rowSpan() {
    return 1;
  }

  /**
   * Returns how many columns the cell spans.
   *
   * @return at least 1
   */
  @Value.Default
  public int columnSpan() {
    return 1;
  }

  /**
   * Returns the text.
   *
   * @return the text, possibly empty
   */
  public abstract String text();

  /**
   * Returns where the cell came from, when the format says it per cell.
   *
   * @return the origin (the page and line of its first line, or the sheet and address)
   */
  public abstract Optional<Origin> origin();

  @Value.Check
  void check() {
    if (row() < 0 || column() < 0) {
      throw new IllegalStateException("Rows and columns are counted from 0: " + row() + ", "
          + column());
    }
    if (rowSpan() < 1 || columnSpan() < 1) {
      throw new IllegalStateException("A cell spans at least one row and one column: "
          + rowSpan() + " x " + columnSpan());
    }
  }

  /**
   * Returns a cell of one row and one column.
   *
   * @param row the row, from 0
   * @param column the column, from 0
   * @param text the text
   * @return the cell
   */
  public static Cell of(int row, int column, String text) {
    return builder().row(row).column(column).text(text).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Cell}. */
  public static final class Builder extends ImmutableCell.Builder {
    Builder() {}
  }

  /**
   * Says whether the cell covers a position of the grid.
   *
   * @param r the row
   * @param c the column
   * @return whether it does
   */
  public boolean covers(int r, int c) {
    return r >= row() && r < row() + rowSpan() && c >= column() && c < column() + columnSpan();
  }

  @Override
  public String toString() {
    return "(" + row() + "," + column() + (rowSpan() > 1 || columnSpan() > 1
        ? " " + rowSpan() + "x" + columnSpan() : "") + ") " + text();
  }
}
