package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A row of a two-sided table (收支总表, 财政拨款收支总表): an income item on the left and an
 * expenditure item on the right, each with its amounts, under one 序号.
 *
 * <p>The labels are kept as printed ({@code 一、一般公共预算拨款收入}, {@code 二十、住房保障支出});
 * either side may be blank.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SummaryRow implements TableRow {

  SummaryRow() {}

  @Override
  public abstract int seq();

  /**
   * Returns the income item as printed (column 1).
   *
   * @return the item, empty if blank
   */
  public abstract Optional<String> incomeItem();

  /**
   * Returns the expenditure item as printed (column 3).
   *
   * @return the item, empty if blank
   */
  public abstract Optional<String> expenditureItem();

  @Override
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Amount> cells();

  @Override
  public String describe() {
    return "序号" + seq();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SummaryRow}. */
  public static final class Builder extends ImmutableSummaryRow.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return describe() + " " + incomeItem().orElse("") + " | " + expenditureItem().orElse("")
        + Tables.describeCells(cells());
  }
}
