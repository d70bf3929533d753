package io.budgetkit.core.section;

import org.immutables.value.Value;

/**
 * A row of the 机构设置 table: a unit of the department with its nature, rank and funding.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrganisationUnit {

  OrganisationUnit() {}

  /**
   * Returns the 单位名称.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract String name();

  /**
   * Returns the 单位性质.
   *
   * @return e.g. 行政, 事业
   */
  @Value.Parameter
  public abstract String nature();

  /**
   * Returns the 单位规格.
   *
   * @return e.g. 正科级
   */
  @Value.Parameter
  public abstract String rank();

  /**
   * Returns the 经费保障形式.
   *
   * @return e.g. 财政拨款
   */
  @Value.Parameter
  public abstract String funding();

  /**
   * Tells whether the unit is an administrative one (行政), for which 机关运行经费 equals the
   * 公用经费 of basic expenditure.
   *
   * @return true if the nature is 行政
   */
  public boolean isAdministrative() {
    return nature().strip().startsWith("行政");
  }

  /**
   * Returns a unit.
   *
   * @param name 单位名称
   * @param nature 单位性质
   * @param rank 单位规格
   * @param funding 经费保障形式
   * @return the unit
   */
  public static OrganisationUnit of(String name, String nature, String rank, String funding) {
    return ImmutableOrganisationUnit.of(name, nature, rank, funding);
  }
}
