package io.budgetkit.testkit;

import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a rule should report a mutation: the fields of a finding's location that the mutation
 * names — a table, a row's 序号, its code or label, a column's 栏次, a narrative section, a
 * subject (a project, an asset or procurement line) and the words there — each optional. A
 * finding is at this location when it has every field named here with the same value; fields
 * not named are not compared. The testkit does not depend on the rules module, so this mirrors
 * the fields of {@code io.budgetkit.rules.Location} that a mutation can name.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExpectedLocation {

  private final TableKind table;
  private final Integer row;
  private final String code;
  private final Integer column;
  private final SectionKind section;
  private final String subject;
  private final String words;

  private ExpectedLocation(TableKind table, Integer row, String code, Integer column,
      SectionKind section, String subject, String words) {
    this.table = table;
    this.row = row;
    this.code = code;
    this.column = column;
    this.section = section;
    this.subject = subject;
    this.words = words;
  }

  /**
   * Returns the location of a whole table.
   *
   * @param table the table
   * @return the location
   */
  public static ExpectedLocation table(TableKind table) {
    return new ExpectedLocation(Objects.requireNonNull(table, "table"), null, null, null, null,
        null, null);
  }

  /**
   * Returns the location of a row of a table.
   *
   * @param table the table
   * @param row the row's printed 序号
   * @param code the row's code, or its label where it has none (合计, 本年收入合计…)
   * @return the location
   */
  public static ExpectedLocation row(TableKind table, int row, String code) {
    return new ExpectedLocation(Objects.requireNonNull(table, "table"), row,
        Objects.requireNonNull(code, "code"), null, null, null, null);
  }

  /**
   * Returns the location of a printed cell.
   *
   * @param table the table
   * @param row the row's printed 序号
   * @param code the row's code, or the label of the cell's side of the row where it has none
   * @param column the column's 栏次
   * @return the location
   */
  public static ExpectedLocation cell(TableKind table, int row, String code, int column) {
    return new ExpectedLocation(Objects.requireNonNull(table, "table"), row,
        Objects.requireNonNull(code, "code"), column, null, null, null);
  }

  /**
   * Returns the location of a narrative section, or of something in it.
   *
   * @param section the section
   * @return the location
   */
  public static ExpectedLocation section(SectionKind section) {
    return new ExpectedLocation(null, null, null, null,
        Objects.requireNonNull(section, "section"), null, null);
  }

  /**
   * Returns this location with the words there (a stated figure's words, a project's field).
   *
   * @param words the words
   * @return the location
   */
  public ExpectedLocation withWords(String words) {
    return new ExpectedLocation(table, row, code, column, section, subject,
        Objects.requireNonNull(words, "words"));
  }

  /**
   * Returns this location with a subject (a project's name, an asset or procurement line's
   * item).
   *
   * @param subject the subject
   * @return the location
   */
  public ExpectedLocation withSubject(String subject) {
    return new ExpectedLocation(table, row, code, column, section,
        Objects.requireNonNull(subject, "subject"), words);
  }

  /**
   * Returns this location with a column (栏次, or a position in a table without 栏次).
   *
   * @param column the column
   * @return the location
   */
  public ExpectedLocation withColumn(int column) {
    return new ExpectedLocation(table, row, code, column, section, subject, words);
  }

  /**
   * Returns the table, if named.
   *
   * @return the table
   */
  public Optional<TableKind> table() {
    return Optional.ofNullable(table);
  }

  /**
   * Returns the row's 序号, if named.
   *
   * @return the 序号
   */
  public OptionalInt row() {
    return row == null ? OptionalInt.empty() : OptionalInt.of(row);
  }

  /**
   * Returns the row's code or label, if named.
   *
   * @return the code
   */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /**
   * Returns the column, if named.
   *
   * @return the 栏次 or position
   */
  public OptionalInt column() {
    return column == null ? OptionalInt.empty() : OptionalInt.of(column);
  }

  /**
   * Returns the narrative section, if named.
   *
   * @return the section
   */
  public Optional<SectionKind> section() {
    return Optional.ofNullable(section);
  }

  /**
   * Returns the subject, if named.
   *
   * @return the subject
   */
  public Optional<String> subject() {
    return Optional.ofNullable(subject);
  }

  /**
   * Returns the words, if named.
   *
   * @return the words
   */
  public Optional<String> words() {
    return Optional.ofNullable(words);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExpectedLocation)) {
      return false;
    }
    ExpectedLocation l = (ExpectedLocation) o;
    return Objects.equals(table, l.table) && Objects.equals(row, l.row)
        && Objects.equals(code, l.code) && Objects.equals(column, l.column)
        && Objects.equals(section, l.section) && Objects.equals(subject, l.subject)
        && Objects.equals(words, l.words);
  }

  @Override
  public int hashCode() {
    return Objects.hash(table, row, code, column, section, subject, words);
  }

  /**
   * Describes the location, e.g. {@code 支出总表 序号7 20103 栏次3} or {@code 情况说明·ASSETS
   * 「资产总额」 栏次3}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    table().ifPresent(t -> s.append(t.baseTitle()));
    section().ifPresent(k -> append(s, "情况说明·" + k));
    subject().ifPresent(p -> append(s, "「" + p + "」"));
    row().ifPresent(r -> append(s, "序号" + r));
    code().ifPresent(c -> append(s, c));
    column().ifPresent(c -> append(s, "栏次" + c));
    words().ifPresent(w -> append(s, "“" + w + "”"));
    return s.toString();
  }

  private static void append(StringBuilder s, String part) {
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(part);
  }
}
