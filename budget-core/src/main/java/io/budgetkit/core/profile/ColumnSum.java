package io.budgetkit.core.profile;

import java.util.List;
import org.immutables.value.Value;

/**
 * A row-arithmetic relation of a table: one column (栏次) is the sum of others in every row, e.g.
 * in the 支出总表 合计 (3) = 基本支出 (4) + 项目支出 (5) + 经营支出 (6) + 上解上级支出 (7) +
 * 对附属单位补助支出 (8).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ColumnSum {

  ColumnSum() {}

  /**
   * Returns the total column.
   *
   * @return its 栏次
   */
  @Value.Parameter
  public abstract int total();

  /**
   * Returns the part columns.
   *
   * @return their 栏次, in order
   */
  @Value.Parameter
  public abstract List<Integer> parts();

  @Value.Check
  void check() {
    if (parts().isEmpty() || parts().contains(total())) {
      throw new IllegalStateException(
          "A column sum needs parts other than its total: 栏次" + total() + " = " + parts());
    }
  }

  /**
   * Returns a relation.
   *
   * @param total the total's 栏次
   * @param parts the parts' 栏次
   * @return the relation
   */
  public static ColumnSum of(int total, Integer... parts) {
    return ImmutableColumnSum.of(total, List.of(parts));
  }

  @Override
  public String toString() {
    return "栏次" + total() + " = " + parts();
  }
}
