package io.budgetkit.consolidation;

import java.util.List;
import java.util.Objects;

/**
 * A disagreement between the budgets being consolidated and how it was resolved.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Conflict {

  private final ConflictKind kind;
  private final String what;
  private final String where;
  private final List<String> departments;
  private final String resolution;

  Conflict(ConflictKind kind, String what, String where, List<String> departments,
      String resolution) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.what = Objects.requireNonNull(what, "what");
    this.where = Objects.requireNonNull(where, "where");
    this.departments = List.copyOf(departments);
    this.resolution = Objects.requireNonNull(resolution, "resolution");
  }

  /**
   * Returns the kind of disagreement.
   *
   * @return the kind
   */
  public ConflictKind kind() {
    return kind;
  }

  /**
   * Returns what disagrees, e.g. {@code 2010301 printed as 行政运行 and 行政运行支出}.
   *
   * @return the description
   */
  public String what() {
    return what;
  }

  /**
   * Returns where: the table and code, or the section.
   *
   * @return e.g. {@code 支出总表 2010301}
   */
  public String where() {
    return where;
  }

  /**
   * Returns some of the departments involved, as {@code code name}, in code order (at most a few
   * per variant, so that a conflict among 100,000 departments stays small).
   *
   * @return the departments
   */
  public List<String> departments() {
    return departments;
  }

  /**
   * Returns how the consolidation resolved the disagreement.
   *
   * @return e.g. {@code printed as 行政运行 (the catalog's name)}
   */
  public String resolution() {
    return resolution;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Conflict)) {
      return false;
    }
    Conflict c = (Conflict) o;
    return kind == c.kind && what.equals(c.what) && where.equals(c.where)
        && departments.equals(c.departments) && resolution.equals(c.resolution);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, what, where, departments, resolution);
  }

  @Override
  public String toString() {
    return kind + " at " + where + ": " + what + " (" + String.join(", ", departments) + ") → "
        + resolution;
  }
}
