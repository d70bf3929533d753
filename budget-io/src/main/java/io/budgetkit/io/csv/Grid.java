package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.io.BudgetFormatException;
import io.budgetkit.io.csv.CsvInput.Cell;
import io.budgetkit.io.csv.CsvInput.Row;
import io.budgetkit.io.internal.Excerpts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CSV file read as a header and rows, each column found by its header's key rather than its
 * position; typed cell accessors that turn every bad cell into a {@link BudgetFormatException}
 * with file, line and column.
 */
final class Grid {

  private final String source;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, String> headers = new HashMap<>();
  private final List<Row> rows;
  private final int width;

  private Grid(String source, List<Row> rows, int width) {
    this.source = source;
    this.rows = rows;
    this.width = width;
  }

  /**
   * Reads a file whose header cells map to keys through {@code keyOf} (which throws {@link
   * IllegalArgumentException} with the reason for an unknown header).
   *
   * @param what what the file holds, for messages ("收入总表")
   * @param required keys that must have a column, in the order the message lists them
   */
  static Grid read(String source, String text, String what, Function<String, String> keyOf,
      Collection<String> required, Function<String, String> headerOf) {
    List<Row> all = CsvInput.rows(source, text);
    if (all.isEmpty()) {
      throw new BudgetFormatException("Empty file: expected a header line of " + what, source,
          null, 1, 1, null);
    }
    Row head = all.get(0);
    Grid g = new Grid(source, all.subList(1, all.size()), head.cells().size());
    for (int i = 0; i < head.cells().size(); i++) {
      Cell c = head.cells().get(i);
      String key;
      try {
        if (c.value() == null) {
          throw new IllegalArgumentException("Empty column header");
        }
        key = keyOf.apply(c.value());
      } catch (IllegalArgumentException e) {
        throw g.error(e.getMessage(), c, null);
      }
      Integer before = g.index.putIfAbsent(key, i);
      if (before != null) {
        throw g.error("Duplicate column header " + Excerpts.quote(c.value()) + ": column "
            + (before + 1) + " is already " + Excerpts.quote(g.headers.get(key)), c, null);
      }
      g.headers.put(key, c.value());
    }
    for (String key : required) {
      if (!g.index.containsKey(key)) {
        throw new BudgetFormatException("Missing column '" + headerOf.apply(key) + "' of " + what,
            source, null, head.line(), 0, null);
      }
    }
    for (Row r : g.rows) {
      if (r.cells().size() != g.width) {
        if (r.cells().size() > g.width) {
          for (int i = g.width; i < r.cells().size(); i++) {
            if (r.cells().get(i).value() != null) {
              throw g.error("A cell in column " + (i + 1) + ", which the header does not have ("
                  + g.width + " columns)", r.cells().get(i), null);
            }
          }
        }
        Cell last = r.cells().get(r.cells().size() - 1);
        throw new BudgetFormatException("Row has " + r.cells().size() + " fields; the header has "
            + g.width, source, null, r.line(), last.column(), null);
      }
    }
    return g;
  }

  List<Row> rows() {
    return rows;
  }

  boolean has(String key) {
    return index.containsKey(key);
  }

  /** The cell of a row in a column, or {@code null} if the file has no such column. */
  Cell cell(Row row, String key) {
    Integer i = index.get(key);
    return i == null ? null : row.cells().get(i);
  }

  /** A text; {@code optional} texts come back {@code null} when the cell is empty. */
  String text(Row row, String key, boolean optional) {
    Cell c = cell(row, key);
    if (c == null || c.value() == null) {
      return optional ? null : "";
    }
    String v = c.value();
    if (Cells.isFormulaStart(v.charAt(0))) {
      throw error("Text " + Excerpts.quote(v) + " in " + headers.get(key) + " would run as a"
          + " formula in a spreadsheet; write it with a leading apostrophe ('"
          + Excerpts.excerpt(v) + ")", c, null);
    }
    return Cells.untext(v);
  }

  /** An amount in the unit of {@code precision}, empty when the cell is blank. */
  Optional<Amount> amount(Row row, String key, Precision precision) {
    Cell c = cell(row, key);
    if (c == null || c.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(precision.parse(c.value()));
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw error("Malformed amount in " + headers.get(key) + ": " + why(e, c.value()), c, e);
    }
  }

  /** A number such as a quantity, empty when the cell is blank. */
  Optional<BigDecimal> decimal(Row row, String key) {
    Cell c = cell(row, key);
    if (c == null || c.value() == null) {
      return Optional.empty();
    }
    if (c.value().length() > 40) {
      throw error("Number in " + headers.get(key) + " has " + c.value().length()
          + " characters; at most 40", c, null);
    }
    try {
      return Optional.of(new BigDecimal(c.value()));
    } catch (NumberFormatException e) {
      throw error("Malformed number in " + headers.get(key) + ": " + Excerpts.quote(c.value()),
          c, e);
    }
  }

  /** A whole number from 1 such as 序号; required. */
  int integer(Row row, String key) {
    Cell c = cell(row, key);
    String v = c == null ? null : c.value();
    if (v == null || !v.matches("[0-9]{1,9}")) {
      throw error(headers.get(key) + " " + Excerpts.quote(v == null ? "" : v)
          + " is not a whole number", c == null ? new Cell(null, row.line(), 0) : c, null);
    }
    return Integer.parseInt(v);
  }

  /** Parses a cell with {@code parse}, reporting its failure at the cell. */
  <T> Optional<T> parsed(Row row, String key, String what, Function<String, T> parse) {
    Cell c = cell(row, key);
    if (c == null || c.value() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse.apply(c.value()));
    } catch (RuntimeException e) {
      throw error("Malformed " + what + " in " + headers.get(key) + ": " + why(e, c.value()), c,
          e);
    }
  }

  /**
   * One of an enum's constants, by its exact name; a cell that names none is an error that
   * lists the names allowed.
   */
  <E extends Enum<E>> Optional<E> choice(Row row, String key, String what, Class<E> type) {
    Cell c = cell(row, key);
    if (c == null || c.value() == null) {
      return Optional.empty();
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(c.value())) {
        return Optional.of(e);
      }
    }
    throw error("Unknown " + what + " " + Excerpts.quote(c.value()) + " in column "
        + headers.get(key) + "; expected one of "
        + Arrays.stream(type.getEnumConstants()).map(Enum::name)
            .collect(Collectors.joining(", ")), c, null);
  }

  /**
   * Why a cell failed to parse: the parser's own message, which quotes the cell, when the cell
   * is short; an excerpt of the cell otherwise, so that a message never echoes a long cell.
   */
  private static String why(RuntimeException e, String value) {
    if (value.length() <= Excerpts.MAX_LENGTH && e.getMessage() != null) {
      return e.getMessage();
    }
    return Excerpts.quote(value) + " (" + value.length() + " characters) cannot be read";
  }

  BudgetFormatException error(String problem, Cell at, Throwable cause) {
    return new BudgetFormatException(problem, source, null, at.line(), at.column(), cause);
  }

  BudgetFormatException error(String problem, Row at, Throwable cause) {
    return new BudgetFormatException(problem, source, null, at.line(), 0, cause);
  }

  /** Adds a header line to rows about to be written. */
  static List<String[]> withHeader(List<String> header) {
    List<String[]> rows = new ArrayList<>();
    rows.add(header.toArray(new String[0]));
    return rows;
  }
}
