package io.budgetkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.SectionKind;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Amounts too large to add up are the document's problem (issue 10, defect 12): a sum or
 * difference beyond what an {@link Amount} holds (a {@code long} of fen) used to escape a rule as
 * an {@link ArithmeticException} and be reported as “这是 BudgetKit 的缺陷”. Now every rule that
 * adds or compares amounts reports an ERROR under the message key {@code overflow} at the cell
 * it could not check.
 */
class AmountOverflowTest {

  /** Half the largest amount and one fen: any two of them add up to more than an Amount holds. */
  private static final String HUGE = Amount.ofFen(Long.MAX_VALUE / 2 + 1).toString();
  private static final String WAN = HUGE + "万元";

  /**
   * Every part of a budget where two amounts of {@link #HUGE} are added: a row's parts, 类 and
   * 款 and 项, the 收支总表's income items and 类, both sides' closing rows, the 三公 lines, the
   * narrative's stated sums, changes and listed projects, projects' funds, caps and purposes,
   * procurement lines, asset rows.
   */
  private static DepartmentBudget huge() {
    return DepartmentBudget.builder().department("980", "测试部门").year(2025)
        .summary(t -> t
            .row("一、一般公共预算拨款收入", HUGE, "一般公共服务支出", HUGE)
            .row("二、政府性基金预算拨款收入", HUGE, "外交支出", HUGE)
            .row("本年收入合计", HUGE, "本年支出合计", HUGE)
            .row("上年结转结余", HUGE, "年终结转结余", HUGE)
            .row("收入总计", HUGE, "支出总计", HUGE))
        .income(t -> t.total("", "", "1.00"))
        .expenditure(t -> t
            .total(HUGE, "", "1.00")
            .row("201", "一般公共服务支出", HUGE, HUGE, HUGE)
            .row("20101", "人大事务", HUGE)
            .row("2010101", "行政运行", HUGE)
            .row("2010102", "一般行政管理事务", HUGE)
            .row("20102", "政协事务", HUGE)
            .row("202", "外交支出", HUGE))
        .generalPublicExpenditure(t -> t
            .total("1.00", "1.00")
            .row("210", "卫生健康支出", "1.00", "1.00")
            .row("21011", "行政事业单位医疗", "1.00", "1.00")
            .row("2101101", "行政单位医疗", HUGE, HUGE)
            .row("2101102", "事业单位医疗", HUGE, HUGE))
        .basicExpenditure(t -> t
            .total("1.00", "1.00")
            .row("301", "工资福利支出", "1.00", "1.00")
            .row("30110", "职工基本医疗保险缴费", "1.00", "1.00"))
        .threePublic(t -> t
            .row("合计", HUGE)
            .row("“三公”经费小计", HUGE)
            .row("一、因公出国（境）费", HUGE)
            .row("其中：教学科研人员因公出国（境）费", HUGE)
            .row("其他因公出国（境）费", HUGE)
            .row("二、公务用车购置及运维费", HUGE)
            .row("其中：公务用车购置费", HUGE)
            .row("公务用车运行维护费", HUGE)
            .row("三、公务接待费", HUGE)
            .row("四、会议费", HUGE)
            .row("其中：省属高校业务性会议费", HUGE)
            .row("其他会议费", HUGE)
            .row("五、培训费", HUGE))
        .narrative(n -> n
            .section(SectionKind.EXPENDITURE, "2、支出说明", "支出预算" + WAN + "，基本支出" + WAN
                + "，项目支出" + WAN + "，主要为甲项目" + WAN + "，乙项目" + WAN + "。")
            .figure(FigureKind.EXPENDITURE, "支出预算", WAN)
            .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", WAN)
            .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", WAN)
            .figure(FigureKind.PROJECT_AMOUNT, "甲项目", "甲项目", WAN)
            .figure(FigureKind.PROJECT_AMOUNT, "乙项目", "乙项目", WAN)
            .section(SectionKind.CHANGE, "3、比上年增减情况", "较上年增加" + WAN + "，其中：基本支出增加"
                + WAN + "，项目支出增加" + WAN + "，主要是人员增加" + WAN + "，设备增加" + WAN + "。")
            .figure(FigureKind.CHANGE_TOTAL, "较上年增加", WAN)
            .figure(FigureKind.CHANGE_BASIC, "基本支出增加", WAN)
            .figure(FigureKind.CHANGE_COMPONENT, "人员增加", WAN)
            .figure(FigureKind.CHANGE_COMPONENT, "设备增加", WAN)
            .figure(FigureKind.CHANGE_PROJECT, "项目支出增加", WAN)
            .section(SectionKind.ASSETS, "六、国有资产信息", "拟购置固定资产" + WAN + "。")
            .figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, "拟购置固定资产", WAN))
        .project(p -> p.name("甲项目").budget(HUGE).fiscalFunds(HUGE).otherFunds(HUGE)
            .purpose("1、设备" + WAN + "；2、服务" + WAN + "。")
            .indicator("产出指标", "成本指标", "设备成本", "设备成本", "≤" + WAN, "预算")
            .indicator("产出指标", "成本指标", "服务成本", "服务成本", "≤" + WAN, "预算"))
        .project(p -> p.name("乙项目").budget(HUGE))
        .procurement(p -> p
            .total("合计", HUGE, HUGE)
            .subtotal("测试部门小计", HUGE, HUGE)
            .item("甲项目", HUGE, "设备", "A02010105", "台", "1", HUGE, HUGE, HUGE, HUGE)
            .item("甲项目", HUGE, "服务器", "A02010104", "台", "1", HUGE, HUGE, HUGE))
        .fixedAssets(a -> a
            .row("资产总额", "", HUGE)
            .row("1、房屋", "1", HUGE)
            .row("2、车辆", "1", HUGE))
        .build();
  }

  @Test
  void everyRuleThatAddsUpTwoHugeAmountsReportsThemAsTooLargeNotAsADefect() {
    ValidationReport report = RuleSet.standard().validate(huge());

    assertThat(report.findings()).noneMatch(f -> f.messageKey().equals("internal"));
    Set<String> overflowing = report.findings().stream()
        .filter(f -> f.messageKey().equals("overflow")).map(Finding::ruleId)
        .collect(Collectors.toCollection(TreeSet::new));
    // The rules that add two of the amounts above (each by the part of huge() named here).
    assertThat(overflowing).containsAll(List.of(
        "BK-ARITH-001", // 201: 基本支出 + 项目支出
        "BK-HIER-001", "BK-HIER-002", "BK-HIER-003", // 201 + 202, 20101 + 20102, 2010101 + 2
        "BK-BAL-001", "BK-BAL-002", "BK-BAL-004", "BK-BAL-005", // both sides of the 收支总表
        "BK-XT-004", // 一般公共预算拨款收入 + 政府性基金预算拨款收入
        "BK-XT-013", // 2101101 + 2101102 against 30110
        "BK-TPUB-001", "BK-TPUB-002", "BK-TPUB-003", "BK-TPUB-004", "BK-TPUB-005",
        "BK-NARR-009", "BK-NARR-011", "BK-NARR-012", "BK-NARR-013", "BK-NARR-014",
        "BK-PROJ-001", "BK-PROJ-004", "BK-PROJ-005", "BK-PROJ-007",
        "BK-PROC-001", "BK-PROC-002", "BK-PROC-003",
        "BK-ASSET-001"));
    assertThat(report.findings()).filteredOn(f -> f.messageKey().equals("overflow"))
        .allMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void theFindingNamesTheCellThatCouldNotBeCheckedInBothLanguages() {
    ValidationReport report = RuleSet.standard().validate(huge());

    // 合计 of row 201 (序号2) = 基本支出 + 项目支出, both printed as HUGE.
    Finding row = report.findings("BK-ARITH-001").stream()
        .filter(f -> f.messageKey().equals("overflow")).findFirst().orElseThrow();
    assertThat(row.location().table()).contains(TableKind.EXPENDITURE);
    assertThat(row.location().code()).contains("201");
    assertThat(row.location().column()).hasValue(3);
    assertThat(row.related()).hasSize(2);
    assertThat(row.message(Locale.CHINESE))
        .startsWith("支出总表 序号2 201 栏次3（合计） 印刷的金额过大，无法与相关的 2 个数相加或比较")
        .contains("9223372036854.775807 万元").doesNotContain("缺陷");
    assertThat(row.message(Locale.ENGLISH))
        .startsWith("The amounts printed at 支出总表 row 2 201 column 3 (合计) are too large to add up")
        .doesNotContain("defect");
  }

  @Test
  void twoRowsOfTheLargestAmountsAddedUpAreAFindingOfTheTable() {
    // Amount.ofFen(Long.MAX_VALUE) and one fen less in the two 类 under 合计.
    String max = Amount.ofFen(Long.MAX_VALUE).toString();
    String almost = Amount.ofFen(Long.MAX_VALUE - 1).toString();
    DepartmentBudget b = DepartmentBudget.builder().department("980", "测试部门").year(2025)
        .expenditure(t -> t.total(max).row("201", "一般公共服务支出", max)
            .row("202", "外交支出", almost))
        .build();

    ValidationReport report = RuleSet.hierarchy().validate(b);

    assertThat(report.findings("BK-HIER-001")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("overflow");
      assertThat(f.location()).isEqualTo(Location.builder().table(TableKind.EXPENDITURE).row(1)
          .code("合计").column(3).columnName("合计").build());
    });
  }

  @Test
  void aHostRuleWhoseAmountsOverflowReportsTheDocumentNotADefect() {
    Rule adds = Rule.of("BK-HOST-001", Severity.WARNING, "adds two amounts",
        (budget, findings) -> Amount.ofFen(Long.MAX_VALUE).plus(Amount.ofFen(1)));
    Rule divides = Rule.of("BK-HOST-002", Severity.WARNING, "divides by zero",
        (budget, findings) -> findings.report(Location.builder().build(),
            f -> f.putArguments("ratio", Integer.toString(1 / budget.projects().size()))));
    DepartmentBudget b = DepartmentBudget.builder().department("980", "测试部门").year(2025)
        .build();

    ValidationReport report = RuleSet.of("host", List.of(adds, divides)).validate(b);

    assertThat(report.findings("BK-HOST-001")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("overflow.document");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.message(Locale.CHINESE)).startsWith("规则 BK-HOST-001 无法核对本文件：文件中的金额过大");
    });
    // Any other arithmetic failure is a defect of the rule, and says so.
    assertThat(report.findings("BK-HOST-002")).singleElement().satisfies(f -> {
      assertThat(f.messageKey()).isEqualTo("internal");
      assertThat(f.message(Locale.CHINESE)).contains("这是 BudgetKit 的缺陷");
    });
  }
}
