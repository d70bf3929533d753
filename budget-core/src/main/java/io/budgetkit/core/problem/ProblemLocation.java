package io.budgetkit.core.problem;

import io.budgetkit.core.profile.TableKind;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a problem points: a printed cell of the model (table, row 序号, column 栏次), a place
 * that has no cell (a figure of the 情况说明, the place of a consolidation conflict), and where it
 * was seen in the source ({@link SourceRef}: file, page, line, sheet and cell address). Every part
 * is optional.
 *
 * <p>The validation rules' {@code io.budgetkit.rules.Location} is the richest implementation;
 * {@link #builder()} makes a {@link PlainLocation} for the problems that need no more.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ProblemLocation {

  /**
   * Returns the table.
   *
   * @return the table, if the problem is about one
   */
  default Optional<TableKind> table() {
    return Optional.empty();
  }

  /**
   * Returns the row's printed 序号.
   *
   * @return the 序号, if the problem is about a row
   */
  default OptionalInt row() {
    return OptionalInt.empty();
  }

  /**
   * Returns the column's number (栏次).
   *
   * @return the 栏次, if the problem is about a cell
   */
  default OptionalInt column() {
    return OptionalInt.empty();
  }

  /**
   * Returns where in the source file the problem was seen.
   *
   * @return the source, if known
   */
  default Optional<SourceRef> source() {
    return Optional.empty();
  }

  /**
   * Describes the location for a reader, e.g. {@code 收入总表 序号3 栏次5 表格.pdf 第3页} or, for
   * a source alone, {@code 表格.pdf p.3 line 12}.
   *
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the description, empty for a problem of the whole input
   */
  String describe(Locale locale);

  /**
   * Returns the location of a problem of the whole input.
   *
   * @return the location, which names nothing
   */
  static ProblemLocation none() {
    return builder().build();
  }

  /**
   * Returns the location of a place in a source file.
   *
   * @param source the place
   * @return the location
   */
  static ProblemLocation of(SourceRef source) {
    return builder().source(source).build();
  }

  /**
   * Returns a new builder of a plain location.
   *
   * @return the builder
   */
  static PlainLocation.Builder builder() {
    return PlainLocation.builder();
  }
}
