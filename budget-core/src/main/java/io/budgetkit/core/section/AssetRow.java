package io.budgetkit.core.section;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A row of the 固定资产占用情况表: the item as printed, the 数量 as written ({@code 80},
 * {@code ---}) and the 价值 in 万元.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AssetRow {

  AssetRow() {}

  /**
   * Returns the item as printed.
   *
   * @return e.g. {@code 3、单价在20万元以上的设备}
   */
  public abstract String item();

  /**
   * Returns the 数量 as written.
   *
   * @return the quantity, empty if blank
   */
  public abstract Optional<String> quantity();

  /**
   * Returns the 价值.
   *
   * @return the value, empty if blank
   */
  public abstract Optional<Amount> value();

  /**
   * Tells whether this is the 资产总额 row.
   *
   * @return true for 资产总额
   */
  public boolean isTotal() {
    // Bookmarks by a linear scan: the regular expression is quadratic on unclosed ones.
    return Text.dropBookmarks(item()).replaceAll("\\s", "").equals("资产总额");
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AssetRow}. */
  public static final class Builder extends ImmutableAssetRow.Builder {
    Builder() {}
  }
}
