package io.budgetkit.core.problem;

import io.budgetkit.core.internal.Templates;
import io.budgetkit.core.profile.TableKind;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A plain {@link ProblemLocation}, for the problems that need no richer one: a table, row and
 * column, a place named in words (e.g. a consolidation conflict's {@code 支出总表 2010301}) and a
 * source. {@link #describe(Locale)} says them in that order, e.g. {@code 收入总表 序号3 栏次5
 * 表格.pdf 第3页第12行}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlainLocation implements ProblemLocation {

  PlainLocation() {}

  @Override
  public abstract Optional<TableKind> table();

  @Override
  public abstract OptionalInt row();

  @Override
  public abstract OptionalInt column();

  /**
   * Returns the place in words, for a problem that is about no single cell.
   *
   * @return e.g. {@code 支出总表 2010301}
   */
  public abstract Optional<String> place();

  @Override
  public abstract Optional<SourceRef> source();

  @Override
  public String describe(Locale locale) {
    return describe(locale, table(), row(), column(), place(), source());
  }

  private static String describe(Locale locale, Optional<TableKind> table, OptionalInt row,
      OptionalInt column, Optional<String> place, Optional<SourceRef> source) {
    boolean zh = Templates.isChinese(locale);
    StringBuilder s = new StringBuilder();
    table.ifPresent(t -> s.append(t.baseTitle()));
    row.ifPresent(r -> append(s, zh ? "序号" + r : "row " + r));
    column.ifPresent(c -> append(s, (zh ? "栏次" : "column ") + c));
    place.ifPresent(p -> append(s, p));
    source.map(r -> r.describe(locale)).filter(d -> !d.isEmpty())
        .ifPresent(d -> append(s, d));
    return s.toString();
  }

  private static void append(StringBuilder s, String part) {
    if (s.length() > 0) {
      s.append(' ');
    }
    s.append(part);
  }

  @Override
  public String toString() {
    return describe(Locale.ENGLISH);
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlainLocation}. */
  public static final class Builder extends ImmutablePlainLocation.Builder {
    Builder() {}
  }
}
