package io.budgetkit.testkit;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.table.ThreePublicLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The catalogue of {@link Mutator}s: each breaks exactly one invariant of a budget from {@link
 * ConsistentBudgets} — with compensating changes wherever a single change would break several
 * (the row sums, the roll-up, the other tables, the narrative) — and names the rule that should
 * report it and where. For every mutator, {@code RuleSet.standard()} reports the named rule at
 * the named location at ERROR or WARNING severity, and no other rule at those severities
 * (checked by {@code MutationProperties} in budget-rules). Five mutators declare the rule they
 * necessarily fire as well ({@link Mutator#alsoFires()}), because no single change breaks their
 * rule alone: {@link #NARR_BASIC_EXPENDITURE} (BK-NARR-005: the stated 基本支出 is 人员经费 +
 * 日常公用经费), {@link #NARR_PROJECT_EXPENDITURE} (BK-NARR-009: the listed projects add up to
 * the stated 项目支出), {@link #NARR_PROJECT_LIST_TOTAL} and {@link #PROJ_PROJECTS_TOTAL}
 * (BK-NARR-008: each listed project amount is its 预算数) and {@link
 * #COMP_NAME_DIFFERS_ACROSS_TABLES} (BK-COMP-011: one of two names is not the catalog's).
 *
 * <p>Rules without a mutator: BK-XT-003 (the 收支总表's 本年收入合计, 上年结转结余 and 本年支出合计
 * are tied to its own sums, to the 收入总表 and 支出总表 and to the narrative's totals, so that
 * any change breaks three or more rules), and the INFO rules BK-COMP-005 and BK-COMP-012.
 *
 * <pre>{@code
 * DepartmentBudget b = ConsistentBudgets.standard().generate(SeededSource.of(7));
 * Optional<Mutation> m = Mutators.XT_THREE_PUBLIC_ITEM_ABOVE_LINE.mutate(b, SeededSource.of(1));
 * m.ifPresent(x -> assertThat(RuleSet.standard().validate(x.budget()).findings())
 *     .anyMatch(f -> f.ruleId().equals(x.ruleId())));
 * }</pre>
 *
 * <p>Amounts change by at least 1.00 万元, beyond any rounding tolerance. A mutator returns
 * empty when the budget offers no place for its change (no “三公” lines, no procurement, no
 * 经营支出…). Codes a mutator adds (an orphan 项) come from the bundled catalog. All mutators are
 * immutable and thread-safe.
 */
public final class Mutators {

  // ARITH ---------------------------------------------------------------------------------------

  /** BK-ARITH-001: a row of the 支出总表 whose 合计 is not the sum of its columns. */
  public static final Mutator ARITH_ROW_NOT_SUM_OF_COLUMNS = of("ARITH_ROW_NOT_SUM_OF_COLUMNS",
      "BK-ARITH-001", TableMutations::rowSum);
  /** BK-ARITH-002: a 301/303 款 of the 基本支出表 with 公用经费. */
  public static final Mutator ARITH_PERSONNEL_AS_PUBLIC = of("ARITH_PERSONNEL_AS_PUBLIC",
      "BK-ARITH-002", TableMutations::personnelOrPublic);

  // HIER ----------------------------------------------------------------------------------------

  /** BK-HIER-001: the 基本支出表's 合计 is not the sum of its 类. */
  public static final Mutator HIER_TOTAL_NOT_SUM_OF_CLASSES = of("HIER_TOTAL_NOT_SUM_OF_CLASSES",
      "BK-HIER-001", TableMutations::totalNotSumOfClasses);
  /** BK-HIER-002: a 类 of the 基本支出表 is not the sum of its 款. */
  public static final Mutator HIER_CLASS_NOT_SUM_OF_SECTIONS = of(
      "HIER_CLASS_NOT_SUM_OF_SECTIONS", "BK-HIER-002", TableMutations::classNotSumOfSections);
  /** BK-HIER-003: a 款 of the 支出总表 is not the sum of its 项. */
  public static final Mutator HIER_SECTION_NOT_SUM_OF_ITEMS = of("HIER_SECTION_NOT_SUM_OF_ITEMS",
      "BK-HIER-003", TableMutations::sectionNotSumOfItems);
  /** BK-HIER-004: a 项 printed without its 款. */
  public static final Mutator HIER_ORPHAN_ITEM = of("HIER_ORPHAN_ITEM", "BK-HIER-004",
      TableMutations::orphanItem);
  /** BK-HIER-005: a 项 printed twice. */
  public static final Mutator HIER_DUPLICATE_ITEM = of("HIER_DUPLICATE_ITEM", "BK-HIER-005",
      TableMutations::duplicateItem);
  /** BK-HIER-006: a 项 printed under another 款. */
  public static final Mutator HIER_ITEM_OUT_OF_PLACE = of("HIER_ITEM_OUT_OF_PLACE", "BK-HIER-006",
      TableMutations::itemOutOfPlace);

  // BAL -----------------------------------------------------------------------------------------

  /** BK-BAL-001: an income item the 本年收入合计 leaves out. */
  public static final Mutator BAL_INCOME_ITEMS_NOT_SUM = of("BAL_INCOME_ITEMS_NOT_SUM",
      "BK-BAL-001", TableMutations::incomeItemsNotSum);
  /** BK-BAL-004: a 类 row of the 收支总表 that 本年支出合计 leaves out. */
  public static final Mutator BAL_CLASS_ROWS_NOT_SUM = of("BAL_CLASS_ROWS_NOT_SUM", "BK-BAL-004",
      TableMutations::classRowsNotSum);
  /** BK-BAL-002: 年初财政拨款结转和结余 that 收入总计 leaves out. */
  public static final Mutator BAL_TOTAL_INCOME_NOT_SUM = of("BAL_TOTAL_INCOME_NOT_SUM",
      "BK-BAL-002", TableMutations::totalIncomeNotSum);
  /** BK-BAL-003: a breakdown of 年初财政拨款结转和结余 that it does not add up to. */
  public static final Mutator BAL_CARRY_OVER_NOT_SUM_OF_SOURCES = of(
      "BAL_CARRY_OVER_NOT_SUM_OF_SOURCES", "BK-BAL-003", TableMutations::carryOverNotSumOfSources);
  /** BK-BAL-005: 年终结转结余 that 支出总计 leaves out. */
  public static final Mutator BAL_TOTAL_EXPENDITURE_NOT_SUM = of("BAL_TOTAL_EXPENDITURE_NOT_SUM",
      "BK-BAL-005", TableMutations::totalExpenditureNotSum);
  /** BK-BAL-006: 支出总计 above 收入总计. */
  public static final Mutator BAL_UNBALANCED = of("BAL_UNBALANCED", "BK-BAL-006",
      TableMutations::unbalanced);

  // XT ------------------------------------------------------------------------------------------

  /** BK-XT-001: two 类 of the 收支总表 that disagree with the 支出总表. */
  public static final Mutator XT_SUMMARY_CLASSES = of("XT_SUMMARY_CLASSES", "BK-XT-001",
      CrossTableMutations::summaryClasses);
  /** BK-XT-002: two 类 of the 收入总表 that disagree with the 支出总表. */
  public static final Mutator XT_INCOME_CLASSES = of("XT_INCOME_CLASSES", "BK-XT-002",
      CrossTableMutations::incomeClasses);
  /** BK-XT-004: 收入总表 source columns that disagree with the 收支总表's income sources. */
  public static final Mutator XT_INCOME_SOURCES = of("XT_INCOME_SOURCES", "BK-XT-004",
      CrossTableMutations::incomeSources);
  /** BK-XT-005: 财政拨款收支总表 income that disagrees with the 收支总表's. */
  public static final Mutator XT_FISCAL_INCOME = of("XT_FISCAL_INCOME", "BK-XT-005",
      CrossTableMutations::fiscalIncome);
  /** BK-XT-006: two 类 of the 财政拨款收支总表's 一般公共预算 column that disagree with table 5. */
  public static final Mutator XT_GENERAL_PUBLIC_CLASSES = of("XT_GENERAL_PUBLIC_CLASSES",
      "BK-XT-006", (b, s) -> CrossTableMutations.fundClasses(b, s, 5));
  /** BK-XT-007: two 类 of the 政府性基金 column that disagree with table 7. */
  public static final Mutator XT_GOVERNMENT_FUND_CLASSES = of("XT_GOVERNMENT_FUND_CLASSES",
      "BK-XT-007", (b, s) -> CrossTableMutations.fundClasses(b, s, 6));
  /** BK-XT-008: two 类 of the 国有资本经营 column that disagree with table 8. */
  public static final Mutator XT_STATE_CAPITAL_CLASSES = of("XT_STATE_CAPITAL_CLASSES",
      "BK-XT-008", (b, s) -> CrossTableMutations.fundClasses(b, s, 7));
  /** BK-XT-009: table 5's 基本支出 合计 that is not table 6's 合计. */
  public static final Mutator XT_BASIC_TOTAL = of("XT_BASIC_TOTAL", "BK-XT-009",
      CrossTableMutations::basicTotal);
  /** BK-XT-010: a “三公” economic 款 above its “三公” line. */
  public static final Mutator XT_THREE_PUBLIC_ITEM_ABOVE_LINE = of(
      "XT_THREE_PUBLIC_ITEM_ABOVE_LINE", "BK-XT-010", (b, s) -> CrossTableMutations
          .threePublicItem(b, s, CrossTableMutations.THREE_PUBLIC_ITEMS));
  /** BK-XT-011: 30215 会议费 or 30216 培训费 above its “三公” row. */
  public static final Mutator XT_MEETINGS_ABOVE_LINE = of("XT_MEETINGS_ABOVE_LINE", "BK-XT-011",
      (b, s) -> CrossTableMutations.threePublicItem(b, s, CrossTableMutations.MEETING_ITEMS));
  /** BK-XT-012 (warning): a stated 机关运行经费 that is not the 公用经费. */
  public static final Mutator XT_OPERATING_COSTS = of("XT_OPERATING_COSTS", "BK-XT-012",
      CrossTableMutations::operatingCosts);
  /** BK-XT-013 (warning): a pension, medical or housing-fund 款 that is not its 项. */
  public static final Mutator XT_SOCIAL_INSURANCE = of("XT_SOCIAL_INSURANCE", "BK-XT-013",
      CrossTableMutations::socialInsurance);

  // TPUB ----------------------------------------------------------------------------------------

  /** BK-TPUB-001: a “三公”经费小计 that is not the sum of its lines in two columns. */
  public static final Mutator TPUB_SUBTOTAL_NOT_SUM = of("TPUB_SUBTOTAL_NOT_SUM", "BK-TPUB-001",
      (b, s) -> CrossTableMutations.threePublicColumns(b, s, ThreePublicLine.SUBTOTAL));
  /** BK-TPUB-002: 因公出国（境）费 that is not the sum of its lines. */
  public static final Mutator TPUB_OVERSEAS_NOT_SUM = of("TPUB_OVERSEAS_NOT_SUM", "BK-TPUB-002",
      (b, s) -> CrossTableMutations.threePublicPart(b, s, ThreePublicLine.OVERSEAS_OTHER,
          ThreePublicLine.OVERSEAS));
  /** BK-TPUB-003: 公务用车购置及运维费 that is not the sum of its lines in two columns. */
  public static final Mutator TPUB_VEHICLES_NOT_SUM = of("TPUB_VEHICLES_NOT_SUM", "BK-TPUB-003",
      (b, s) -> CrossTableMutations.threePublicColumns(b, s, ThreePublicLine.VEHICLES));
  /** BK-TPUB-004: 会议费 that is not the sum of its lines. */
  public static final Mutator TPUB_MEETINGS_NOT_SUM = of("TPUB_MEETINGS_NOT_SUM", "BK-TPUB-004",
      (b, s) -> CrossTableMutations.threePublicPart(b, s, ThreePublicLine.MEETINGS_OTHER,
          ThreePublicLine.MEETINGS));
  /** BK-TPUB-005: a 合计 that is not 小计 + 会议费 + 培训费 (or below 小计). */
  public static final Mutator TPUB_TOTAL_NOT_SUM = of("TPUB_TOTAL_NOT_SUM", "BK-TPUB-005",
      (b, s) -> CrossTableMutations.threePublicTotal(b, s, false));
  /** BK-TPUB-006 (warning): a 合计 above the rows it prints. */
  public static final Mutator TPUB_TOTAL_UNDISCLOSED = of("TPUB_TOTAL_UNDISCLOSED",
      "BK-TPUB-006", (b, s) -> CrossTableMutations.threePublicTotal(b, s, true));

  // NARR ----------------------------------------------------------------------------------------

  /** BK-NARR-001: a stated 预算收支安排 that is not 收入总计. */
  public static final Mutator NARR_INCOME_TOTAL = of("NARR_INCOME_TOTAL", "BK-NARR-001",
      (b, s) -> NarrativeMutations.raise(b, s, FigureKind.CHANGE_BASE, FigureKind.CHANGE_BASE));
  /** BK-NARR-002: two stated income sources that are not the 收支总表's. */
  public static final Mutator NARR_INCOME_SOURCES = of("NARR_INCOME_SOURCES", "BK-NARR-002",
      (b, s) -> NarrativeMutations.shift(b, s, List.<FigureKind[]>of(
          pair(FigureKind.INCOME_GOVERNMENT_FUND, FigureKind.INCOME_GENERAL_PUBLIC),
          pair(FigureKind.INCOME_STATE_CAPITAL, FigureKind.INCOME_GENERAL_PUBLIC),
          pair(FigureKind.INCOME_SPECIAL_ACCOUNT, FigureKind.INCOME_GENERAL_PUBLIC),
          pair(FigureKind.INCOME_UNIT_FUNDS, FigureKind.INCOME_GENERAL_PUBLIC),
          pair(FigureKind.INCOME_CARRYOVER, FigureKind.INCOME_GENERAL_PUBLIC))));
  /** BK-NARR-003: a stated 支出预算 that is not the 支出总表's 合计. */
  public static final Mutator NARR_EXPENDITURE_TOTAL = of("NARR_EXPENDITURE_TOTAL",
      "BK-NARR-003", NarrativeMutations::expenditure);
  /** BK-NARR-004, with BK-NARR-005: stated 基本支出 and 人员经费 above the tables'. */
  public static final Mutator NARR_BASIC_EXPENDITURE = of("NARR_BASIC_EXPENDITURE",
      "BK-NARR-004", Set.of("BK-NARR-005"), (b, s) -> NarrativeMutations.raiseWithinOther(b, s,
          FigureKind.BASIC_EXPENDITURE, FigureKind.PERSONNEL));
  /** BK-NARR-005: stated 人员经费 and 日常公用经费 that are not the 基本支出表's. */
  public static final Mutator NARR_PERSONNEL_AND_PUBLIC = of("NARR_PERSONNEL_AND_PUBLIC",
      "BK-NARR-005", (b, s) -> NarrativeMutations.shift(b, s, List.<FigureKind[]>of(
          pair(FigureKind.PERSONNEL, FigureKind.PUBLIC_EXPENSES),
          pair(FigureKind.PUBLIC_EXPENSES, FigureKind.PERSONNEL))));
  /** BK-NARR-006, with BK-NARR-009: a stated 项目支出 above the 支出总表's. */
  public static final Mutator NARR_PROJECT_EXPENDITURE = of("NARR_PROJECT_EXPENDITURE",
      "BK-NARR-006", Set.of("BK-NARR-009"), (b, s) -> NarrativeMutations.raiseWithinOther(b, s,
          FigureKind.PROJECT_EXPENDITURE));
  /** BK-NARR-007: stated “三公” lines that are not the table's. */
  public static final Mutator NARR_THREE_PUBLIC = of("NARR_THREE_PUBLIC", "BK-NARR-007",
      (b, s) -> NarrativeMutations.shift(b, s, List.<FigureKind[]>of(
          pair(FigureKind.THREE_PUBLIC_OVERSEAS, FigureKind.THREE_PUBLIC_RECEPTION),
          pair(FigureKind.THREE_PUBLIC_RECEPTION, FigureKind.THREE_PUBLIC_OVERSEAS),
          pair(FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE,
              FigureKind.THREE_PUBLIC_VEHICLE_OPERATION),
          pair(FigureKind.THREE_PUBLIC_VEHICLE_OPERATION,
              FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE))));
  /** BK-NARR-008: two listed project amounts that are not the projects' 预算数. */
  public static final Mutator NARR_PROJECT_AMOUNTS = of("NARR_PROJECT_AMOUNTS", "BK-NARR-008",
      (b, s) -> NarrativeMutations.shift(b, s, List.<FigureKind[]>of(
          pair(FigureKind.PROJECT_AMOUNT, FigureKind.PROJECT_AMOUNT))));
  /** BK-NARR-009, with BK-NARR-008: a listed project amount the stated 项目支出 does not add. */
  public static final Mutator NARR_PROJECT_LIST_TOTAL = of("NARR_PROJECT_LIST_TOTAL",
      "BK-NARR-009", Set.of("BK-NARR-008"), (b, s) -> NarrativeMutations.raise(b, s,
          FigureKind.PROJECT_AMOUNT, FigureKind.PROJECT_EXPENDITURE));
  /** BK-NARR-010: a stated 上年末固定资产金额 that is not the 资产总额. */
  public static final Mutator NARR_FIXED_ASSETS = of("NARR_FIXED_ASSETS", "BK-NARR-010",
      (b, s) -> NarrativeMutations.raise(b, s, FigureKind.FIXED_ASSETS, FigureKind.FIXED_ASSETS));
  /** BK-NARR-011 (warning): stated planned purchases beyond the goods procured. */
  public static final Mutator NARR_PLANNED_PURCHASES = of("NARR_PLANNED_PURCHASES",
      "BK-NARR-011", (b, s) -> NarrativeMutations.raise(b, s,
          FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, FigureKind.FIXED_ASSETS_PLANNED_PURCHASES));
  /** BK-NARR-012: a 机关运行经费 item that its stated total does not add up. */
  public static final Mutator NARR_STATED_TOTAL = of("NARR_STATED_TOTAL", "BK-NARR-012",
      (b, s) -> NarrativeMutations.raise(b, s, FigureKind.OPERATING_COSTS_COMPONENT,
          FigureKind.OPERATING_COSTS));
  /** BK-NARR-013: a stated change of the total that is not the basic and project changes. */
  public static final Mutator NARR_CHANGE_TOTAL = of("NARR_CHANGE_TOTAL", "BK-NARR-013",
      (b, s) -> NarrativeMutations.raise(b, s, FigureKind.CHANGE_TOTAL, FigureKind.CHANGE_TOTAL));

  /** BK-NARR-014 (warning): listed components that do not add up to the change. */
  public static final Mutator NARR_CHANGE_COMPONENTS = of("NARR_CHANGE_COMPONENTS",
      "BK-NARR-014", (b, s) -> NarrativeMutations.changeComponents(b, s, false));
  /** BK-NARR-015 (warning): a listed component without the direction the others state. */
  public static final Mutator NARR_COMPONENT_DIRECTION = of("NARR_COMPONENT_DIRECTION",
      "BK-NARR-015", (b, s) -> NarrativeMutations.changeComponents(b, s, true));

  // PROJ ----------------------------------------------------------------------------------------

  /** BK-PROJ-001, with BK-NARR-008: project budgets above the 项目支出. */
  public static final Mutator PROJ_PROJECTS_TOTAL = of("PROJ_PROJECTS_TOTAL", "BK-PROJ-001",
      Set.of("BK-NARR-008"), SectionMutations::projectsBeyondTotal);
  /** BK-PROJ-002: a 资金支出计划 that goes down. */
  public static final Mutator PROJ_PLAN_NOT_CUMULATIVE = of("PROJ_PLAN_NOT_CUMULATIVE",
      "BK-PROJ-002", (b, s) -> SectionMutations.project(b, s, "3月底 above 6月底",
          p -> "6月底", SectionMutations::planNotCumulative));
  /** BK-PROJ-003: a 资金支出计划 that does not end at the 预算数 or 100%. */
  public static final Mutator PROJ_PLAN_END = of("PROJ_PLAN_END", "BK-PROJ-003",
      (b, s) -> SectionMutations.project(b, s, "12月底 not at the 预算数 or 100%",
          p -> "12月底", SectionMutations::planEndsElsewhere));
  /** BK-PROJ-004: 财政资金 + 其他资金 that is not the 预算数. */
  public static final Mutator PROJ_FUNDS_SPLIT = of("PROJ_FUNDS_SPLIT", "BK-PROJ-004",
      (b, s) -> SectionMutations.project(b, s, "财政资金 raised", p -> "预算数",
          SectionMutations::fundsNotSplit));
  /** BK-PROJ-005 (warning): a cost cap above the 预算数. */
  public static final Mutator PROJ_COST_CAP = of("PROJ_COST_CAP", "BK-PROJ-005",
      (b, s) -> SectionMutations.project(b, s, "cost cap above the 预算数",
          p -> SectionMutations.COST_INDICATOR, SectionMutations::costCapAboveBudget));
  /** BK-PROJ-006 (warning): a 资金支出计划 of amounts headed （%）. */
  public static final Mutator PROJ_PLAN_PERCENT_HEADER = of("PROJ_PLAN_PERCENT_HEADER",
      "BK-PROJ-006", (b, s) -> SectionMutations.project(b, s, "plan of amounts headed （%）",
          p -> SectionMutations.PERCENT_HEADER, SectionMutations::planHeadedPercent));

  /** BK-PROJ-007 (warning): a 资金用途 whose items add up to more than the 预算数. */
  public static final Mutator PROJ_PURPOSE_ITEMS = of("PROJ_PURPOSE_ITEMS", "BK-PROJ-007",
      (b, s) -> SectionMutations.project(b, s, "资金用途 itemised beyond the 预算数",
          p -> "资金用途", SectionMutations::purposeItemsBeyondBudget));

  // PROC ----------------------------------------------------------------------------------------

  /** BK-PROC-001: lines that do not add up to their 小计. */
  public static final Mutator PROC_SUBTOTALS = of("PROC_SUBTOTALS", "BK-PROC-001",
      SectionMutations::subtotals);
  /** BK-PROC-002: funding columns that do not add up to the line's 合计. */
  public static final Mutator PROC_FUNDING_SUM = of("PROC_FUNDING_SUM", "BK-PROC-002",
      SectionMutations::fundingSum);
  /** BK-PROC-003: a project's lines beyond its 预算资金. */
  public static final Mutator PROC_BEYOND_PROJECT_BUDGET = of("PROC_BEYOND_PROJECT_BUDGET",
      "BK-PROC-003", SectionMutations::beyondProjectBudget);
  /** BK-PROC-004 (warning): 数量 × 单价 that is not the line's 合计. */
  public static final Mutator PROC_QUANTITY_TIMES_PRICE = of("PROC_QUANTITY_TIMES_PRICE",
      "BK-PROC-004", SectionMutations::quantityTimesPrice);
  /** BK-PROC-005: a 预留中小微企业份额 above the line's 合计. */
  public static final Mutator PROC_RESERVE_ABOVE_AMOUNT = of("PROC_RESERVE_ABOVE_AMOUNT",
      "BK-PROC-005", SectionMutations::reserveAboveAmount);
  /** BK-PROC-006 (warning): a 预算资金 that is not the project's 预算数. */
  public static final Mutator PROC_BUDGET_NOT_PROJECT = of("PROC_BUDGET_NOT_PROJECT",
      "BK-PROC-006", (b, s) -> SectionMutations.projectBudget(b, s, false));
  /** BK-PROC-007 (warning): two lines of one project with different 预算资金. */
  public static final Mutator PROC_TWO_BUDGETS = of("PROC_TWO_BUDGETS", "BK-PROC-007",
      (b, s) -> SectionMutations.projectBudget(b, s, true));
  /** BK-PROC-008 (warning): half a unit of a thing counted in whole units. */
  public static final Mutator PROC_FRACTIONAL_QUANTITY = of("PROC_FRACTIONAL_QUANTITY",
      "BK-PROC-008", SectionMutations::fractionalQuantity);

  // ASSET ---------------------------------------------------------------------------------------

  /** BK-ASSET-001: components that do not add up to 资产总额. */
  public static final Mutator ASSET_COMPONENTS_NOT_SUM = of("ASSET_COMPONENTS_NOT_SUM",
      "BK-ASSET-001", SectionMutations::assetComponents);
  /** BK-ASSET-002: a 其中 row above the row it is part of. */
  public static final Mutator ASSET_OF_WHICH_ABOVE_WHOLE = of("ASSET_OF_WHICH_ABOVE_WHOLE",
      "BK-ASSET-002", SectionMutations::assetOfWhich);

  // COMP ----------------------------------------------------------------------------------------

  /** BK-COMP-001: a table of the profile left out. */
  public static final Mutator COMP_TABLE_MISSING = of("COMP_TABLE_MISSING", "BK-COMP-001",
      ComplianceMutations::tableMissing);
  /** BK-COMP-002 (warning): two tables out of order. */
  public static final Mutator COMP_TABLES_OUT_OF_ORDER = of("COMP_TABLES_OUT_OF_ORDER",
      "BK-COMP-002", ComplianceMutations::tablesSwapped);
  /** BK-COMP-003: an empty table without its 空表 note. */
  public static final Mutator COMP_EMPTY_TABLE_WITHOUT_NOTE = of("COMP_EMPTY_TABLE_WITHOUT_NOTE",
      "BK-COMP-003", ComplianceMutations::emptyTableWithoutNote);
  /** BK-COMP-004: a table with data and a 空表 note. */
  public static final Mutator COMP_EMPTY_NOTE_ON_DATA = of("COMP_EMPTY_NOTE_ON_DATA",
      "BK-COMP-004", ComplianceMutations::noteOnTableWithData);
  /** BK-COMP-006: a functional 款 without its 项. */
  public static final Mutator COMP_SECTION_WITHOUT_ITEMS = of("COMP_SECTION_WITHOUT_ITEMS",
      "BK-COMP-006", ComplianceMutations::sectionWithoutItems);
  /** BK-COMP-007: an economic 类 without its 款. */
  public static final Mutator COMP_CLASS_WITHOUT_SECTIONS = of("COMP_CLASS_WITHOUT_SECTIONS",
      "BK-COMP-007", ComplianceMutations::classWithoutSections);
  /** BK-COMP-008: a required narrative section left out. */
  public static final Mutator COMP_SECTION_MISSING = of("COMP_SECTION_MISSING", "BK-COMP-008",
      ComplianceMutations::sectionMissing);
  /** BK-COMP-009 (warning): no reason for the change of the “三公” costs. */
  public static final Mutator COMP_THREE_PUBLIC_WITHOUT_REASON = of(
      "COMP_THREE_PUBLIC_WITHOUT_REASON", "BK-COMP-009",
      ComplianceMutations::threePublicWithoutReason);
  /** BK-COMP-010: a template placeholder left in the text. */
  public static final Mutator COMP_PLACEHOLDER = of("COMP_PLACEHOLDER", "BK-COMP-010",
      ComplianceMutations::placeholder);
  /** BK-COMP-011 (warning): a code printed under another name than the catalog's. */
  public static final Mutator COMP_WRONG_NAME = of("COMP_WRONG_NAME", "BK-COMP-011",
      ComplianceMutations::wrongName);
  /**
   * BK-COMP-013 (warning): a code named otherwise in the 支出总表 than in the 收入总表; also fires
   * BK-COMP-011, since one of the two names is then not the catalog's.
   */
  public static final Mutator COMP_NAME_DIFFERS_ACROSS_TABLES = of(
      "COMP_NAME_DIFFERS_ACROSS_TABLES", "BK-COMP-013", Set.of("BK-COMP-011"),
      ComplianceMutations::nameDiffersAcrossTables);
  /** BK-COMP-014: a negative amount (a project's 其他资金). */
  public static final Mutator COMP_NEGATIVE_AMOUNT = of("COMP_NEGATIVE_AMOUNT", "BK-COMP-014",
      (b, s) -> SectionMutations.project(b, s, "其他资金 negative", p -> "其他资金",
          SectionMutations::negativeOtherFunds));

  private static final List<Mutator> ALL = List.of(ARITH_ROW_NOT_SUM_OF_COLUMNS,
      ARITH_PERSONNEL_AS_PUBLIC, HIER_TOTAL_NOT_SUM_OF_CLASSES, HIER_CLASS_NOT_SUM_OF_SECTIONS,
      HIER_SECTION_NOT_SUM_OF_ITEMS, HIER_ORPHAN_ITEM, HIER_DUPLICATE_ITEM,
      HIER_ITEM_OUT_OF_PLACE, BAL_INCOME_ITEMS_NOT_SUM, BAL_TOTAL_INCOME_NOT_SUM,
      BAL_CLASS_ROWS_NOT_SUM,
      BAL_CARRY_OVER_NOT_SUM_OF_SOURCES, BAL_TOTAL_EXPENDITURE_NOT_SUM, BAL_UNBALANCED,
      XT_SUMMARY_CLASSES, XT_INCOME_CLASSES, XT_INCOME_SOURCES, XT_FISCAL_INCOME,
      XT_GENERAL_PUBLIC_CLASSES, XT_GOVERNMENT_FUND_CLASSES, XT_STATE_CAPITAL_CLASSES,
      XT_BASIC_TOTAL, XT_THREE_PUBLIC_ITEM_ABOVE_LINE, XT_MEETINGS_ABOVE_LINE,
      XT_OPERATING_COSTS, XT_SOCIAL_INSURANCE, TPUB_SUBTOTAL_NOT_SUM, TPUB_OVERSEAS_NOT_SUM,
      TPUB_VEHICLES_NOT_SUM, TPUB_MEETINGS_NOT_SUM,
      TPUB_TOTAL_NOT_SUM, TPUB_TOTAL_UNDISCLOSED, NARR_INCOME_TOTAL, NARR_INCOME_SOURCES,
      NARR_EXPENDITURE_TOTAL, NARR_BASIC_EXPENDITURE, NARR_PERSONNEL_AND_PUBLIC,
      NARR_PROJECT_EXPENDITURE, NARR_THREE_PUBLIC, NARR_PROJECT_AMOUNTS, NARR_PROJECT_LIST_TOTAL,
      NARR_FIXED_ASSETS, NARR_PLANNED_PURCHASES, NARR_STATED_TOTAL,
      NARR_CHANGE_TOTAL, NARR_CHANGE_COMPONENTS, NARR_COMPONENT_DIRECTION,
      PROJ_PROJECTS_TOTAL, PROJ_PLAN_NOT_CUMULATIVE, PROJ_PLAN_END, PROJ_FUNDS_SPLIT, PROJ_COST_CAP,
      PROJ_PLAN_PERCENT_HEADER, PROJ_PURPOSE_ITEMS, PROC_SUBTOTALS, PROC_FUNDING_SUM,
      PROC_BEYOND_PROJECT_BUDGET, PROC_QUANTITY_TIMES_PRICE, PROC_RESERVE_ABOVE_AMOUNT,
      PROC_BUDGET_NOT_PROJECT, PROC_TWO_BUDGETS, PROC_FRACTIONAL_QUANTITY,
      ASSET_COMPONENTS_NOT_SUM, ASSET_OF_WHICH_ABOVE_WHOLE, COMP_TABLE_MISSING,
      COMP_TABLES_OUT_OF_ORDER, COMP_EMPTY_TABLE_WITHOUT_NOTE, COMP_EMPTY_NOTE_ON_DATA,
      COMP_SECTION_WITHOUT_ITEMS, COMP_CLASS_WITHOUT_SECTIONS, COMP_SECTION_MISSING,
      COMP_THREE_PUBLIC_WITHOUT_REASON, COMP_PLACEHOLDER, COMP_WRONG_NAME,
      COMP_NAME_DIFFERS_ACROSS_TABLES, COMP_NEGATIVE_AMOUNT);

  private static final Map<String, Mutator> BY_NAME = byName();

  private Mutators() {}

  /**
   * Returns every mutator of the catalogue, area by area (ARITH, HIER, BAL, XT, TPUB, NARR,
   * PROJ, PROC, ASSET, COMP) and in rule order within an area.
   *
   * @return the mutators
   */
  public static List<Mutator> all() {
    return ALL;
  }

  /**
   * Returns the mutator of a name.
   *
   * @param name the name, as {@link Mutator#name()}
   * @return the mutator
   * @throws IllegalArgumentException if no mutator has that name
   */
  public static Mutator named(String name) {
    Mutator m = BY_NAME.get(Objects.requireNonNull(name, "name"));
    if (m == null) {
      throw new IllegalArgumentException("No mutator is named " + name + "; the names are "
          + BY_NAME.keySet());
    }
    return m;
  }

  private static Map<String, Mutator> byName() {
    Map<String, Mutator> map = new LinkedHashMap<>();
    for (Mutator m : ALL) {
      if (map.put(m.name(), m) != null) {
        throw new IllegalStateException("Two mutators are named " + m.name());
      }
    }
    return map;
  }

  private static FigureKind[] pair(FigureKind up, FigureKind down) {
    return new FigureKind[] {up, down};
  }

  private static Mutator of(String name, String ruleId,
      BiFunction<DepartmentBudget, Source, Optional<Broken>> body) {
    return new Named(name, ruleId, Set.of(), body);
  }

  private static Mutator of(String name, String ruleId, Set<String> alsoFires,
      BiFunction<DepartmentBudget, Source, Optional<Broken>> body) {
    return new Named(name, ruleId, alsoFires, body);
  }

  /** A mutator of the catalogue: its name, its rule and the change it makes. */
  private static final class Named implements Mutator {
    private final String name;
    private final String ruleId;
    private final Set<String> alsoFires;
    private final BiFunction<DepartmentBudget, Source, Optional<Broken>> body;

    Named(String name, String ruleId, Set<String> alsoFires,
        BiFunction<DepartmentBudget, Source, Optional<Broken>> body) {
      this.name = name;
      this.ruleId = ruleId;
      this.alsoFires = Set.copyOf(alsoFires);
      this.body = body;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String ruleId() {
      return ruleId;
    }

    @Override
    public Set<String> alsoFires() {
      return alsoFires;
    }

    @Override
    public Optional<Mutation> mutate(DepartmentBudget budget, Source source) {
      Objects.requireNonNull(budget, "budget");
      Objects.requireNonNull(source, "source");
      return body.apply(budget, source).map(x -> new Mutation(name, budget, x.budget, ruleId,
          x.location, x.description, alsoFires));
    }

    @Override
    public String toString() {
      return name + " (" + ruleId + ")";
    }
  }
}
