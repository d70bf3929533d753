package io.budgetkit.core.budget;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRows;
import io.budgetkit.core.table.ThreePublicRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Builds a {@link DepartmentBudget} fluently.
 *
 * <p>Tables given as lambdas ({@code .income(t -> t.row(…))}) are built when {@link #build()}
 * is called, with the profile's layout and the title of the budget's kind, so the order of
 * the calls does not matter; the tables keep the order in which they were given.
 *
 * <p>A builder is not thread-safe.
 */
public final class BudgetBuilder {

  private final ImmutableDepartmentBudget.Builder values = ImmutableDepartmentBudget.values();
  private final List<Function<Context, DisclosureTable>> pending = new ArrayList<>();
  private BudgetKind kind = BudgetKind.DEPARTMENT;
  private DisclosureProfile profile = DisclosureProfile.common();

  BudgetBuilder() {}

  /**
   * Starts from every value of an existing budget.
   *
   * @param budget the budget to copy
   * @return this
   */
  public BudgetBuilder from(DepartmentBudget budget) {
    department(budget.departmentCode(), budget.departmentName()).year(budget.year())
        .kind(budget.kind()).profile(budget.profile()).narrative(budget.narrative());
    budget.tables().forEach(this::table);
    budget.organisationTitle().ifPresent(values::organisationTitle);
    budget.organisation().forEach(values::addOrganisation);
    budget.projects().forEach(values::addProjects);
    budget.procurement().ifPresent(values::procurement);
    budget.fixedAssets().ifPresent(values::fixedAssets);
    return this;
  }

  /**
   * Sets the department's code and name as printed.
   *
   * @param code e.g. {@code 980}
   * @param name e.g. {@code 秦皇岛市海港区发展服务中心}
   * @return this
   */
  public BudgetBuilder department(String code, String name) {
    values.departmentCode(code).departmentName(name);
    return this;
  }

  /**
   * Sets the budget year (预算年度).
   *
   * @param year e.g. 2025
   * @return this
   */
  public BudgetBuilder year(int year) {
    values.year(year);
    return this;
  }

  /**
   * Sets whether this is a 部门预算 (the default) or a 单位预算.
   *
   * @param kind the kind
   * @return this
   */
  public BudgetBuilder kind(BudgetKind kind) {
    this.kind = Objects.requireNonNull(kind, "kind");
    values.kind(kind);
    return this;
  }

  /**
   * Marks the disclosure as a 单位预算, whose titles read 单位预算….
   *
   * @return this
   */
  public BudgetBuilder unitBudget() {
    return kind(BudgetKind.UNIT);
  }

  /**
   * Sets the profile; {@link DisclosureProfile#common()} by default.
   *
   * @param profile the profile
   * @return this
   */
  public BudgetBuilder profile(DisclosureProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    values.profile(profile);
    return this;
  }

  /**
   * Adds a table built elsewhere.
   *
   * @param table the table
   * @return this
   */
  public BudgetBuilder table(DisclosureTable table) {
    Objects.requireNonNull(table, "table");
    pending.add(c -> table);
    return this;
  }

  /**
   * Adds the 收支总表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder summary(Consumer<SummaryRows> rows) {
    return twoSided(TableKind.SUMMARY, rows);
  }

  /**
   * Adds the 收入总表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder income(Consumer<CodedRows<FunctionCode>> rows) {
    return coded(TableKind.INCOME, FunctionCode::parse, rows);
  }

  /**
   * Adds the 支出总表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder expenditure(Consumer<CodedRows<FunctionCode>> rows) {
    return coded(TableKind.EXPENDITURE, FunctionCode::parse, rows);
  }

  /**
   * Adds the 财政拨款收支总表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder fiscalSummary(Consumer<SummaryRows> rows) {
    return twoSided(TableKind.FISCAL_SUMMARY, rows);
  }

  /**
   * Adds the 一般公共预算财政拨款支出表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder generalPublicExpenditure(Consumer<CodedRows<FunctionCode>> rows) {
    return coded(TableKind.GENERAL_PUBLIC_EXPENDITURE, FunctionCode::parse, rows);
  }

  /**
   * Adds the 一般公共预算财政拨款基本支出表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder basicExpenditure(Consumer<CodedRows<EconomicCode>> rows) {
    return coded(TableKind.BASIC_EXPENDITURE, EconomicCode::parse, rows);
  }

  /**
   * Adds the 政府性基金预算财政拨款支出表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder governmentFundExpenditure(Consumer<CodedRows<FunctionCode>> rows) {
    return coded(TableKind.GOVERNMENT_FUND_EXPENDITURE, FunctionCode::parse, rows);
  }

  /**
   * Adds the 国有资本经营预算财政拨款支出表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder stateCapitalExpenditure(Consumer<CodedRows<FunctionCode>> rows) {
    return coded(TableKind.STATE_CAPITAL_EXPENDITURE, FunctionCode::parse, rows);
  }

  /**
   * Adds the 财政拨款“三公”经费支出表.
   *
   * @param rows fills the table
   * @return this
   */
  public BudgetBuilder threePublic(Consumer<ThreePublicRows> rows) {
    Objects.requireNonNull(rows, "rows");
    pending.add(c -> {
      ThreePublicRows r = new ThreePublicRows(c.layout(TableKind.THREE_PUBLIC),
          c.title(TableKind.THREE_PUBLIC));
      rows.accept(r);
      return r.build();
    });
    return this;
  }

  /**
   * Adds a table of coded rows of any kind the profile has, e.g. a custom one.
   *
   * @param kind the kind
   * @param codes parses the table's codes, e.g. {@code FunctionCode::parse}
   * @param rows fills the table
   * @param <C> the code type
   * @return this
   */
  public <C extends ClassificationCode<C>> BudgetBuilder coded(TableKind kind,
      Function<String, C> codes, Consumer<CodedRows<C>> rows) {
    Objects.requireNonNull(rows, "rows");
    pending.add(c -> {
      CodedRows<C> r = new CodedRows<>(c.layout(kind), c.title(kind), codes);
      rows.accept(r);
      return r.build();
    });
    return this;
  }

  private BudgetBuilder twoSided(TableKind kind, Consumer<SummaryRows> rows) {
    Objects.requireNonNull(rows, "rows");
    pending.add(c -> {
      SummaryRows r = new SummaryRows(c.layout(kind), c.title(kind));
      rows.accept(r);
      return r.build();
    });
    return this;
  }

  /**
   * Sets the 情况说明.
   *
   * @param narrative the narrative
   * @return this
   */
  public BudgetBuilder narrative(Narrative narrative) {
    values.narrative(narrative);
    return this;
  }

  /**
   * Sets the 情况说明.
   *
   * @param narrative fills the narrative
   * @return this
   */
  public BudgetBuilder narrative(Consumer<Narrative.Builder> narrative) {
    Narrative.Builder b = Narrative.builder();
    narrative.accept(b);
    return narrative(b.build());
  }

  /**
   * Sets the caption printed above the 机构设置 table.
   *
   * @param title e.g. 部门机构设置情况
   * @return this
   */
  public BudgetBuilder organisationTitle(String title) {
    values.organisationTitle(title);
    return this;
  }

  /**
   * Adds a unit of the 机构设置 table.
   *
   * @param name 单位名称
   * @param nature 单位性质, e.g. 行政
   * @param rank 单位规格
   * @param funding 经费保障形式
   * @return this
   */
  public BudgetBuilder organisationUnit(String name, String nature, String rank, String funding) {
    values.addOrganisation(OrganisationUnit.of(name, nature, rank, funding));
    return this;
  }

  /**
   * Adds a 项目绩效目标表.
   *
   * @param project the project
   * @return this
   */
  public BudgetBuilder project(ProjectPerformance project) {
    values.addProjects(project);
    return this;
  }

  /**
   * Adds a 项目绩效目标表.
   *
   * @param project fills the project
   * @return this
   */
  public BudgetBuilder project(Consumer<ProjectPerformance.Builder> project) {
    ProjectPerformance.Builder b = ProjectPerformance.builder();
    project.accept(b);
    return project(b.build());
  }

  /**
   * Sets the 政府采购预算 table.
   *
   * @param procurement the table
   * @return this
   */
  public BudgetBuilder procurement(Procurement procurement) {
    values.procurement(procurement);
    return this;
  }

  /**
   * Sets the 政府采购预算 table, in layout G1.
   *
   * @param procurement fills the table
   * @return this
   */
  public BudgetBuilder procurement(Consumer<Procurement.Builder> procurement) {
    Procurement.Builder b = Procurement.builder();
    procurement.accept(b);
    return procurement(b.build());
  }

  /**
   * Sets the 固定资产占用情况表.
   *
   * @param assets the table
   * @return this
   */
  public BudgetBuilder fixedAssets(FixedAssets assets) {
    values.fixedAssets(assets);
    return this;
  }

  /**
   * Sets the 固定资产占用情况表.
   *
   * @param assets fills the table
   * @return this
   */
  public BudgetBuilder fixedAssets(Consumer<FixedAssets.Builder> assets) {
    FixedAssets.Builder b = FixedAssets.builder();
    assets.accept(b);
    return fixedAssets(b.build());
  }

  /**
   * Builds the budget, building the tables given as lambdas with the profile's layouts.
   *
   * @return the budget
   * @throws IllegalStateException if the department, name or year is missing, or the budget
   *     cannot be represented (see the class documentation)
   * @throws IllegalArgumentException if the profile lacks a table, or a code or cell is
   *     malformed
   */
  public DepartmentBudget build() {
    Context context = new Context(kind, profile);
    List<DisclosureTable> built = new ArrayList<>();
    for (Function<Context, DisclosureTable> p : pending) {
      built.add(p.apply(context));
    }
    return values.tables(built).build();
  }

  /** What a table given as a lambda needs to know of its budget. */
  private static final class Context {
    private final BudgetKind kind;
    private final DisclosureProfile profile;

    Context(BudgetKind kind, DisclosureProfile profile) {
      this.kind = kind;
      this.profile = profile;
    }

    TableLayout layout(TableKind table) {
      return profile.requireLayout(table);
    }

    String title(TableKind table) {
      return layout(table).title(kind);
    }
  }
}
