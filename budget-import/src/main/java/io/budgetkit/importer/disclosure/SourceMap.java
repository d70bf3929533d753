package io.budgetkit.importer.disclosure;

import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.profile.TableKind;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where each imported table, row and cell was printed in the document's files: the page and line
 * of a PDF, the sheet and cell of a workbook, the line of a text. A validation finding's location
 * names a table, a row by its printed 序号 and a column by its 栏次; this map gives the place of
 * the same table, row or cell, so that the finding can point a person at the page.
 *
 * <p>The places follow the rule of {@link ImportDiagnostic#source()}: in a document of one file
 * whose places are lines alone (a text extraction, copied text) a place is the line without the
 * file; otherwise it names the file. A row printed twice with one 序号 keeps the place of the
 * first; a cell is where its row starts when its own place is not known.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SourceMap {

  private static final SourceMap EMPTY = new SourceMap(Map.of());

  /** By table, then by row (high 32 bits; 0 for the title) and 栏次 (low 32; 0 for the row). */
  private final Map<TableKind, Map<Long, SourceRef>> places;

  private SourceMap(Map<TableKind, Map<Long, SourceRef>> places) {
    this.places = places;
  }

  /**
   * Returns the map of a budget whose source is not known (one read from JSON or CSV).
   *
   * @return the empty map
   */
  public static SourceMap empty() {
    return EMPTY;
  }

  /**
   * Returns where a table's title was printed.
   *
   * @param table the table
   * @return the place, if the table was imported
   */
  public Optional<SourceRef> table(TableKind table) {
    return find(table, 0, 0);
  }

  /**
   * Returns where a row was printed: its 序号 cell.
   *
   * @param table the table
   * @param row the row's printed 序号
   * @return the place, if the row was imported
   */
  public Optional<SourceRef> row(TableKind table, int row) {
    return find(table, row, 0);
  }

  /**
   * Returns where a cell was printed.
   *
   * @param table the table
   * @param row the row's printed 序号
   * @param column the 栏次
   * @return the place, if the cell's row was imported
   */
  public Optional<SourceRef> cell(TableKind table, int row, int column) {
    return column < 1 ? Optional.empty() : find(table, row, column);
  }

  private Optional<SourceRef> find(TableKind table, int row, int column) {
    Map<Long, SourceRef> t = places.get(Objects.requireNonNull(table, "table"));
    return t == null ? Optional.empty() : Optional.ofNullable(t.get(key(row, column)));
  }

  /**
   * Tells whether the map knows no place.
   *
   * @return true for a budget whose source is not known
   */
  public boolean isEmpty() {
    return places.isEmpty();
  }

  private static long key(int row, int column) {
    return ((long) row << 32) | (column & 0xffffffffL);
  }

  @Override
  public String toString() {
    int n = places.values().stream().mapToInt(Map::size).sum();
    return "SourceMap[" + places.size() + " tables, " + n + " places]";
  }

  /** Collects the places as the table reader reads; the first place of each key is kept. */
  static final class Builder {
    private final Map<TableKind, Map<Long, SourceRef>> places = new HashMap<>();

    void table(TableKind table, SourceRef place) {
      put(table, 0, 0, place);
    }

    void row(TableKind table, int row, SourceRef place) {
      put(table, row, 0, place);
    }

    void cell(TableKind table, int row, int column, SourceRef place) {
      put(table, row, column, place);
    }

    private void put(TableKind table, int row, int column, SourceRef place) {
      if (place != null) {
        places.computeIfAbsent(table, k -> new HashMap<>()).putIfAbsent(key(row, column), place);
      }
    }

    SourceMap build() {
      if (places.isEmpty()) {
        return EMPTY;
      }
      Map<TableKind, Map<Long, SourceRef>> copy = new HashMap<>();
      places.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
      return new SourceMap(Collections.unmodifiableMap(copy));
    }
  }
}
