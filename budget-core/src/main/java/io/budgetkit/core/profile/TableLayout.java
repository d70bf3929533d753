package io.budgetkit.core.profile;

import io.budgetkit.core.amount.Precision;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The printed layout of one table in a profile: its kind, its numbered columns (栏次) and the
 * precision its amounts are printed at.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TableLayout {

  TableLayout() {}

  /**
   * Returns the table's kind.
   *
   * @return the kind
   */
  public abstract TableKind kind();

  /**
   * Returns the numbered columns, 栏次 1 first.
   *
   * @return the columns
   */
  public abstract List<Column> columns();

  /**
   * Returns the unit and precision the amounts are printed at.
   *
   * @return the precision, 0.01 万元 in the common profile
   */
  @Value.Default
  public Precision precision() {
    return Precision.HUNDREDTHS_OF_WAN;
  }

  /**
   * Returns the note printed under the table when it has no data, e.g.
   * {@code 注：无政府性基金预算财政拨款预算，空表列示。}.
   *
   * @return the standard empty-table note, if the profile names one
   */
  public abstract Optional<String> emptyNote();

  /**
   * Returns the row arithmetic of the table: the columns that are sums of other columns in every
   * row.
   *
   * @return the relations; empty if the table has none
   */
  public abstract List<ColumnSum> columnSums();

  /**
   * Returns the column with the given number.
   *
   * @param number the 栏次
   * @return the column, or empty if the table has none with that number
   */
  public Optional<Column> column(int number) {
    return columns().stream().filter(c -> c.number() == number).findFirst();
  }

  /**
   * Returns the amount columns, in order.
   *
   * @return the columns of type {@link ColumnType#AMOUNT}
   */
  @Value.Lazy
  public List<Column> amountColumns() {
    return columns().stream().filter(c -> c.type() == ColumnType.AMOUNT)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the label columns, in order.
   *
   * @return the columns of type {@link ColumnType#LABEL}
   */
  @Value.Lazy
  public List<Column> labelColumns() {
    return columns().stream().filter(c -> c.type() == ColumnType.LABEL)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Tells whether the table has an amount column with the given number.
   *
   * @param number the 栏次
   * @return true if that column holds amounts
   */
  public boolean isAmountColumn(int number) {
    return column(number).map(c -> c.type() == ColumnType.AMOUNT).orElse(false);
  }

  /**
   * Returns the title of the table in a budget of the given kind.
   *
   * @param budgetKind 部门 or 单位
   * @return e.g. 部门预算收入总表
   */
  public String title(BudgetKind budgetKind) {
    return kind().title(budgetKind);
  }

  @Value.Check
  void check() {
    for (ColumnSum sum : columnSums()) {
      for (int c : concat(sum.total(), sum.parts())) {
        if (!isAmountColumn(c)) {
          throw new IllegalStateException(kind() + ": " + sum + " names 栏次" + c
              + ", which is not an amount column");
        }
      }
    }
    for (int i = 0; i < columns().size(); i++) {
      if (columns().get(i).number() != i + 1) {
        throw new IllegalStateException(kind() + ": columns must be numbered 1, 2, 3… in order, "
            + "found 栏次" + columns().get(i).number() + " at position " + (i + 1));
      }
    }
  }

  private static List<Integer> concat(int first, List<Integer> rest) {
    List<Integer> all = new java.util.ArrayList<>(rest);
    all.add(0, first);
    return all;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TableLayout}. */
  public static final class Builder extends ImmutableTableLayout.Builder {
    Builder() {}

    private int next = 1;

    /**
     * Appends a column numbered after the columns appended with this method before it.
     *
     * @param name the header
     * @param type what it holds
     * @return this builder
     */
    public Builder column(String name, ColumnType type) {
      return addColumns(Column.of(next++, name, type));
    }

    /**
     * Appends an amount column numbered after the columns appended before it.
     *
     * @param name the header
     * @return this builder
     */
    public Builder amount(String name) {
      return column(name, ColumnType.AMOUNT);
    }
  }
}
