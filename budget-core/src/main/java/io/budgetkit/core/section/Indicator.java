package io.budgetkit.core.section;

import org.immutables.value.Value;

/**
 * A row of a project's indicator tree: 一级指标 → 二级指标 → 三级指标, with the description, the
 * value as written ({@code ≥95%}, {@code ≤1047万元}, {@code 效果较好}) and its basis.
 *
 * <p>A printed continuation row leaves the 一级指标 cell blank; the model holds the level it
 * continues, so every indicator names its whole path.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /**
   * Returns the 一级指标.
   *
   * @return e.g. 产出指标
   */
  @Value.Parameter
  public abstract String level1();

  /**
   * Returns the 二级指标.
   *
   * @return e.g. 成本指标
   */
  @Value.Parameter
  public abstract String level2();

  /**
   * Returns the 三级指标.
   *
   * @return e.g. 运营服务成本
   */
  @Value.Parameter
  public abstract String level3();

  /**
   * Returns the 绩效指标描述.
   *
   * @return the description, empty if blank
   */
  @Value.Parameter
  public abstract String description();

  /**
   * Returns the 指标值 as written.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract Measure value();

  /**
   * Returns the 指标值确定依据.
   *
   * @return the basis, empty if blank
   */
  @Value.Parameter
  public abstract String basis();

  /**
   * Tells whether this is a cost indicator (成本指标).
   *
   * @return true if the 二级指标 is a cost indicator
   */
  public boolean isCost() {
    return level2().replaceAll("\\s", "").startsWith("成本");
  }

  /**
   * Returns an indicator.
   *
   * @param level1 一级指标
   * @param level2 二级指标
   * @param level3 三级指标
   * @param description 绩效指标描述
   * @param value 指标值 as written
   * @param basis 指标值确定依据
   * @return the indicator
   */
  public static Indicator of(String level1, String level2, String level3, String description,
      String value, String basis) {
    return ImmutableIndicator.of(level1, level2, level3, description, Measure.parse(value), basis);
  }
}
