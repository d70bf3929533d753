package io.budgetkit.rules;

import io.budgetkit.core.problem.ProblemLocation;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a finding points: a printed cell (table, row 序号 and code or label, column 栏次 and its
 * header), or a place in the other sections (section, project or line, the words of a sentence).
 *
 * <p>Every part is optional, so that a finding can point at a whole table, a row, a cell or a
 * stated figure. Locations sort in printed order: tables in the profile's order, then rows, then
 * columns, then sections.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Location implements Comparable<Location>, ProblemLocation {

  private static final Comparator<Location> ORDER = Comparator
      .comparingInt((Location l) -> l.table().map(Location::tableOrder).orElse(100))
      .thenComparingInt(l -> l.section().map(s -> s.ordinal()).orElse(-1))
      .thenComparing(l -> l.subject().orElse(""))
      .thenComparingInt(l -> l.row().orElse(0))
      .thenComparingInt(l -> l.column().orElse(0))
      .thenComparing(l -> l.code().orElse(""))
      .thenComparing(l -> l.words().orElse(""))
      .thenComparing(l -> l.source().orElse(null),
          Comparator.nullsFirst(Comparator.naturalOrder()));

  Location() {}

  /**
   * Returns the table.
   *
   * @return the table, if the finding is about one
   */
  @Override
  public abstract Optional<TableKind> table();

  /**
   * Returns the row's printed 序号.
   *
   * @return the 序号, if the finding is about a row
   */
  @Override
  public abstract OptionalInt row();

  /**
   * Returns the row's code, or its label where it has no code ({@code 合计}, {@code 本年收入合计},
   * {@code 公务接待费}).
   *
   * @return the code or label
   */
  public abstract Optional<String> code();

  /**
   * Returns the column's number (栏次).
   *
   * @return the 栏次, if the finding is about a cell
   */
  @Override
  public abstract OptionalInt column();

  /**
   * Returns the column's header.
   *
   * @return e.g. 财政拨款收入
   */
  public abstract Optional<String> columnName();

  /**
   * Returns the narrative section.
   *
   * @return the section, for narrative findings
   */
  public abstract Optional<SectionKind> section();

  /**
   * Returns what the finding is about outside the nine tables: a project, a procurement line, an
   * asset row.
   *
   * @return e.g. the project's name
   */
  public abstract Optional<String> subject();

  /**
   * Returns the words of the text the finding is about.
   *
   * @return e.g. 项目支出
   */
  public abstract Optional<String> words();

  /**
   * Returns where in the source file the cell or text was printed: the page and line of a PDF,
   * the sheet and cell of a workbook, the line of a text.
   *
   * @return the source, when the budget was read from a file that says it
   */
  @Override
  public abstract Optional<SourceRef> source();

  /**
   * Returns a location that is this one completed by another's parts where this one has none:
   * {@code prefix.within(inner)} puts a nested rule's location under its subject.
   *
   * @param inner the more precise location
   * @return the combined location
   */
  public Location refine(Location inner) {
    Builder b = builder().from(this);
    inner.table().ifPresent(b::table);
    inner.row().ifPresent(b::row);
    inner.code().ifPresent(b::code);
    inner.column().ifPresent(b::column);
    inner.columnName().ifPresent(b::columnName);
    inner.section().ifPresent(b::section);
    inner.subject().ifPresent(b::subject);
    inner.words().ifPresent(b::words);
    inner.source().ifPresent(b::source);
    return b.build();
  }

  /**
   * Describes the location for a reader, e.g. {@code 收入总表 序号3 20103 栏次5（财政拨款收入）},
   * followed by the source when it is known: {@code … 表格.pdf 第3页第12行}.
   *
   * @param locale {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the description
   */
  public String describe(Locale locale) {
    boolean zh = Messages.isChinese(locale);
    StringBuilder s = new StringBuilder();
    table().ifPresent(t -> s.append(t.baseTitle()));
    section().ifPresent(sec -> append(s, zh ? "情况说明·" + Messages.section(sec, locale)
        : "narrative: " + Messages.section(sec, locale)));
    subject().ifPresent(p -> append(s, "「" + p + "」"));
    row().ifPresent(r -> append(s, zh ? "序号" + r : "row " + r));
    code().ifPresent(c -> append(s, c));
    column().ifPresent(c -> append(s, (zh ? "栏次" : "column ") + c
        + columnName().map(n -> zh ? "（" + n + "）" : " (" + n + ")").orElse("")));
    words().ifPresent(w -> append(s, "“" + w + "”"));
    source().map(r -> r.describe(locale)).filter(d -> !d.isEmpty()).ifPresent(d -> append(s, d));
    return s.toString();
  }

  private static void append(StringBuilder s, String part) {
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(part);
  }

  private static int tableOrder(TableKind kind) {
    return kind.standardNumber() == 0 ? 50 : kind.standardNumber();
  }

  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return describe(Locale.CHINESE);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the location of a whole table.
   *
   * @param kind the table
   * @return the location
   */
  public static Location of(TableKind kind) {
    return builder().table(kind).build();
  }

  /**
   * Returns the location of a printed row: its table, 序号 and code (or label).
   *
   * @param table the table
   * @param row the row
   * @return the location
   */
  public static Location of(DisclosureTable table, TableRow row) {
    Builder b = builder().table(table.kind()).row(row.seq());
    label(row).ifPresent(b::code);
    return b.build();
  }

  /**
   * Returns the location of a printed cell: table, 序号, code or label, 栏次 and header.
   *
   * @param table the table
   * @param row the row
   * @param column the 栏次
   * @return the location
   */
  public static Location of(DisclosureTable table, TableRow row, int column) {
    Builder b = builder().from(of(table, row)).column(column);
    if (row instanceof SummaryRow && table.layout().labelColumns().size() == 2) {
      // A two-sided row carries two labels: name the side the cell is on.
      SummaryRow r = (SummaryRow) row;
      boolean income = column < table.layout().labelColumns().get(1).number();
      b = builder().table(table.kind()).row(row.seq()).column(column);
      (income ? r.incomeItem() : r.expenditureItem()).map(String::strip).ifPresent(b::code);
    }
    table.layout().column(column).map(Column::shortName).ifPresent(b::columnName);
    return b.build();
  }

  /**
   * Returns the location of a narrative figure or sentence.
   *
   * @param section the section
   * @param words the words
   * @return the location
   */
  public static Location of(SectionKind section, String words) {
    return builder().section(section).words(words).build();
  }

  private static Optional<String> label(TableRow row) {
    if (row instanceof CodedRow) {
      CodedRow<?> r = (CodedRow<?>) row;
      return Optional.of(r.code().map(Object::toString).orElse(r.name().strip()));
    }
    if (row instanceof SummaryRow) {
      SummaryRow r = (SummaryRow) row;
      return r.expenditureItem().or(r::incomeItem).map(String::strip);
    }
    if (row instanceof ThreePublicRow) {
      return Optional.of(((ThreePublicRow) row).item().strip());
    }
    return Optional.empty();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}
