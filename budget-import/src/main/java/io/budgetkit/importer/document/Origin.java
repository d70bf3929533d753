package io.budgetkit.importer.document;

import io.budgetkit.core.problem.SourceRef;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a block or a cell of a published document came from: the file, and in it the page and
 * line (PDF, text) or the sheet and cell address (a workbook), as far as the format knows them.
 *
 * <p>{@link #toString()} says it as a person looks for it: {@code 表格.pdf p.3 line 12},
 * {@code 模板.xlsx '1 收支总表'!B7}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Origin {

  Origin() {}

  /**
   * Returns the name of the file (as given to the reader, usually without its folder).
   *
   * @return the file name
   */
  public abstract String file();

  /**
   * Returns the page, counted from 1.
   *
   * @return the page, if the format has pages
   */
  public abstract OptionalInt page();

  /**
   * Returns the line, counted from 1: on the page when there is one, else in the file.
   *
   * @return the line, if known
   */
  public abstract OptionalInt line();

  /**
   * Returns the sheet of a workbook.
   *
   * @return the sheet's name, if the file is a workbook
   */
  public abstract Optional<String> sheet();

  /**
   * Returns the cell address in the sheet, in A1 notation.
   *
   * @return e.g. {@code B7}, if the origin is a workbook cell
   */
  public abstract Optional<String> cell();

  @Value.Check
  void check() {
    if (file().isEmpty()) {
      throw new IllegalStateException("An origin names a file");
    }
    if (page().isPresent() && page().getAsInt() < 1) {
      throw new IllegalStateException("Pages are counted from 1: " + page().getAsInt());
    }
    if (line().isPresent() && line().getAsInt() < 1) {
      throw new IllegalStateException("Lines are counted from 1: " + line().getAsInt());
    }
  }

  /**
   * Returns the origin as the core's reference to a source, for a problem's location: the same
   * file, page, line, sheet and cell.
   *
   * @return the source reference
   */
  public SourceRef toSourceRef() {
    SourceRef.Builder b = SourceRef.builder().file(file());
    page().ifPresent(b::page);
    line().ifPresent(b::line);
    sheet().ifPresent(b::sheet);
    cell().ifPresent(b::cell);
    return b.build();
  }

  /**
   * Returns the origin of a whole file.
   *
   * @param file the file name
   * @return the origin
   */
  public static Origin of(String file) {
    return builder().file(file).build();
  }

  /**
   * Returns the origin of a line on a page.
   *
   * @param file the file name
   * @param page the page, from 1
   * @param line the line on the page, from 1
   * @return the origin
   */
  public static Origin ofPage(String file, int page, int line) {
    return builder().file(file).page(page).line(line).build();
  }

  /**
   * Returns the origin of a line of a file without pages.
   *
   * @param file the file name
   * @param line the line, from 1
   * @return the origin
   */
  public static Origin ofLine(String file, int line) {
    return builder().file(file).line(line).build();
  }

  /**
   * Returns the origin of a cell of a workbook.
   *
   * @param file the file name
   * @param sheet the sheet's name
   * @param cell the cell address in A1 notation
   * @return the origin
   */
  public static Origin ofCell(String file, String sheet, String cell) {
    return builder().file(file).sheet(sheet).cell(cell).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Origin}. */
  public static final class Builder extends ImmutableOrigin.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(file());
    page().ifPresent(p -> s.append(" p.").append(p));
    line().ifPresent(l -> s.append(" line ").append(l));
    sheet().ifPresent(n -> s.append(" '").append(n.replace("'", "''")).append('\''));
    cell().ifPresent(c -> s.append(sheet().isPresent() ? "!" : " ").append(c));
    return s.toString();
  }
}
