package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Mutation;
import io.budgetkit.testkit.Mutator;
import io.budgetkit.testkit.Mutators;
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
 * report's order. Each list was checked by hand against the mutator's design: the rule it names,
 * at the cells its compensating changes leave broken (a row sum broken in the 项, 款, 类 and 合计
 * rows it changed; two 类 when {@code d} moves between two; a 小计 in each column changed…), and
 * nothing else but the rules a mutator declares in {@link Mutator#alsoFires()}.
 */
class MutatorExamplesTest {

  private static final ConsistentBudgets BUDGETS = ConsistentBudgets.standard();

  static Stream<Arguments> examples() {
    return Stream.of(
        example("ARITH_ROW_NOT_SUM_OF_COLUMNS", 1,
            "ERROR BK-ARITH-001 支出总表 序号1 合计 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号9 204 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号10 20402 栏次3（合计）",
            "ERROR BK-ARITH-001 支出总表 序号11 2040201 栏次3（合计）"),
        example("ARITH_PERSONNEL_AS_PUBLIC", 1,
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号2 301 栏次5（公用经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号4 30108 栏次5（公用经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号8 302 栏次4（人员经费）",
            "ERROR BK-ARITH-002 一般公共预算财政拨款基本支出表 序号10 30231 栏次4（人员经费）"),
        example("HIER_TOTAL_NOT_SUM_OF_CLASSES", 1,
            "ERROR BK-HIER-001 一般公共预算财政拨款基本支出表 序号1 合计 栏次3（合计）",
            "ERROR BK-HIER-001 一般公共预算财政拨款基本支出表 序号1 合计 栏次4（人员经费）"),
        example("HIER_CLASS_NOT_SUM_OF_SECTIONS", 1,
            "ERROR BK-HIER-002 一般公共预算财政拨款基本支出表 序号11 303 栏次3（合计）",
            "ERROR BK-HIER-002 一般公共预算财政拨款基本支出表 序号11 303 栏次4（人员经费）"),
        example("HIER_SECTION_NOT_SUM_OF_ITEMS", 1,
            "ERROR BK-HIER-003 支出总表 序号10 20402 栏次3（合计）",
            "ERROR BK-HIER-003 支出总表 序号10 20402 栏次7（上解上级支出）"),
        example("HIER_ORPHAN_ITEM", 1,
            "ERROR BK-HIER-004 支出总表 序号27 2080899"),
        example("HIER_DUPLICATE_ITEM", 1,
            "ERROR BK-HIER-005 支出总表 序号17 2080505"),
        example("HIER_ITEM_OUT_OF_PLACE", 1,
            "ERROR BK-HIER-006 支出总表 序号26 2040201"),
        example("BAL_INCOME_ITEMS_NOT_SUM", 1,
            "ERROR BK-BAL-001 收支总表 序号32 本年收入合计 栏次2（预算数）"),
        example("BAL_TOTAL_INCOME_NOT_SUM", 1,
            "ERROR BK-BAL-002 财政拨款收支总表 序号37 收入总计 栏次2（金额）"),
        example("BAL_CLASS_ROWS_NOT_SUM", 1,
            "ERROR BK-BAL-004 收支总表 序号33 本年支出合计 栏次4（预算数）"),
        example("BAL_CARRY_OVER_NOT_SUM_OF_SOURCES", 1,
            "ERROR BK-BAL-003 财政拨款收支总表 序号33 年初财政拨款结转和结余 栏次2（金额）"),
        example("BAL_TOTAL_EXPENDITURE_NOT_SUM", 1,
            "ERROR BK-BAL-005 收支总表 序号34 支出总计 栏次4（预算数）"),
        example("BAL_UNBALANCED", 1,
            "ERROR BK-BAL-006 收支总表 序号34 支出总计 栏次4（预算数）"),
        example("XT_SUMMARY_CLASSES", 1,
            "ERROR BK-XT-001 收支总表 序号8 八、社会保障和就业支出 栏次4（预算数）",
            "ERROR BK-XT-001 收支总表 序号12 十二、城乡社区支出 栏次4（预算数）"),
        example("XT_INCOME_CLASSES", 1,
            "ERROR BK-XT-002 收入总表 序号13 208 栏次3（合计）",
            "ERROR BK-XT-002 收入总表 序号22 221 栏次3（合计）"),
        example("XT_INCOME_SOURCES", 1,
            "ERROR BK-XT-004 收支总表 序号4 四、财政专户管理资金收入 栏次2（预算数）",
            "ERROR BK-XT-004 收入总表 序号1 合计 栏次5（财政拨款收入）"),
        example("XT_FISCAL_INCOME", 1,
            "ERROR BK-XT-005 财政拨款收支总表 序号1 一、一般公共预算拨款 栏次2（金额）",
            "ERROR BK-XT-005 财政拨款收支总表 序号2 二、政府性基金预算拨款 栏次2（金额）"),
        example("XT_GENERAL_PUBLIC_CLASSES", 1,
            "ERROR BK-XT-006 财政拨款收支总表 序号8 八、社会保障和就业支出 栏次5（一般公共预算财政拨款）",
            "ERROR BK-XT-006 财政拨款收支总表 序号12 十二、城乡社区支出 栏次5（一般公共预算财政拨款）"),
        example("XT_GOVERNMENT_FUND_CLASSES", 3,
            "ERROR BK-XT-007 财政拨款收支总表 序号4 四、公共安全支出 栏次6（政府性基金预算财政拨款）",
            "ERROR BK-XT-007 财政拨款收支总表 序号8 八、社会保障和就业支出 栏次6（政府性基金预算财政拨款）"),
        example("XT_STATE_CAPITAL_CLASSES", 4,
            "ERROR BK-XT-008 财政拨款收支总表 序号1 一、一般公共服务支出 栏次7（国有资本经营预算财政拨款）",
            "ERROR BK-XT-008 财政拨款收支总表 序号5 五、教育支出 栏次7（国有资本经营预算财政拨款）"),
        example("XT_BASIC_TOTAL", 1,
            "ERROR BK-XT-009 一般公共预算财政拨款支出表 序号1 合计 栏次4（基本支出）"),
        example("XT_THREE_PUBLIC_ITEM_ABOVE_LINE", 1,
            "ERROR BK-XT-010 一般公共预算财政拨款基本支出表 序号10 30231 栏次3（合计）"),
        example("XT_MEETINGS_ABOVE_LINE", 6,
            "ERROR BK-XT-011 一般公共预算财政拨款基本支出表 序号9 30215 栏次3（合计）"),
        example("XT_OPERATING_COSTS", 1,
            "WARNING BK-XT-012 情况说明·机关运行经费 “机关运行经费共计安排”"),
        example("XT_SOCIAL_INSURANCE", 1,
            "WARNING BK-XT-013 一般公共预算财政拨款基本支出表 序号5 30109 栏次3（合计）",
            "WARNING BK-XT-013 一般公共预算财政拨款基本支出表 序号7 30113 栏次3（合计）"),
        example("TPUB_SUBTOTAL_NOT_SUM", 1,
            "ERROR BK-TPUB-001 财政拨款“三公”经费支出表 序号2 “三公”经费小计 栏次3（一般公共预算财政拨款）",
            "ERROR BK-TPUB-001 财政拨款“三公”经费支出表 序号2 “三公”经费小计 栏次4（政府性基金预算拨款）"),
        example("TPUB_OVERSEAS_NOT_SUM", 1,
            "ERROR BK-TPUB-002 财政拨款“三公”经费支出表 序号3 一、因公出国（境）费 栏次2（合计）",
            "ERROR BK-TPUB-002 财政拨款“三公”经费支出表 序号3 一、因公出国（境）费 栏次3（一般公共预算财政拨款）"),
        example("TPUB_VEHICLES_NOT_SUM", 1,
            "ERROR BK-TPUB-003 财政拨款“三公”经费支出表 序号6 二、公务用车购置及运维费 栏次3（一般公共预算财政拨款）",
            "ERROR BK-TPUB-003 财政拨款“三公”经费支出表 序号6 二、公务用车购置及运维费 栏次4（政府性基金预算拨款）"),
        example("TPUB_MEETINGS_NOT_SUM", 2,
            "ERROR BK-TPUB-004 财政拨款“三公”经费支出表 序号10 四、会议费 栏次2（合计）",
            "ERROR BK-TPUB-004 财政拨款“三公”经费支出表 序号10 四、会议费 栏次3（一般公共预算财政拨款）"),
        example("TPUB_TOTAL_NOT_SUM", 1,
            "ERROR BK-TPUB-005 财政拨款“三公”经费支出表 序号1 合计 栏次2（合计）",
            "ERROR BK-TPUB-005 财政拨款“三公”经费支出表 序号1 合计 栏次3（一般公共预算财政拨款）"),
        example("TPUB_TOTAL_UNDISCLOSED", 1,
            "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次2（合计）",
            "WARNING BK-TPUB-006 财政拨款“三公”经费支出表 序号1 合计 栏次3（一般公共预算财政拨款）"),
        example("NARR_INCOME_TOTAL", 1,
            "ERROR BK-NARR-001 情况说明·比上年增减情况 “预算收支安排”"),
        example("NARR_INCOME_SOURCES", 1,
            "ERROR BK-NARR-002 情况说明·收入说明 “一般公共预算收入”",
            "ERROR BK-NARR-002 情况说明·收入说明 “财政专户核拨收入”"),
        example("NARR_EXPENDITURE_TOTAL", 3,
            "ERROR BK-NARR-003 情况说明·支出说明 “支出预算”"),
        example("NARR_BASIC_EXPENDITURE", 3,
            "ERROR BK-NARR-005 情况说明·支出说明 “人员经费”",
            "ERROR BK-NARR-004 情况说明·支出说明 “基本支出”"),
        example("NARR_PERSONNEL_AND_PUBLIC", 1,
            "ERROR BK-NARR-005 情况说明·支出说明 “人员经费”",
            "ERROR BK-NARR-005 情况说明·支出说明 “日常公用经费”"),
        example("NARR_PROJECT_EXPENDITURE", 3,
            "ERROR BK-NARR-006 情况说明·支出说明 “项目支出”",
            "ERROR BK-NARR-009 情况说明·支出说明 “项目支出”"),
        example("NARR_THREE_PUBLIC", 1,
            "ERROR BK-NARR-007 情况说明·“三公”经费 “公务用车购置费”",
            "ERROR BK-NARR-007 情况说明·“三公”经费 “公务用车运行维护费”"),
        example("NARR_PROJECT_AMOUNTS", 1,
            "ERROR BK-NARR-008 情况说明·支出说明 “专项审计经费”",
            "ERROR BK-NARR-008 情况说明·支出说明 “志愿服务活动经费”"),
        example("NARR_PROJECT_LIST_TOTAL", 1,
            "ERROR BK-NARR-008 情况说明·支出说明 “法律顾问服务费”",
            "ERROR BK-NARR-009 情况说明·支出说明 “项目支出”"),
        example("NARR_FIXED_ASSETS", 1,
            "ERROR BK-NARR-010 情况说明·国有资产 “上年末固定资产金额为”"),
        example("NARR_PLANNED_PURCHASES", 1,
            "WARNING BK-NARR-011 情况说明·国有资产 “本年度拟购置固定资产总额为”"),
        example("NARR_STATED_TOTAL", 1,
            "ERROR BK-NARR-012 情况说明·机关运行经费 “机关运行经费共计安排”"),
        example("NARR_CHANGE_TOTAL", 1,
            "ERROR BK-NARR-013 情况说明·比上年增减情况 “较2022年预算减少”"),
        example("NARR_CHANGE_COMPONENTS", 1,
            "WARNING BK-NARR-014 情况说明·比上年增减情况 “项目支出减少”"),
        example("NARR_COMPONENT_DIRECTION", 1,
            "WARNING BK-NARR-015 情况说明·比上年增减情况 “信息化建设经费”"),
        example("PROJ_PROJECTS_TOTAL", 1,
            "ERROR BK-PROJ-001 支出总表 序号1 合计 栏次5（项目支出）",
            "ERROR BK-NARR-008 情况说明·支出说明 “法律顾问服务费”"),
        example("PROJ_PLAN_NOT_CUMULATIVE", 1,
            "ERROR BK-PROJ-002 情况说明·项目绩效目标 「法律顾问服务费」 “6月底”"),
        example("PROJ_PLAN_END", 1,
            "ERROR BK-PROJ-003 情况说明·项目绩效目标 「法律顾问服务费」 “12月底”"),
        example("PROJ_FUNDS_SPLIT", 1,
            "ERROR BK-PROJ-004 情况说明·项目绩效目标 「法律顾问服务费」 “预算数”"),
        example("PROJ_COST_CAP", 1,
            "WARNING BK-PROJ-005 情况说明·项目绩效目标 「法律顾问服务费」 “预算支出金额”"),
        example("PROJ_PLAN_PERCENT_HEADER", 1,
            "WARNING BK-PROJ-006 情况说明·项目绩效目标 「法律顾问服务费」 “资金支出计划（%）”"),
        example("PROJ_PURPOSE_ITEMS", 1,
            "WARNING BK-PROJ-007 情况说明·项目绩效目标 「法律顾问服务费」 “资金用途”"),
        example("PROC_SUBTOTALS", 1,
            "ERROR BK-PROC-001 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次8（合计）",
            "ERROR BK-PROC-001 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次9（一般公共预算拨款）"),
        example("PROC_FUNDING_SUM", 1,
            "ERROR BK-PROC-002 情况说明·政府采购 「合计」 栏次8（合计）",
            "ERROR BK-PROC-002 情况说明·政府采购 「法律顾问服务费」 栏次8（合计） “复印纸”",
            "ERROR BK-PROC-002 情况说明·政府采购 「秦皇岛市北戴河区民政局本级小计」 栏次8（合计）"),
        example("PROC_BEYOND_PROJECT_BUDGET", 1,
            "ERROR BK-PROC-003 情况说明·政府采购 「法律顾问服务费」 栏次2（预算资金） “基础电信服务”"),
        example("PROC_QUANTITY_TIMES_PRICE", 1,
            "WARNING BK-PROC-004 情况说明·政府采购 「法律顾问服务费」 栏次8（合计） “复印纸”"),
        example("PROC_RESERVE_ABOVE_AMOUNT", 1,
            "ERROR BK-PROC-005 情况说明·政府采购 「法律顾问服务费」 栏次15（预留中小微企业份额） “复印纸”"),
        example("PROC_BUDGET_NOT_PROJECT", 1,
            "WARNING BK-PROC-006 情况说明·政府采购 「法律顾问服务费」 栏次2（预算资金） “基础电信服务”"),
        example("PROC_TWO_BUDGETS", 1,
            "WARNING BK-PROC-007 情况说明·政府采购 「法律顾问服务费」 栏次2（预算资金） “复印纸”"),
        example("PROC_FRACTIONAL_QUANTITY", 1,
            "WARNING BK-PROC-008 情况说明·政府采购 「法律顾问服务费」 栏次6（数量） “复印纸”"),
        example("ASSET_COMPONENTS_NOT_SUM", 1,
            "ERROR BK-ASSET-001 情况说明·国有资产 「资产总额」 栏次3（价值）"),
        example("ASSET_OF_WHICH_ABOVE_WHOLE", 1,
            "ERROR BK-ASSET-002 情况说明·国有资产 「其中：办公用房（平方米）」 栏次3（价值）"),
        example("COMP_TABLE_MISSING", 1,
            "ERROR BK-COMP-001 财政拨款“三公”经费支出表"),
        example("COMP_TABLES_OUT_OF_ORDER", 1,
            "WARNING BK-COMP-002 收入总表"),
        example("COMP_EMPTY_TABLE_WITHOUT_NOTE", 1,
            "ERROR BK-COMP-003 国有资本经营预算财政拨款支出表"),
        example("COMP_EMPTY_NOTE_ON_DATA", 1,
            "ERROR BK-COMP-004 一般公共预算财政拨款支出表 “注：无一般公共预算财政拨款支出表数据，空表列示。”"),
        example("COMP_SECTION_WITHOUT_ITEMS", 1,
            "ERROR BK-COMP-006 支出总表 序号10 20402"),
        example("COMP_CLASS_WITHOUT_SECTIONS", 1,
            "ERROR BK-COMP-007 一般公共预算财政拨款基本支出表 序号11 303"),
        example("COMP_SECTION_MISSING", 1,
            "ERROR BK-COMP-008 情况说明·比上年增减情况"),
        example("COMP_THREE_PUBLIC_WITHOUT_REASON", 1,
            "WARNING BK-COMP-009 情况说明·“三公”经费 “四、财政拨款“三公”经费预算情况及增减变化原因”"),
        example("COMP_PLACEHOLDER", 1,
            "ERROR BK-COMP-010 情况说明·预算安排的总体情况 “映在预算中。具体内容详见××门户网站。”"),
        example("COMP_WRONG_NAME", 1,
            "WARNING BK-COMP-011 收入总表 序号9 204 栏次2（科目名称）",
            "WARNING BK-COMP-011 支出总表 序号9 204 栏次2（科目名称）",
            "WARNING BK-COMP-011 一般公共预算财政拨款支出表 序号9 204 栏次2（科目名称）"),
        example("COMP_NAME_DIFFERS_ACROSS_TABLES", 1,
            "WARNING BK-COMP-011 支出总表 序号9 204 栏次2（科目名称）",
            "WARNING BK-COMP-013 支出总表 序号9 204 栏次2（科目名称）"),
        example("COMP_NEGATIVE_AMOUNT", 1,
            "ERROR BK-COMP-014 情况说明·项目绩效目标 「法律顾问服务费」 “其他资金”"));
  }

  private static Arguments example(String mutator, long seed, String... findings) {
    return Arguments.of(mutator, seed, List.of(findings));
  }

  @ParameterizedTest(name = "{0} on seed {1}")
  @MethodSource("examples")
  void theMutationIsReportedWhereItsDesignSays(String name, long seed, List<String> findings) {
    Mutator mutator = Mutators.named(name);
    DepartmentBudget budget = BUDGETS.generate(SeededSource.of(seed));
    Mutation m = mutator.mutate(budget, SeededSource.of(seed)).orElseThrow();

    List<String> serious = RuleSet.standard().validate(m.budget()).findings().stream()
        .filter(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.location().describe(Locale.CHINESE))
        .collect(Collectors.toList());
    assertThat(serious).as(m.toString()).containsExactlyElementsOf(findings);
    assertThat(RuleSet.standard().validate(budget).findings()).isEmpty();
  }

  @Test
  void everyMutatorHasAnExample() {
    assertThat(examples().map(a -> (String) a.get()[0]).collect(Collectors.toList()))
        .containsExactlyElementsOf(Mutators.all().stream().map(Mutator::name)
            .collect(Collectors.toList()));
  }
}
