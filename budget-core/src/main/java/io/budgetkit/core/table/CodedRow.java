package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.code.ClassificationCode;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A row of a table whose rows are classification codes: the 合计 row (no code) or a 类, 款 or 项
 * row, with its name as printed.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <C> the code type: {@link io.budgetkit.core.code.FunctionCode} or {@link
 *     io.budgetkit.core.code.EconomicCode}
 */
@Value.Immutable
public abstract class CodedRow<C extends ClassificationCode<C>> implements TableRow {

  CodedRow() {}

  @Override
  public abstract int seq();

  /**
   * Returns the row's code, empty for the 合计 row.
   *
   * @return the code
   */
  public abstract Optional<C> code();

  /**
   * Returns the name as printed (科目名称, or 合计).
   *
   * @return the name
   */
  public abstract String name();

  @Override
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Amount> cells();

  /**
   * Tells whether this is the table's 合计 row, the one without a code.
   *
   * @return true for the 合计 row
   */
  public boolean isTotal() {
    return code().isEmpty();
  }

  @Override
  public String describe() {
    return "序号" + seq() + " " + code().map(Object::toString).orElse(name());
  }

  /**
   * Returns a new builder.
   *
   * @param <C> the code type
   * @return the builder
   */
  public static <C extends ClassificationCode<C>> Builder<C> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link CodedRow}.
   *
   * @param <C> the code type
   */
  public static final class Builder<C extends ClassificationCode<C>>
      extends ImmutableCodedRow.Builder<C> {
    Builder() {}
  }

  @Override
  public String toString() {
    return describe() + " " + name() + Tables.describeCells(cells());
  }
}
