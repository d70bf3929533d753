package io.budgetkit.core.section;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.CellValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A project's 项目绩效目标表: code, name, budget and its split, use of funds, spending plan,
 * goals and indicator tree.
 *
 * <p>Layout P3 (indicators only) has no code, budget or plan, so those are optional.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProjectPerformance {

  ProjectPerformance() {}

  /**
   * Returns the table's title as printed.
   *
   * @return e.g. 1、固定电话打包费绩效目标表
   */
  public abstract Optional<String> title();

  /**
   * Returns the 项目编码, 21 characters in the fixtures ({@code 13030225P00003110004J}).
   *
   * @return the code, if printed
   */
  public abstract Optional<String> code();

  /**
   * Returns the 项目名称 as printed.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the department or unit (部门 / 单位) the project belongs to, set when a budget lists
   * the projects of several departments, e.g. a consolidation (汇总); absent in a single
   * department's disclosure, whose projects are all its own.
   *
   * @return the department's name, if recorded
   */
  public abstract Optional<String> department();

  /**
   * Returns the 预算数.
   *
   * @return the budget, if printed
   */
  public abstract Optional<Amount> budget();

  /**
   * Returns the 财政资金 part of the budget.
   *
   * @return the amount, if printed
   */
  public abstract Optional<Amount> fiscalFunds();

  /**
   * Returns the 其他资金 part of the budget.
   *
   * @return the amount, if printed
   */
  public abstract Optional<Amount> otherFunds();

  /**
   * Returns the 资金用途 text.
   *
   * @return the text, if printed
   */
  public abstract Optional<String> purpose();

  /**
   * Returns the 资金支出计划.
   *
   * @return the plan, if printed
   */
  public abstract Optional<SpendingPlan> spendingPlan();

  /**
   * Returns the 绩效目标, one entry per printed goal or cell.
   *
   * @return the goals
   */
  public abstract List<String> goals();

  /**
   * Returns the indicator rows in printed order.
   *
   * @return the indicators
   */
  public abstract List<Indicator> indicators();

  /**
   * Returns the indicators as a tree: 一级指标 → 二级指标 → rows, in printed order.
   *
   * @return the tree
   */
  public Map<String, Map<String, List<Indicator>>> indicatorTree() {
    Map<String, Map<String, List<Indicator>>> tree = new LinkedHashMap<>();
    for (Indicator i : indicators()) {
      tree.computeIfAbsent(i.level1(), k -> new LinkedHashMap<>())
          .computeIfAbsent(i.level2(), k -> new java.util.ArrayList<>()).add(i);
    }
    return tree;
  }

  /**
   * Returns the cost indicators (成本指标).
   *
   * @return the cost indicators in printed order
   */
  public List<Indicator> costIndicators() {
    return indicators().stream().filter(Indicator::isCost)
        .collect(java.util.stream.Collectors.toUnmodifiableList());
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProjectPerformance}; amounts can be given as printed. */
  public static final class Builder extends ImmutableProjectPerformance.Builder {
    Builder() {}

    /**
     * Sets the 预算数 as printed; blank leaves it unset.
     *
     * @param printed e.g. {@code "1047.00"}
     * @return this
     */
    public Builder budget(String printed) {
      CellValues.parse(printed).ifPresent(this::budget);
      return this;
    }

    /**
     * Sets the 财政资金 as printed; blank leaves it unset.
     *
     * @param printed e.g. {@code "1047.00"}
     * @return this
     */
    public Builder fiscalFunds(String printed) {
      CellValues.parse(printed).ifPresent(this::fiscalFunds);
      return this;
    }

    /**
     * Sets the 其他资金 as printed; blank leaves it unset.
     *
     * @param printed the amount as printed
     * @return this
     */
    public Builder otherFunds(String printed) {
      CellValues.parse(printed).ifPresent(this::otherFunds);
      return this;
    }

    /**
     * Sets a plan at the four quarterly dates.
     *
     * @param header the header as printed
     * @param values the four cells as written
     * @return this
     */
    public Builder quarterlyPlan(String header, String... values) {
      return spendingPlan(SpendingPlan.quarterly(header, values));
    }

    /**
     * Adds a goal.
     *
     * @param goal the goal as printed
     * @return this
     */
    public Builder goal(String goal) {
      return addGoals(goal);
    }

    /**
     * Adds an indicator row.
     *
     * @param level1 一级指标
     * @param level2 二级指标
     * @param level3 三级指标
     * @param description 绩效指标描述
     * @param value 指标值 as written
     * @param basis 指标值确定依据
     * @return this
     */
    public Builder indicator(String level1, String level2, String level3, String description,
        String value, String basis) {
      return addIndicators(Indicator.of(level1, level2, level3, description, value, basis));
    }
  }
}
