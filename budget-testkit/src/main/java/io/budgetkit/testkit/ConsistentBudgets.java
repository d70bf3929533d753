package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.table.ThreePublicLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A generator of department budgets that are consistent in every respect the standard rules
 * check (the invariants of DOMAIN.md): built so that {@code
 * RuleSet.standard().validate(generate(source))} reports no ERROR and no WARNING.
 *
 * <p>A generated budget has the nine tables of the common profile, the 情况说明 with every section
 * and its figures, the 机构设置 table, one 项目绩效目标表 per project, the 政府采购预算 and the
 * 固定资产占用情况表:
 * <ul>
 *   <li>a random but real classification tree: 项 codes of the catalog edition of the budget year
 *       with their 款 and 类, named as the catalog names them; 基本支出 by economic 款 under 301,
 *       302 and 303;</li>
 *   <li>amounts in whole 0.01 万元 that roll up exactly at every level (项 → 款 → 类 → 合计) and
 *       across every column, and agree across the nine tables (收支总表 = 收入总表 = 支出总表 by
 *       类; 财政拨款收支总表 = tables 5, 7 and 8; table 5 基本支出 = table 6 合计);</li>
 *   <li>the pension, medical and housing-fund 项 and their economic 款 equal (2080505 = 30108,
 *       2080506 = 30109, 2101101 + 2101102 = 30110, 2101103 = 30111, 2210201 = 30113);</li>
 *   <li>a “三公” table in one of the layouts asked for, each line at least its economic 款 in
 *       table 6 (30212, 30217, 30231; 30215 and 30216 only where the 合计 counts 会议费 and
 *       培训费);</li>
 *   <li>projects whose 预算数 add up to 项目支出, 财政资金 + 其他资金 = 预算数, spending plans that are
 *       cumulative and end at the 预算数 (amounts) or at 100% (under a （%） header), cost
 *       indicators that together stay within the 预算数;</li>
 *   <li>procurement lines (数量 × 单价 = 金额 exactly) within their project's budget, adding up to the
 *       小计 and 合计; assets whose components add up to 资产总额; administrative (行政) units, so
 *       that 机关运行经费 = 公用经费;</li>
 *   <li>every narrative figure equal to the table figure it states, the stated change equal to the
 *       sum of its stated parts; no placeholder text.</li>
 * </ul>
 *
 * <p>Funding that goes beyond what the three fixtures show is switched by knobs: 政府性基金 and
 * 国有资本经营 money (tables 7 and 8 filled or printed empty with their note), and non-fiscal money
 * (财政专户, 单位资金 or the split 事业/经营/… columns, 上年结转, and 经营支出, 上解上级支出,
 * 对附属单位补助支出). In every generated budget 基本支出 is paid by 一般公共预算 alone, so the
 * narrative's 基本支出 = 人员经费 + 日常公用经费 holds, and the project budgets add up to the
 * 项目支出 of the 支出总表 (all sources).
 *
 * <pre>{@code
 * DepartmentBudget b = ConsistentBudgets.standard().generate(SeededSource.of(42));
 * ConsistentBudgets small = ConsistentBudgets.builder().kind(BudgetKind.UNIT).items(1, 5)
 *     .governmentFund(Presence.NEVER).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #generate(Source)} is as thread-safe as the
 * source it is given.
 */
public final class ConsistentBudgets implements Generator<DepartmentBudget> {

  private static final List<ThreePublicLayout> ALL_THREE_PUBLIC_LAYOUTS = List.of(
      ThreePublicLayout.SUBTOTAL_ONLY, ThreePublicLayout.TOTAL_WITHOUT_MEETINGS,
      ThreePublicLayout.FULL, ThreePublicLayout.EMPTY);

  private final List<BudgetKind> kinds;
  private final int minYear;
  private final int maxYear;
  private final int minItems;
  private final int maxItems;
  private final int minProjects;
  private final int maxProjects;
  private final Presence governmentFund;
  private final Presence stateCapital;
  private final Presence otherFunds;
  private final List<ThreePublicLayout> threePublicLayouts;
  private final ClassificationCatalog catalog;

  private ConsistentBudgets(Builder b) {
    this.kinds = List.copyOf(b.kinds);
    this.minYear = b.minYear;
    this.maxYear = b.maxYear;
    this.minItems = b.minItems;
    this.maxItems = b.maxItems;
    this.minProjects = b.minProjects;
    this.maxProjects = b.maxProjects;
    this.governmentFund = b.governmentFund;
    this.stateCapital = b.stateCapital;
    this.otherFunds = b.otherFunds;
    this.threePublicLayouts = List.copyOf(b.threePublicLayouts);
    this.catalog = b.catalog;
  }

  /**
   * Returns the generator with its default settings: 部门 or 单位, budget years 2020 to 2025, 1 to
   * 40 项 rows (as many as the catalog edition knows at most), 1 to 8 projects, every funding
   * source and every “三公” layout sometimes, the bundled catalog.
   *
   * @return the generator
   */
  public static ConsistentBudgets standard() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the default settings.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Generates one budget; the same seeded source gives the same budget.
   *
   * @param source the randomness to draw from
   * @return the budget
   * @throws IllegalStateException if the catalog edition of the drawn year has no functional 项
   *     code that a 基本支出 can be booked on
   */
  @Override
  public DepartmentBudget generate(Source source) {
    Objects.requireNonNull(source, "source");
    return new BudgetDraft(this, source).build();
  }

  List<BudgetKind> kinds() {
    return kinds;
  }

  int minYear() {
    return minYear;
  }

  int maxYear() {
    return maxYear;
  }

  int minItems() {
    return minItems;
  }

  int maxItems() {
    return maxItems;
  }

  int minProjects() {
    return minProjects;
  }

  int maxProjects() {
    return maxProjects;
  }

  Presence governmentFund() {
    return governmentFund;
  }

  Presence stateCapital() {
    return stateCapital;
  }

  Presence otherFunds() {
    return otherFunds;
  }

  List<ThreePublicLayout> threePublicLayouts() {
    return threePublicLayouts;
  }

  ClassificationCatalog catalog() {
    return catalog;
  }

  @Override
  public String toString() {
    return "ConsistentBudgets " + kinds + " " + minYear + "-" + maxYear + ", 项 " + minItems + "-"
        + maxItems + ", projects " + minProjects + "-" + maxProjects + ", 政府性基金 "
        + governmentFund + ", 国有资本经营 " + stateCapital + ", other funds " + otherFunds
        + ", 三公 " + threePublicLayouts;
  }

  /** Builds a {@link ConsistentBudgets}; every setting has a default. Not thread-safe. */
  public static final class Builder {

    private List<BudgetKind> kinds = List.of(BudgetKind.DEPARTMENT, BudgetKind.UNIT);
    private int minYear = 2020;
    private int maxYear = 2025;
    private int minItems = 1;
    private int maxItems = 40;
    private int minProjects = 1;
    private int maxProjects = 8;
    private Presence governmentFund = Presence.SOMETIMES;
    private Presence stateCapital = Presence.SOMETIMES;
    private Presence otherFunds = Presence.SOMETIMES;
    private List<ThreePublicLayout> threePublicLayouts = ALL_THREE_PUBLIC_LAYOUTS;
    private ClassificationCatalog catalog = ClassificationCatalog.bundled();

    private Builder() {}

    /**
     * Generates only budgets of one kind (部门预算 or 单位预算); both by default.
     *
     * @param kind the kind
     * @return this
     */
    public Builder kind(BudgetKind kind) {
      this.kinds = List.of(Objects.requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Sets the range of budget years, 2020 to 2025 by default.
     *
     * @param min the first year
     * @param max the last year
     * @return this
     * @throws IllegalArgumentException if {@code max < min}
     */
    public Builder years(int min, int max) {
      check(min <= max, "years " + min + "-" + max);
      this.minYear = min;
      this.maxYear = max;
      return this;
    }

    /**
     * Sets the range of the number of functional 项 rows (each with its 款 and 类), 1 to 40 by
     * default; a budget gets as many as the catalog edition of its year knows at most (23 in the
     * bundled catalog: load a fuller catalog for larger budgets).
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @return this
     * @throws IllegalArgumentException if the range is empty or starts below 1
     */
    public Builder items(int min, int max) {
      check(min >= 1 && min <= max, "项 rows " + min + "-" + max);
      this.minItems = min;
      this.maxItems = max;
      return this;
    }

    /**
     * Sets the range of the number of projects (项目绩效目标表), 1 to 8 by default. With 0, the
     * budget has no 项目支出 at all.
     *
     * @param min at least 0
     * @param max at least {@code min}
     * @return this
     * @throws IllegalArgumentException if the range is empty or starts below 0
     */
    public Builder projects(int min, int max) {
      check(min >= 0 && min <= max, "projects " + min + "-" + max);
      this.minProjects = min;
      this.maxProjects = max;
      return this;
    }

    /**
     * Sets whether the budget has 政府性基金 money (table 7 filled; otherwise printed empty with its
     * note). Such money pays projects, so it needs projects.
     *
     * @param presence never, sometimes (the default) or always
     * @return this
     */
    public Builder governmentFund(Presence presence) {
      this.governmentFund = Objects.requireNonNull(presence, "presence");
      return this;
    }

    /**
     * Sets whether the budget has 国有资本经营 money (table 8 filled; otherwise printed empty with
     * its note). Such money pays projects, so it needs projects.
     *
     * @param presence never, sometimes (the default) or always
     * @return this
     */
    public Builder stateCapital(Presence presence) {
      this.stateCapital = Objects.requireNonNull(presence, "presence");
      return this;
    }

    /**
     * Sets whether the budget has money besides 财政拨款: 财政专户, 单位资金 (or 事业收入, 经营收入…),
     * 上年结转, paying projects and 经营支出, 上解上级支出, 对附属单位补助支出.
     *
     * @param presence never, sometimes (the default) or always
     * @return this
     */
    public Builder otherFunds(Presence presence) {
      this.otherFunds = Objects.requireNonNull(presence, "presence");
      return this;
    }

    /**
     * Sets the layouts the “三公” table may be printed in (LAYOUTS.md §4); all of {@code
     * SUBTOTAL_ONLY}, {@code TOTAL_WITHOUT_MEETINGS}, {@code FULL} and {@code EMPTY} by default.
     * Shrinking leads to the first one.
     *
     * @param layouts the layouts, not {@code OTHER}
     * @return this
     * @throws IllegalArgumentException if none is given or one is {@code OTHER}
     */
    public Builder threePublicLayouts(ThreePublicLayout... layouts) {
      List<ThreePublicLayout> list = new ArrayList<>(List.of(layouts));
      check(!list.isEmpty() && !list.contains(ThreePublicLayout.OTHER),
          "“三公” layouts " + list);
      this.threePublicLayouts = list;
      return this;
    }

    /**
     * Sets the catalog whose codes and names the budget uses; the bundled one by default.
     *
     * @param catalog the catalog
     * @return this
     */
    public Builder catalog(ClassificationCatalog catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
      return this;
    }

    /**
     * Builds the generator.
     *
     * @return the generator
     * @throws IllegalStateException if the settings contradict each other: 政府性基金 or 国有资本经营
     *     money always present but no project allowed
     */
    public ConsistentBudgets build() {
      if (maxProjects == 0 && (governmentFund == Presence.ALWAYS
          || stateCapital == Presence.ALWAYS)) {
        throw new IllegalStateException("政府性基金 and 国有资本经营 money pays projects: "
            + "it cannot always be present in budgets without projects");
      }
      return new ConsistentBudgets(this);
    }

    private static void check(boolean ok, String what) {
      if (!ok) {
        throw new IllegalArgumentException("Invalid range: " + what);
      }
    }
  }
}
