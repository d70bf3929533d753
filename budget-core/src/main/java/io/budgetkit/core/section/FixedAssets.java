package io.budgetkit.core.section;

import io.budgetkit.core.amount.CellValues;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The 固定资产占用情况表 (layouts F1, F2 and F3 of LAYOUTS.md §7).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FixedAssets {

  FixedAssets() {}

  /**
   * Returns the caption printed above the table.
   *
   * @return e.g. 部门固定资产占用情况表, if printed
   */
  public abstract Optional<String> title();

  /**
   * Returns the 截止时间.
   *
   * @return the date, if printed
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Returns the rows in printed order.
   *
   * @return the rows
   */
  public abstract List<AssetRow> rows();

  /**
   * Returns the 资产总额 row.
   *
   * @return the row, absent in layout F3
   */
  public Optional<AssetRow> total() {
    return rows().stream().filter(AssetRow::isTotal).findFirst();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FixedAssets}. */
  public static final class Builder extends ImmutableFixedAssets.Builder {
    Builder() {}

    /**
     * Sets the 截止时间.
     *
     * @param isoDate e.g. {@code 2024-12-31}
     * @return this
     */
    public Builder asOf(String isoDate) {
      return asOf(LocalDate.parse(isoDate));
    }

    /**
     * Adds a row as printed.
     *
     * @param item the item
     * @param quantity the 数量 as written, {@code ""} if blank
     * @param value the 价值 as printed, {@code ""} if blank
     * @return this
     */
    public Builder row(String item, String quantity, String value) {
      AssetRow.Builder row = AssetRow.builder();
      row.item(item);
      if (quantity != null && !quantity.isBlank()) {
        row.quantity(quantity);
      }
      CellValues.parse(value).ifPresent(row::value);
      return addRows(row.build());
    }
  }
}
