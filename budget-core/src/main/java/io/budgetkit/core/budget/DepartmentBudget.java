package io.budgetkit.core.budget;

import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.DisclosureProfile;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One published budget disclosure of a department (部门预算) or unit (单位预算): who, which year,
 * the tables in printed order and the other sections.
 *
 * <p>The model holds whatever the document says, consistent or not; checking it is the job of
 * {@code budget-rules}. It rejects only what cannot be represented: a malformed code or amount,
 * an amount finer than the fen, a cell in a column the table does not have, two tables of one
 * kind.
 *
 * <pre>{@code
 * DepartmentBudget budget = DepartmentBudget.builder()
 *     .department("980", "秦皇岛市海港区发展服务中心")
 *     .year(2025)
 *     .expenditure(t -> t
 *         .total("2143.14", "181.04", "1962.10")
 *         .row("201", "一般公共服务支出", "2100.79", "138.69", "1962.10"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    // the public builder() is the hand-written BudgetBuilder; the generated one stays internal
    builder = "values")
public abstract class DepartmentBudget {

  DepartmentBudget() {}

  /**
   * Returns the department's or unit's code as printed, e.g. {@code 980}.
   *
   * @return the code
   */
  public abstract String departmentCode();

  /**
   * Returns the department's or unit's name as printed.
   *
   * @return the name
   */
  public abstract String departmentName();

  /**
   * Returns the budget year (预算年度).
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Returns whether this is a 部门预算 or a 单位预算.
   *
   * @return the kind, 部门 by default
   */
  @Value.Default
  public BudgetKind kind() {
    return BudgetKind.DEPARTMENT;
  }

  /**
   * Returns the profile the disclosure follows.
   *
   * @return the profile, {@link DisclosureProfile#common()} by default
   */
  @Value.Default
  public DisclosureProfile profile() {
    return DisclosureProfile.common();
  }

  /**
   * Returns the tables in printed order.
   *
   * @return the tables
   */
  public abstract List<DisclosureTable> tables();

  /**
   * Returns the 情况说明.
   *
   * @return the narrative, empty if none was given
   */
  @Value.Default
  public Narrative narrative() {
    return Narrative.empty();
  }

  /**
   * Returns the caption printed above the 机构设置 table.
   *
   * @return e.g. 部门机构设置情况, if printed
   */
  public abstract Optional<String> organisationTitle();

  /**
   * Returns the units of the 机构设置 table.
   *
   * @return the units
   */
  public abstract List<OrganisationUnit> organisation();

  /**
   * Returns the 项目绩效目标表, one per project, in printed order.
   *
   * @return the projects
   */
  public abstract List<ProjectPerformance> projects();

  /**
   * Returns the 政府采购预算 table.
   *
   * @return the table, if published
   */
  public abstract Optional<Procurement> procurement();

  /**
   * Returns the 固定资产占用情况表.
   *
   * @return the table, if published
   */
  public abstract Optional<FixedAssets> fixedAssets();

  /**
   * Returns the table of a kind.
   *
   * @param kind the kind
   * @return the table, if present
   */
  public Optional<DisclosureTable> table(TableKind kind) {
    return tables().stream().filter(t -> t.kind().equals(kind)).findFirst();
  }

  /**
   * Returns the 收支总表.
   *
   * @return the table, if present
   */
  public Optional<SummaryTable> summary() {
    return table(TableKind.SUMMARY).map(SummaryTable.class::cast);
  }

  /**
   * Returns the 收入总表.
   *
   * @return the table, if present
   */
  public Optional<CodedTable<FunctionCode>> income() {
    return functional(TableKind.INCOME);
  }

  /**
   * Returns the 支出总表.
   *
   * @return the table, if present
   */
  public Optional<CodedTable<FunctionCode>> expenditure() {
    return functional(TableKind.EXPENDITURE);
  }

  /**
   * Returns the 财政拨款收支总表.
   *
   * @return the table, if present
   */
  public Optional<SummaryTable> fiscalSummary() {
    return table(TableKind.FISCAL_SUMMARY).map(SummaryTable.class::cast);
  }

  /**
   * Returns the 一般公共预算财政拨款支出表.
   *
   * @return the table, if present
   */
  public Optional<CodedTable<FunctionCode>> generalPublicExpenditure() {
    return functional(TableKind.GENERAL_PUBLIC_EXPENDITURE);
  }

  /**
   * Returns the 一般公共预算财政拨款基本支出表.
   *
   * @return the table, if present
   */
  @SuppressWarnings("unchecked")
  public Optional<CodedTable<EconomicCode>> basicExpenditure() {
    return table(TableKind.BASIC_EXPENDITURE).map(t -> (CodedTable<EconomicCode>) t);
  }

  /**
   * Returns the 政府性基金预算财政拨款支出表.
   *
   * @return the table, if present
   */
  public Optional<CodedTable<FunctionCode>> governmentFundExpenditure() {
    return functional(TableKind.GOVERNMENT_FUND_EXPENDITURE);
  }

  /**
   * Returns the 国有资本经营预算财政拨款支出表.
   *
   * @return the table, if present
   */
  public Optional<CodedTable<FunctionCode>> stateCapitalExpenditure() {
    return functional(TableKind.STATE_CAPITAL_EXPENDITURE);
  }

  /**
   * Returns the 财政拨款“三公”经费支出表.
   *
   * @return the table, if present
   */
  public Optional<ThreePublicTable> threePublic() {
    return table(TableKind.THREE_PUBLIC).map(ThreePublicTable.class::cast);
  }

  @SuppressWarnings("unchecked")
  private Optional<CodedTable<FunctionCode>> functional(TableKind kind) {
    return table(kind).map(t -> (CodedTable<FunctionCode>) t);
  }

  @Value.Check
  void check() {
    if (!departmentCode().matches("[0-9A-Za-z]+")) {
      throw new IllegalStateException(
          "Department code '" + departmentCode() + "' must be letters and digits, e.g. 980");
    }
    Set<TableKind> seen = new HashSet<>();
    for (DisclosureTable t : tables()) {
      if (!seen.add(t.kind())) {
        throw new IllegalStateException("Two tables of kind " + t.kind() + " (" + t.title() + ")");
      }
      Class<?> expected;
      switch (t.kind().shape()) {
        case TWO_SIDED:
          expected = SummaryTable.class;
          break;
        case ITEM_ROWS:
          expected = ThreePublicTable.class;
          break;
        default:
          expected = CodedTable.class;
      }
      if (!expected.isInstance(t)) {
        throw new IllegalStateException(t.kind() + " must be a " + expected.getSimpleName());
      }
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static BudgetBuilder builder() {
    return new BudgetBuilder();
  }

}
