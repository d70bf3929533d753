package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A row of the “三公”经费支出表: its item as printed and its amounts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThreePublicRow implements TableRow {

  ThreePublicRow() {}

  @Override
  public abstract int seq();

  /**
   * Returns the item as printed, indentation included.
   *
   * @return e.g. {@code 其中：公务用车购置费}
   */
  public abstract String item();

  @Override
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Amount> cells();

  /**
   * Returns the line the item stands for.
   *
   * @return the line, or empty if the label is not a known 三公 line
   */
  @Value.Lazy
  public Optional<ThreePublicLine> line() {
    return ThreePublicLine.recognise(item());
  }

  @Override
  public String describe() {
    return "序号" + seq() + " " + item().strip();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ThreePublicRow}. */
  public static final class Builder extends ImmutableThreePublicRow.Builder {
    Builder() {}
  }

  @Override
  public String toString() {
    return describe() + Tables.describeCells(cells());
  }
}
