package io.budgetkit.consolidation;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.profile.BudgetKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * Consolidates (汇总) the budgets of any number of departments of one year into one region-level
 * budget: the nine tables summed code by code and line by line, projects, procurement lines and
 * organisation units carried with their department, fixed assets summed by item, and a plain
 * 情况说明 written from the consolidated figures. The result is itself a {@link DepartmentBudget}
 * that the standard rules accept when the inputs are valid.
 *
 * <pre>{@code
 * Consolidator c = Consolidator.builder().department("000", "海港区").build();
 * Consolidation r = c.consolidate(List.of(office, police));
 * DepartmentBudget region = r.budget();
 * // streaming, in parallel: nothing keeps the input budgets
 * Consolidation all = budgets.parallel().collect(c.collector());
 * }</pre>
 *
 * <p>The result does not depend on the order or the grouping of the inputs: consolidating
 * {@code a, b, c} in any order, or {@code consolidate(a, b)} with {@code c}, gives equal budgets.
 * One input gives back its own figures.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Consolidator {

  private final Integer year;
  private final String code;
  private final String name;
  private final BudgetKind kind;
  private final ConflictPolicy policy;
  private final ClassificationCatalog catalog;

  private Consolidator(Builder b) {
    this.year = b.year;
    this.code = b.code;
    this.name = b.name;
    this.kind = b.kind;
    this.policy = b.policy;
    this.catalog = b.catalog;
  }

  /**
   * Returns a builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Consolidates budgets.
   *
   * @param budgets the budgets, at least one
   * @return the consolidation
   * @throws ConsolidationException if the budgets are of different years or profiles, a
   *     department code is given twice, or (policy FAIL) the budgets conflict
   * @throws IllegalArgumentException if no budget is given
   */
  public Consolidation consolidate(List<DepartmentBudget> budgets) {
    return consolidate(budgets.stream());
  }

  /**
   * Consolidates a stream of budgets, one at a time: the stream may be lazy and longer than what
   * fits in memory; a parallel stream is consolidated in parallel.
   *
   * @param budgets the budgets, at least one
   * @return the consolidation
   * @throws ConsolidationException as {@link #consolidate(List)}
   * @throws IllegalArgumentException if the stream is empty
   */
  public Consolidation consolidate(Stream<DepartmentBudget> budgets) {
    return budgets.collect(collector());
  }

  /**
   * Starts a streaming accumulator: {@link ConsolidationBuilder#add add} budgets one by one, then
   * take the {@link ConsolidationBuilder#result result}.
   *
   * @return a new, empty accumulator
   */
  public ConsolidationBuilder start() {
    return new ConsolidationBuilder(new Settings(year, code, name, kind, policy, catalog));
  }

  /**
   * Returns a collector that consolidates a stream; its combiner merges accumulators, so that
   * parallel streams work.
   *
   * @return the collector
   */
  public Collector<DepartmentBudget, ConsolidationBuilder, Consolidation> collector() {
    return Collector.of(this::start, ConsolidationBuilder::add, ConsolidationBuilder::merge,
        ConsolidationBuilder::result, Collector.Characteristics.UNORDERED);
  }

  /** The settings an accumulator works with. */
  static final class Settings {
    final Optional<Integer> year;
    final String code;
    final String name;
    final BudgetKind kind;
    final ConflictPolicy policy;
    final ClassificationCatalog catalog;

    Settings(Integer year, String code, String name, BudgetKind kind, ConflictPolicy policy,
        ClassificationCatalog catalog) {
      this.year = Optional.ofNullable(year);
      this.code = code;
      this.name = name;
      this.kind = kind;
      this.policy = policy;
      this.catalog = catalog;
    }
  }

  /** Builds a {@link Consolidator}. Not thread-safe. */
  public static final class Builder {
    private Integer year;
    private String code;
    private String name;
    private BudgetKind kind = BudgetKind.DEPARTMENT;
    private ConflictPolicy policy = ConflictPolicy.FAIL;
    private ClassificationCatalog catalog;

    private Builder() {}

    /**
     * Sets the year every input must have; by default the first input's year.
     *
     * @param year e.g. 2025
     * @return this
     */
    public Builder year(int year) {
      this.year = year;
      return this;
    }

    /**
     * Sets the code and name of the consolidated budget.
     *
     * @param code letters and digits, e.g. {@code 000}
     * @param name e.g. {@code 海港区}
     * @return this
     */
    public Builder department(String code, String name) {
      this.code = Objects.requireNonNull(code, "code");
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets whether the result is a 部门预算 (the default) or a 单位预算: its titles and its 收支总表
     * income items. In a 部门预算 the income items of 单位预算 inputs (事业收入, 事业单位经营收入,
     * 上级补助收入, 附属单位上缴收入, 其他收入) are added into 单位资金.
     *
     * @param kind the kind
     * @return this
     */
    public Builder kind(BudgetKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets what happens when the inputs disagree; {@link ConflictPolicy#FAIL} by default.
     *
     * @param policy the policy
     * @return this
     */
    public Builder conflicts(ConflictPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the catalog whose names resolve {@link ConflictKind#NAME} conflicts, and whose
     * 收支总表 rows order the consolidated 收支总表; the bundled catalog by default.
     *
     * @param catalog the catalog
     * @return this
     */
    public Builder catalog(ClassificationCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Builds the consolidator.
     *
     * @return the consolidator
     * @throws IllegalStateException if no department was set, or its code is not letters and
     *     digits
     */
    public Consolidator build() {
      if (code == null) {
        throw new IllegalStateException("Set the consolidated budget's department(code, name)");
      }
      if (!code.matches("[0-9A-Za-z]+")) {
        throw new IllegalStateException("Department code '" + code
            + "' must be letters and digits, e.g. 000");
      }
      if (catalog == null) {
        catalog = ClassificationCatalog.bundled();
      }
      return new Consolidator(this);
    }
  }
}
