package io.budgetkit.core.catalog;

import io.budgetkit.core.code.ClassificationCode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One line of a classification catalog: a code's official name for a range of edition years.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CatalogEntry {

  private final ClassificationCode<?> code;
  private final String name;
  private final int since;
  private final OptionalInt until;

  CatalogEntry(ClassificationCode<?> code, String name, int since, OptionalInt until) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.since = since;
    this.until = until;
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public ClassificationCode<?> code() {
    return code;
  }

  /**
   * Returns the official name.
   *
   * @return the name, e.g. 一般公共服务支出
   */
  public String name() {
    return name;
  }

  /**
   * Returns the first edition year the name applies to.
   *
   * @return the year
   */
  public int since() {
    return since;
  }

  /**
   * Returns the last edition year the name applies to, empty while current.
   *
   * @return the year
   */
  public OptionalInt until() {
    return until;
  }

  /**
   * Tells whether the name applies to the edition of the given year.
   *
   * @param year the budget year
   * @return true if {@code since ≤ year ≤ until}
   */
  public boolean appliesTo(int year) {
    return year >= since && (until.isEmpty() || year <= until.getAsInt());
  }

  @Override
  public String toString() {
    return code + " " + name + " (" + since + "–" + (until.isPresent() ? until.getAsInt() : "") + ")";
  }
}
