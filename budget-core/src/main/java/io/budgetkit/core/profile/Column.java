package io.budgetkit.core.profile;

import org.immutables.value.Value;

/**
 * A numbered column (栏次) of a table, with its header as printed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Column {

  Column() {}

  /**
   * Returns the column's number (栏次), from 1.
   *
   * @return the number
   */
  @Value.Parameter
  public abstract int number();

  /**
   * Returns the column's header; a column under a group header carries both, joined by
   * {@code /} ({@code 本年收入/财政拨款收入}).
   *
   * @return the header
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns what the column holds.
   *
   * @return the type
   */
  @Value.Parameter
  public abstract ColumnType type();

  /**
   * Returns the last part of the header, without its group.
   *
   * @return e.g. 财政拨款收入
   */
  public String shortName() {
    int slash = name().lastIndexOf('/');
    return slash < 0 ? name() : name().substring(slash + 1);
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalStateException("A column number (栏次) starts at 1, was " + number());
    }
  }

  /**
   * Returns a column.
   *
   * @param number the number (栏次)
   * @param name the header
   * @param type what it holds
   * @return the column
   */
  public static Column of(int number, String name, ColumnType type) {
    return ImmutableColumn.of(number, name, type);
  }

  @Override
  public String toString() {
    return "栏次" + number() + " " + name();
  }
}
