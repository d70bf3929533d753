package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Mutation;
import io.budgetkit.testkit.Mutator;
import io.budgetkit.testkit.Mutators;
import io.budgetkit.testkit.Presence;
import io.budgetkit.testkit.SeededSource;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One example per mutator of {@link Mutators}: on a fixed seed (budget and mutation drawn from
 * {@code SeededSource.of(seed)}), the ERROR and WARNING findings of the standard rules, in the
 * report's order. Each list was checked by hand against the mutated budget and the mutator's
 * design: the cells it changed and the ones its compensating changes leave broken (a row sum
 * broken in the 项, 款, 类 and 合计 rows it changed; two 类 when {@code d} moves between two; a
 * 小计 in each column changed…), the rule, row 序号, code and 栏次 of each finding, and nothing
 * else but the rules a mutator declares in {@link Mutator#alsoFires()}.
 *
 * <p>The examples do not depend on the defaults of {@link ConsistentBudgets}: they pin the
 * generator's configuration ({@link #pinned()}: 部门预算 of 2024, 20 to 40 rows, 2 to 4 projects,
 * 政府性基金, 国有资本经营 and other funds always present, so that 经营支出, 上解上级支出 and
 * procurement are there, the “三公” table in its {@code FULL} layout) and the bundled
 * classification catalog. Two mutators need another budget: {@code TPUB_TOTAL_UNDISCLOSED} the
 * {@code TOTAL_WITHOUT_MEETINGS} layout, {@code COMP_EMPTY_TABLE_WITHOUT_NOTE} a table printed
 * empty (no 国有资本经营 money). A seed is the first on which the mutator finds a place.
 *
 * <p>The lists still follow the generator's draws: a change of what {@link ConsistentBudgets}
 * or a mutator draws from a seed, or of the bundled catalog, changes the budgets and so the
 * findings. Then re-check each failing list by hand, as above, rather than copying the new
 * output: the failure message prints the mutation ({@link Mutation#toString()}: mutator, rule,
 * location and the change it made) and the generator's settings; compare the findings with the
 * cells that change names in the original and the mutated budget.
 */
class MutatorExamplesTest {

  /** The budgets of every example but two. */
  private static final ConsistentBudgets BUDGETS = pinned().build();
  /** A “三公” table whose 合计 counts 会议费 and 培训费 without printing them. */
  private static final ConsistentBudgets MEETINGS_NOT_PRINTED = pinned()
      .threePublicLayouts(ThreePublicLayout.TOTAL_WITHOUT_MEETINGS).build();
  /** The 国有资本经营 table printed empty, with its note. */
  private static final ConsistentBudgets NO_STATE_CAPITAL = pinned()
      .stateCapital(Presence.NEVER).build();

  /**
   * Returns the pinned configuration of the examples: every setting of the generator given
   * explicitly, none left to its defaults.
   *
   * @return a builder with those settings
   */
  private static ConsistentBudgets.Builder pinned() {
    return ConsistentBudgets.builder().kind(BudgetKind.DEPARTMENT).years(2024, 2024)
        .rows(20, 40).projects(2, 4).governmentFund(Presence.ALWAYS)
        .stateCapital(Presence.ALWAYS).otherFunds(Presence.ALWAYS)
        .threePublicLayouts(ThreePublicLayout.FULL).catalog(ClassificationCatalog.bundled());
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        example(BUDGETS, "ARITH_ROW_NOT_SUM_OF_COLUMNS", 1,
            "ERROR BK-ARITH-001 支出总表 序号1 合计 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号7 210 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号8 21014 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号10 2101499 栏次3（合计）"),
        example(BUDGETS, "ARITH_PERSONNEL_AS_PUBLIC", 1,
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号4 302 栏次4（人员经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号12 30227 栏次4（人员经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号13 303 栏次5（公用经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号15 30399 栏次5（公用经费）"),
        example(BUDGETS, "HIER_TOTAL_NOT_SUM_OF_CLASSES", 1,
            "ERROR BK-HIER-001 一般公共预算财政拨款基本支出表 序号1 合计 栏次3（合计）",
            "ERROR BK-HIER-001 一般公共预算财政拨款基本支出表 序号1 合计 栏次5（公用经费）"),
        example(BUDGETS, "HIER_CLASS_NOT_SUM_OF_SECTIONS", 1,
            "ERROR BK-HIER-002 一般公共预算财政拨款基本支出表 序号4 302 栏次3（合计）",
            "ERROR BK-HIER-002 一般公共预算财政拨款基本支出表 序号4 302 栏次5（公用经费）"),
        example(BUDGETS, "HIER_SECTION_NOT_SUM_OF_ITEMS", 1,
            "ERROR BK-HIER-003 支出总表 序号8 21014 栏次3（合计）",
            "ERROR BK-HIER-003 支出总表 序号8 21014 栏次7（上解上级支出）"),
        example(BUDGETS, "HIER_ORPHAN_ITEM", 1,
            "ERROR BK-HIER-004 支出总表 序号39 2012599"),
        example(BUDGETS, "HIER_DUPLICATE_ITEM", 1,
            "ERROR BK-HIER-005 支出总表 序号14 2110103"),
        example(BUDGETS, "HIER_ITEM_OUT_OF_PLACE", 1,
            "ERROR BK-HIER-006 支出总表 序号38 2101499"),
        example(BUDGETS, "BAL_INCOME_ITEMS_NOT_SUM", 1,
            "ERROR BK-BAL-001 收支总表 序号32 本年收入合计 栏次2（预算数）"),
        example(BUDGETS, "BAL_TOTAL_INCOME_NOT_SUM", 1,
            "ERROR BK-BAL-002 财政拨款收支总表 序号37 收入总计 栏次2（金额）"),
        example(BUDGETS, "BAL_CLASS_ROWS_NOT_SUM", 1,
            "ERROR BK-BAL-004 收支总表 序号33 本年支出合计 栏次4（预算数）"),
        example(BUDGETS, "BAL_CARRY_OVER_NOT_SUM_OF_SOURCES", 1,
            "ERROR BK-BAL-003 财政拨款收支总表 序号33 年初财政拨款结转和结余 栏次2（金额）"),
        example(BUDGETS, "BAL_TOTAL_EXPENDITURE_NOT_SUM", 1,
            "ERROR BK-BAL-005 收支总表 序号34 支出总计 栏次4（预算数）"),
        example(BUDGETS, "BAL_UNBALANCED", 1,
            "ERROR BK-BAL-006 收支总表 序号34 支出总计 栏次4（预算数）"),
        example(BUDGETS, "XT_SUMMARY_CLASSES", 1,
            "ERROR BK-XT-001 收支总表 序号11 十一、节能环保支出 栏次4（预算数）",
            "ERROR BK-XT-001 收支总表 序号13 十三、农林水支出 栏次4（预算数）"),
        example(BUDGETS, "XT_INCOME_CLASSES", 1,
            "ERROR BK-XT-002 收入总表 序号11 211 栏次3（合计）",
            "ERROR BK-XT-002 收入总表 序号25 215 栏次3（合计）"),
        example(BUDGETS, "XT_INCOME_SOURCES", 1,
            "ERROR BK-XT-004 收支总表 序号4 四、财政专户管理资金收入 栏次2（预算数）",
            "ERROR BK-XT-004 收入总表 序号1 合计 栏次5（财政拨款收入）"),
        example(BUDGETS, "XT_FISCAL_INCOME", 1,
            "ERROR BK-XT-005 财政拨款收支总表 序号1 一、一般公共预算拨款 栏次2（金额）",
            "ERROR BK-XT-005 财政拨款收支总表 序号2 二、政府性基金预算拨款 栏次2（金额）"),
        example(BUDGETS, "XT_GENERAL_PUBLIC_CLASSES", 1,
            "ERROR BK-XT-006 财政拨款收支总表 序号11 十一、节能环保支出 栏次5（一般公共预算财政拨款）",
            "ERROR BK-XT-006 财政拨款收支总表 序号13 十三、农林水支出 栏次5（一般公共预算财政拨款）"),
        example(BUDGETS, "XT_GOVERNMENT_FUND_CLASSES", 1,
            "ERROR BK-XT-007 财政拨款收支总表 序号11 十一、节能环保支出 栏次6（政府性基金预算财政拨款）",
            "ERROR BK-XT-007 财政拨款收支总表 序号15 十五、资源勘探工业信息等支出 栏次6（政府性基金预算财政拨款）"),
        example(BUDGETS, "XT_STATE_CAPITAL_CLASSES", 1,
            "ERROR BK-XT-008 财政拨款收支总表 序号11 十一、节能环保支出 栏次7（国有资本经营预算财政拨款）",
            "ERROR BK-XT-008 财政拨款收支总表 序号12 十二、城乡社区支出 栏次7（国有资本经营预算财政拨款）"),
        example(BUDGETS, "XT_BASIC_TOTAL", 1,
            "ERROR BK-XT-009 一般公共预算财政拨款支出表 序号1 合计 栏次4（基本支出）"),
        example(BUDGETS, "XT_THREE_PUBLIC_ITEM_ABOVE_LINE", 1,
            "ERROR BK-XT-010 一般公共预算财政拨款基本支出表 序号10 30217 栏次3（合计）"),
        example(BUDGETS, "XT_MEETINGS_ABOVE_LINE", 1,
            "ERROR BK-XT-011 一般公共预算财政拨款基本支出表 序号9 30216 栏次3（合计）"),
        example(BUDGETS, "XT_OPERATING_COSTS", 1,
            "WARNING BK-XT-012 情况说明·机关运行经费 “机关运行经费共计安排”"),
        example(BUDGETS, "XT_SOCIAL_INSURANCE", 14,
            "WARNING BK-XT-013 一般公共预算财政拨款基本支出表 序号7 30109 栏次3（合计）"),
        example(BUDGETS, "TPUB_SUBTOTAL_NOT_SUM", 1,
            "ERROR BK-TPUB-001 财政拨款“三公”经费支出表 序号2 “三公”经费小计 栏次3（一般公共预算财政拨款）",
            "ERROR BK-TPUB-001 财政拨款“三公”经费支出表 序号2 “三公”经费小计 栏次4（政府性基金预算拨款）"),
        example(BUDGETS, "TPUB_OVERSEAS_NOT_SUM", 1,
            "ERROR BK-TPUB-002 财政拨款“三公”经费支出表 序号3 一、因公出国（境）费 栏次2（合计）",
            "ERROR BK-TPUB-002 财政拨款“三公”经费支出表 序号3 一、因公出国（境）费 栏次3（一般公共预算财政拨款）"),
        example(BUDGETS, "TPUB_VEHICLES_NOT_SUM", 2,
            "ERROR BK-TPUB-003 财政拨款“三公”经费支出表 序号6 二、公务用车购置及运维费 栏次3（一般公共预算财政拨款）",
            "ERROR BK-TPUB-003 财政拨款“三公”经费支出表 序号6 二、公务用车购置及运维费 栏次4（政府性基金预算拨款）"),
        example(BUDGETS, "TPUB_MEETINGS_NOT_SUM", 1,
            "ERROR BK-TPUB-004 财政拨款“三公”经费支出表 序号10 四、会议费 栏次2（合计）",
            "ERROR BK-TPUB-004 财政拨款“三公”经费支出表 序号10 四、会议费 栏次3（一般公共预算财政拨款）"),
        example(BUDGETS, "TPUB_TOTAL_NOT_SUM", 1,
            "ERROR BK-TPUB-005 财政拨款“三公”经费支出表 序号1 合计 栏次2（合计）",
            "ERROR BK-TPUB-005 财政拨款“三公”经费支出表 序号1 合计 栏次3（一般公共预算财政拨款）"),
        example(MEETINGS_NOT_PRINTED, "TPUB_TOTAL_UNDISCLOSED", 1,
            "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次2（合计）",
            "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次3（一般公共预算财政拨款）"),
        example(BUDGETS, "NARR_INCOME_TOTAL", 1,
            "ERROR BK-NARR-001 情况说明·比上年增减情况 “预算收支安排”"),
        example(BUDGETS, "NARR_INCOME_SOURCES", 1,
            "ERROR BK-NARR-002 情况说明·收入说明 “一般公共预算收入”",
            "ERROR BK-NARR-002 情况说明·收入说明 “财政专户核拨收入”"),
        example(BUDGETS, "NARR_EXPENDITURE_TOTAL", 1,
            "ERROR BK-NARR-003 情况说明·支出说明 “支出预算”"),
        example(BUDGETS, "NARR_BASIC_EXPENDITURE", 1,
            "ERROR BK-NARR-005 情况说明·支出说明 “人员经费”",
            "ERROR BK-NARR-004 情况说明·支出说明 “基本支出”"),
        example(BUDGETS, "NARR_PERSONNEL_AND_PUBLIC", 1,
            "ERROR BK-NARR-005 情况说明·支出说明 “人员经费”",
            "ERROR BK-NARR-005 情况说明·支出说明 “日常公用经费”"),
        example(BUDGETS, "NARR_PROJECT_EXPENDITURE", 1,
            "ERROR BK-NARR-006 情况说明·支出说明 “项目支出”",
            "ERROR BK-NARR-009 情况说明·支出说明 “项目支出”"),
        example(BUDGETS, "NARR_THREE_PUBLIC", 1,
            "ERROR BK-NARR-007 情况说明·“三公”经费 “公务接待费”",
            "ERROR BK-NARR-007 情况说明·“三公”经费 “因公出国（境）费”"),
        example(BUDGETS, "NARR_PROJECT_AMOUNTS", 1,
            "ERROR BK-NARR-008 情况说明·支出说明 “办公设备更新经费”",
            "ERROR BK-NARR-008 情况说明·支出说明 “驻村帮扶工作经费”"),
        example(BUDGETS, "NARR_PROJECT_LIST_TOTAL", 1,
            "ERROR BK-NARR-008 情况说明·支出说明 “专家评审费”",
            "ERROR BK-NARR-009 情况说明·支出说明 “项目支出”"),
        example(BUDGETS, "NARR_FIXED_ASSETS", 1,
            "ERROR BK-NARR-010 情况说明·国有资产 “上年末固定资产金额为”"),
        example(BUDGETS, "NARR_PLANNED_PURCHASES", 1,
            "WARNING BK-NARR-011 情况说明·国有资产 “本年度拟购置固定资产总额为”"),
        example(BUDGETS, "NARR_STATED_TOTAL", 1,
            "ERROR BK-NARR-012 情况说明·机关运行经费 “机关运行经费共计安排”"),
        example(BUDGETS, "NARR_CHANGE_TOTAL", 1,
            "ERROR BK-NARR-013 情况说明·比上年增减情况 “较2023年预算增加”"),
        example(BUDGETS, "NARR_CHANGE_COMPONENTS", 1,
            "WARNING BK-NARR-014 情况说明·比上年增减情况 “项目支出增加”"),
        example(BUDGETS, "NARR_COMPONENT_DIRECTION", 1,
            "WARNING BK-NARR-015 情况说明·比上年增减情况 “信息化建设经费”"),
        example(BUDGETS, "PROJ_PROJECTS_TOTAL", 1,
            "ERROR BK-PROJ-001 支出总表 序号1 合计 栏次5（项目支出）",
            "ERROR BK-NARR-008 情况说明·支出说明 “专家评审费”"),
        example(BUDGETS, "PROJ_PLAN_NOT_CUMULATIVE", 1,
            "ERROR BK-PROJ-002 情况说明·项目绩效目标 「专家评审费」 “6月底”"),
        example(BUDGETS, "PROJ_PLAN_END", 1,
            "ERROR BK-PROJ-003 情况说明·项目绩效目标 「专家评审费」 “12月底”"),
        example(BUDGETS, "PROJ_FUNDS_SPLIT", 1,
            "ERROR BK-PROJ-004 情况说明·项目绩效目标 「专家评审费」 “预算数”"),
        example(BUDGETS, "PROJ_COST_CAP", 1,
            "WARNING BK-PROJ-005 情况说明·项目绩效目标 「专家评审费」 “预算支出金额”"),
        example(BUDGETS, "PROJ_PLAN_PERCENT_HEADER", 1,
            "WARNING BK-PROJ-006 情况说明·项目绩效目标 「专家评审费」 “资金支出计划（%）”"),
        example(BUDGETS, "PROJ_PURPOSE_ITEMS", 1,
            "WARNING BK-PROJ-007 情况说明·项目绩效目标 「专家评审费」 “资金用途”"),
        example(BUDGETS, "PROC_SUBTOTALS", 1,
            "ERROR BK-PROC-001 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次8（合计）",
            "ERROR BK-PROC-001 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次9（一般公共预算拨款）"),
        example(BUDGETS, "PROC_FUNDING_SUM", 1,
            "ERROR BK-PROC-002 情况说明·政府采购 「办公楼运行维护经费」 栏次8（合计） “信息系统运行维护服务”",
            "ERROR BK-PROC-002 情况说明·政府采购 「合计」 栏次8（合计）",
            "ERROR BK-PROC-002 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次8（合计）"),
        example(BUDGETS, "PROC_BEYOND_PROJECT_BUDGET", 1,
            "ERROR BK-PROC-003 情况说明·政府采购 「办公楼运行维护经费」 栏次2（预算资金） “物业管理服务”"),
        example(BUDGETS, "PROC_QUANTITY_TIMES_PRICE", 1,
            "WARNING BK-PROC-004 情况说明·政府采购 「办公楼运行维护经费」 栏次8（合计） “信息系统运行维护服务”"),
        example(BUDGETS, "PROC_RESERVE_ABOVE_AMOUNT", 1,
            "ERROR BK-PROC-005 情况说明·政府采购 「办公楼运行维护经费」 栏次15（预留中小微企业份额） “信息系统运行维护服务”"),
        example(BUDGETS, "PROC_BUDGET_NOT_PROJECT", 1,
            "WARNING BK-PROC-006 情况说明·政府采购 「办公楼运行维护经费」 栏次2（预算资金） “物业管理服务”"),
        example(BUDGETS, "PROC_TWO_BUDGETS", 1,
            "WARNING BK-PROC-007 情况说明·政府采购 「办公楼运行维护经费」 栏次2（预算资金） “信息系统运行维护服务”"),
        example(BUDGETS, "PROC_FRACTIONAL_QUANTITY", 1,
            "WARNING BK-PROC-008 情况说明·政府采购 「办公楼运行维护经费」 栏次6（数量） “信息系统运行维护服务”"),
        example(BUDGETS, "ASSET_COMPONENTS_NOT_SUM", 1,
            "ERROR BK-ASSET-001 情况说明·国有资产 「资产总额」 栏次3（价值）"),
        example(BUDGETS, "ASSET_OF_WHICH_ABOVE_WHOLE", 1,
            "ERROR BK-ASSET-002 情况说明·国有资产 「其中：办公用房（平方米）」 栏次3（价值）"),
        example(BUDGETS, "COMP_TABLE_MISSING", 1,
            "ERROR BK-COMP-001 财政拨款“三公”经费支出表"),
        example(BUDGETS, "COMP_TABLES_OUT_OF_ORDER", 1,
            "WARNING BK-COMP-002 收入总表"),
        example(NO_STATE_CAPITAL, "COMP_EMPTY_TABLE_WITHOUT_NOTE", 1,
            "ERROR BK-COMP-003 国有资本经营预算财政拨款支出表"),
        example(BUDGETS, "COMP_EMPTY_NOTE_ON_DATA", 1,
            "ERROR BK-COMP-004 支出总表 “注：无支出总表数据，空表列示。”"),
        example(BUDGETS, "COMP_SECTION_WITHOUT_ITEMS", 1,
            "ERROR BK-COMP-006 支出总表 序号8 21014"),
        example(BUDGETS, "COMP_CLASS_WITHOUT_SECTIONS", 1,
            "ERROR BK-COMP-007 一般公共预算财政拨款基本支出表 序号13 303"),
        example(BUDGETS, "COMP_SECTION_MISSING", 1,
            "ERROR BK-COMP-008 情况说明·比上年增减情况"),
        example(BUDGETS, "COMP_THREE_PUBLIC_WITHOUT_REASON", 1,
            "WARNING BK-COMP-009 情况说明·“三公”经费 “四、财政拨款“三公”经费预算情况及增减变化原因”"),
        example(BUDGETS, "COMP_PLACEHOLDER", 1,
            "ERROR BK-COMP-010 情况说明·预算安排的总体情况 “映在预算中。具体内容详见××门户网站。”"),
        example(BUDGETS, "COMP_WRONG_NAME", 1,
            "WARNING BK-COMP-011 收入总表 序号15 2110106 栏次2（科目名称）",
            "WARNING BK-COMP-011 支出总表 序号15 2110106 栏次2（科目名称）",
            "WARNING BK-COMP-011 一般公共预算财政拨款支出表 序号15 2110106 栏次2（科目名称）",
            "WARNING BK-COMP-011 政府性基金预算财政拨款支出表 序号10 2110106 栏次2（科目名称）"),
        example(BUDGETS, "COMP_NAME_DIFFERS_ACROSS_TABLES", 1,
            "WARNING BK-COMP-011 支出总表 序号15 2110106 栏次2（科目名称）",
            "WARNING BK-COMP-013 支出总表 序号15 2110106 栏次2（科目名称）"),
        example(BUDGETS, "COMP_NEGATIVE_AMOUNT", 1,
            "ERROR BK-COMP-014 情况说明·项目绩效目标 「专家评审费」 “其他资金”"));
  }

  private static Arguments example(ConsistentBudgets budgets, String mutator, long seed,
      String... findings) {
    return Arguments.of(mutator, seed, List.of(findings), budgets);
  }

  @ParameterizedTest(name = "{0} on seed {1}")
  @MethodSource("examples")
  void theMutationIsReportedWhereItsDesignSays(String name, long seed, List<String> findings,
      ConsistentBudgets budgets) {
    Mutator mutator = Mutators.named(name);
    DepartmentBudget budget = budgets.generate(SeededSource.of(seed));
    Mutation m = mutator.mutate(budget, SeededSource.of(seed)).orElseThrow(() ->
        new AssertionError(name + " finds no place in the budget of seed " + seed + " of "
            + budgets + ": pick another seed or configuration"));

    List<String> serious = RuleSet.standard().validate(m.budget()).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location().describe(Locale.CHINESE))
        .collect(Collectors.toList());
    assertThat(serious).as(m + " from " + budgets).containsExactlyElementsOf(findings);
    assertThat(RuleSet.standard().validate(budget).findings()).isEmpty();
  }

  @Test
  void everyMutatorHasAnExample() {
    assertThat(examples().map(a -> (String) a.get()[0]).collect(Collectors.toList()))
        .containsExactlyElementsOf(Mutators.all().stream().map(Mutator::name)
            .collect(Collectors.toList()));
  }
}
