package io.budgetkit.core.problem;

import io.budgetkit.core.internal.Templates;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in a source file a problem was seen: the file, and in it the page and line (PDF, text),
 * the sheet and cell address (a workbook), the character on the line and the JSON pointer (a
 * JSON or CSV budget), as far as the source knows them. Every part is optional: an import of a
 * text read from a string knows the line alone.
 *
 * <p>{@link #describe(Locale)} says it as a person looks for it: {@code 表格.pdf p.3 line 12} /
 * {@code 表格.pdf 第3页第12行}, {@code 模板.xlsx '1 收支总表'!B7}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SourceRef implements Comparable<SourceRef> {

  private static final Comparator<SourceRef> ORDER = Comparator
      .comparing((SourceRef s) -> s.file().orElse(""))
      .thenComparingInt(s -> s.page().orElse(0))
      .thenComparing(s -> s.sheet().orElse(""))
      .thenComparingInt(s -> s.line().orElse(0))
      .thenComparingInt(s -> s.textColumn().orElse(0))
      .thenComparing(s -> s.cell().orElse(""))
      .thenComparing(s -> s.pointer().orElse(""));

  SourceRef() {}

  /**
   * Returns the name of the file, as the reader was given it.
   *
   * @return the file name, if known
   */
  public abstract Optional<String> file();

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
   * Returns the character on the {@link #line()}, counted from 1 (a JSON parser's column; not a
   * table's 栏次, which is {@link ProblemLocation#column()}).
   *
   * @return the character, if known
   */
  public abstract OptionalInt textColumn();

  /**
   * Returns the sheet of a workbook.
   *
   * @return the sheet's name, if the source is a workbook
   */
  public abstract Optional<String> sheet();

  /**
   * Returns the cell address in the sheet, in A1 notation.
   *
   * @return e.g. {@code B7}, if the source is a workbook cell
   */
  public abstract Optional<String> cell();

  /**
   * Returns the JSON pointer of the value.
   *
   * @return e.g. {@code /tables/2/rows/3}, for JSON input
   */
  public abstract Optional<String> pointer();

  @Value.Check
  void check() {
    positive("page", page());
    positive("line", line());
    positive("textColumn", textColumn());
  }

  private static void positive(String name, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw new IllegalStateException("A source's " + name + " is counted from 1: "
          + value.getAsInt());
    }
  }

  /**
   * Tells whether no part is known.
   *
   * @return true if the reference names nothing
   */
  public boolean isEmpty() {
    return file().isEmpty() && page().isEmpty() && line().isEmpty() && textColumn().isEmpty()
        && sheet().isEmpty() && cell().isEmpty() && pointer().isEmpty();
  }

  /**
   * Describes the place for a reader: {@code 表格.pdf p.3 line 12} in English, {@code 表格.pdf
   * 第3页第12行} in Chinese; {@code 模板.xlsx '1 收支总表'!B7} in both.
   *
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the description, empty if no part is known
   */
  public String describe(Locale locale) {
    boolean zh = Templates.isChinese(locale);
    StringBuilder s = new StringBuilder(file().orElse(""));
    if (zh) {
      StringBuilder at = new StringBuilder();
      page().ifPresent(p -> at.append('第').append(p).append('页'));
      line().ifPresent(l -> at.append('第').append(l).append('行'));
      textColumn().ifPresent(c -> at.append('第').append(c).append('列'));
      append(s, at.toString());
    } else {
      page().ifPresent(p -> append(s, "p." + p));
      line().ifPresent(l -> append(s, "line " + l));
      textColumn().ifPresent(c -> append(s, "column " + c));
    }
    sheet().ifPresent(n -> append(s, "'" + n.replace("'", "''") + "'"));
    cell().ifPresent(c -> {
      if (sheet().isPresent()) {
        s.append('!').append(c);
      } else {
        append(s, c);
      }
    });
    pointer().ifPresent(p -> append(s, (zh ? "位置 " : "at ") + (p.isEmpty() ? "/" : p)));
    return s.toString();
  }

  private static void append(StringBuilder s, String part) {
    if (part.isEmpty()) {
      return;
    }
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(part);
  }

  @Override
  public int compareTo(SourceRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /**
   * Returns a reference to a whole file.
   *
   * @param file the file name
   * @return the reference
   */
  public static SourceRef ofFile(String file) {
    return builder().file(file).build();
  }

  /**
   * Returns a reference to a line of a source whose name is not known (a text read from a
   * string).
   *
   * @param line the line, from 1
   * @return the reference
   * @throws IllegalStateException if {@code line} is less than 1
   */
  public static SourceRef ofLine(int line) {
    return builder().line(line).build();
  }

  /**
   * Returns a reference to a line on a page of a file.
   *
   * @param file the file name
   * @param page the page, from 1
   * @param line the line on the page, from 1
   * @return the reference
   * @throws IllegalStateException if {@code page} or {@code line} is less than 1
   */
  public static SourceRef ofPage(String file, int page, int line) {
    return builder().file(file).page(page).line(line).build();
  }

  /**
   * Returns a reference to a cell of a workbook.
   *
   * @param file the file name
   * @param sheet the sheet's name
   * @param cell the cell address in A1 notation
   * @return the reference
   */
  public static SourceRef ofCell(String file, String sheet, String cell) {
    return builder().file(file).sheet(sheet).cell(cell).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceRef}. */
  public static final class Builder extends ImmutableSourceRef.Builder {
    Builder() {}
  }
}
