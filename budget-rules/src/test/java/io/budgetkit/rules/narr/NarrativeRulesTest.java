package io.budgetkit.rules.narr;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NarrativeRulesTest {

  private static final RuleSet ALL = RuleSet.of("narr", NarrativeRules.rules());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  private static List<Finding> strict(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).tolerance(Tolerance.STRICT).validate(b).findings();
  }

  private static Amount a(String s) {
    return Amount.parse(s);
  }

  /** A 收支总表 of 部门预算 rows 1-5, a 类 row and the closing rows 32-34. */
  private static BudgetBuilder summary(BudgetBuilder b, String general, String current,
      String carryover, String total) {
    return b.summary(t -> t
        .row(1, "一、一般公共预算拨款收入", general, "一、一般公共服务支出", current)
        .row(2, "二、政府性基金预算拨款收入", "", "二、外交支出")
        .row(3, "三、国有资本经营预算拨款收入", "", "三、国防支出")
        .row(4, "四、财政专户管理资金收入", "", "四、公共安全支出")
        .row(5, "五、单位资金", "", "五、教育支出")
        .row(32, "本年收入合计", current, "本年支出合计", current)
        .row(33, "上年结转结余", carryover, "年终结转结余")
        .row(34, "收入总计", total, "支出总计", total));
  }

  private static Location summaryIncome(int row, String item) {
    return Location.builder().table(TableKind.SUMMARY).row(row).code(item).column(2)
        .columnName("预算数").build();
  }

  private static Location expenditureTotal(int column, String name) {
    return Location.builder().table(TableKind.EXPENDITURE).row(1).code("合计").column(column)
        .columnName(name).build();
  }

  private static Location project(String name) {
    return Location.builder().section(SectionKind.PROJECTS).subject(name).words("预算数").build();
  }

  private static void assertFinding(Finding f, String rule, Severity severity, Location at,
      String actual, String expected) {
    assertThat(f.ruleId()).isEqualTo(rule);
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.location()).isEqualTo(at);
    if (actual == null) {
      assertThat(f.actual()).isEmpty();
    } else {
      assertThat(f.actual()).contains(a(actual));
    }
    if (expected == null) {
      assertThat(f.expected()).isEmpty();
    } else {
      assertThat(f.expected()).contains(a(expected));
    }
    // Every placeholder of the message is filled, in both languages.
    assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
    assertThat(f.message(Locale.CHINESE)).doesNotContain("{");
  }

  private static DepartmentBudget narrative(BudgetBuilder b, Consumer<Narrative.Builder> n) {
    return b.narrative(n).build();
  }

  @Test
  void nothingToCompareIsNoFinding() {
    // No table, no project, figures that are no sums of money: every rule skips, none throws.
    DepartmentBudget b = narrative(budget(), n -> n
        .figure(FigureKind.INCOME, "预算收入", "若干")
        .figure(FigureKind.PROJECT_AMOUNT, "甲", "甲", "100万元")
        .figure(FigureKind.CHANGE_COMPONENT, "乙", "乙增加", "5%")
        .figure(FigureKind.THREE_PUBLIC, "“三公”经费", "1.00万元")
        .figure(FigureKind.FIXED_ASSETS, "固定资产", "3.00万元")
        .figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, "拟购置", "1.00万元"));

    assertThat(ALL.validate(budget().build()).findings()).isEmpty();
    assertThat(ALL.validate(b).findings()).isEmpty();
  }

  // ---- BK-NARR-001 -------------------------------------------------------------------------

  @Nested
  class IncomeTotal {

    @Test
    void passesWhenTheStatedIncomeIsTheTotalIncome() {
      DepartmentBudget b = narrative(summary(budget(), "2143.14", "2143.14", "", "2143.14"),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "2025年预算收入2143.14万元。")
              .figure(FigureKind.INCOME, "预算收入", "2143.14万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).isEmpty();
    }

    @Test
    void firesAtTheFigureWithTheTotalRelated() {
      DepartmentBudget b = narrative(summary(budget(), "2143.14", "2143.14", "", "2143.14"),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "2025年预算收入2134.14万元。")
              .figure(FigureKind.INCOME, "预算收入", "2134.14万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-001", Severity.ERROR, Location.of(SectionKind.INCOME, "预算收入"),
            "2134.14", "2143.14");
        assertThat(f.difference()).contains(a("-9.00"));
        assertThat(f.related()).containsExactly(summaryIncome(34, "收入总计"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The narrative states 2134.14 for “预算收入”,"
            + " but 收支总表 序号34 收入总计 栏次2（预算数） prints 2143.14 (difference -9.00).");
        assertThat(f.message(Locale.CHINESE)).isEqualTo("情况说明“预算收入”为 2134.14，"
            + "而 收支总表 序号34 收入总计 栏次2（预算数） 为 2143.14（相差 -9.00）。");
      });
    }

    @Test
    void aFigureThatLeavesOutTheCarryoverIsAWarning() {
      // 本年收入合计 100.00 + 上年结转结余 20.00 = 收入总计 120.00; the narrative says 100.00.
      DepartmentBudget b = narrative(summary(budget(), "100.00", "100.00", "20.00", "120.00"),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "预算收入100.00万元。")
              .figure(FigureKind.INCOME, "预算收入", "100.00万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-001", Severity.WARNING,
            Location.of(SectionKind.INCOME, "预算收入"), "100.00", "120.00");
        assertThat(f.messageKey()).isEqualTo("BK-NARR-001.currentYear");
        assertThat(f.related()).containsExactly(summaryIncome(34, "收入总计"),
            summaryIncome(32, "本年收入合计"));
      });
    }

    @Test
    void checksTheBudgetOfTheChangeParagraphToo() {
      DepartmentBudget b = narrative(summary(budget(), "2143.14", "2143.14", "", "2143.14"),
          n -> n.section(SectionKind.CHANGE, "3、比上年增减情况", "2025年预算收支安排2134.14万元。")
              .figure(FigureKind.CHANGE_BASE, "预算收支安排", "2134.14万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f ->
          assertFinding(f, "BK-NARR-001", Severity.ERROR,
              Location.of(SectionKind.CHANGE, "预算收支安排"), "2134.14", "2143.14"));
    }

    @Test
    void aCentOfDifferenceIsARoundingNoteUnlessStrict() {
      DepartmentBudget b = narrative(summary(budget(), "2143.14", "2143.14", "", "2143.14"),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "预算收入2143.15万元。")
              .figure(FigureKind.INCOME, "预算收入", "2143.15万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.messageKey()).isEqualTo("rounding");
      });
      assertThat(strict(NarrativeRules.INCOME_TOTAL, b)).singleElement()
          .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void fallsBackOnTheIncomeTableWithoutASummaryTable() {
      DepartmentBudget b = narrative(budget().income(t -> t.total("500.00", "500.00", "500.00")),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "预算收入600.00万元。")
              .figure(FigureKind.INCOME, "预算收入", "600.00万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-001", Severity.ERROR, Location.of(SectionKind.INCOME, "预算收入"),
            "600.00", "500.00");
        assertThat(f.related()).containsExactly(Location.builder().table(TableKind.INCOME)
            .row(1).code("合计").column(3).columnName("合计").build());
      });
    }

    @Test
    void aFigureWhoseTextIsNowhereHasNoSection() {
      // Section 二 printed as one paragraph (haigang-government-office-2024 L1577-1580): a
      // figure read from elsewhere keeps its words but no section.
      DepartmentBudget b = narrative(summary(budget(), "10.00", "10.00", "", "10.00"),
          n -> n.section(SectionKind.OVERVIEW, "二、部门预算安排的总体情况", "按照预算管理有关规定…")
              .figure(FigureKind.INCOME, "预算收入", "11.00万元"));

      assertThat(run(NarrativeRules.INCOME_TOTAL, b)).singleElement().satisfies(f ->
          assertThat(f.location()).isEqualTo(Location.builder().words("预算收入").build()));
    }
  }

  // ---- BK-NARR-002 -------------------------------------------------------------------------

  @Nested
  class IncomeSources {

    private DepartmentBudget stated(String general, String fund) {
      return narrative(summary(budget(), "2143.14", "2143.14", "", "2143.14"),
          n -> n.section(SectionKind.INCOME, "1、收入说明", "其中：一般公共预算收入" + general
                  + "万元，基金预算收入" + fund + "万元，上年结转结余0.00万元。")
              .figure(FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", general + "万元")
              .figure(FigureKind.INCOME_GOVERNMENT_FUND, "基金预算收入", fund + "万元")
              .figure(FigureKind.INCOME_CARRYOVER, "上年结转结余", "0.00万元"));
    }

    @Test
    void passesWhenEverySourceIsItsRow() {
      assertThat(run(NarrativeRules.INCOME_SOURCES, stated("2143.14", "0.00"))).isEmpty();
    }

    @Test
    void firesAtTheSourceWithItsRowRelated() {
      List<Finding> found = run(NarrativeRules.INCOME_SOURCES, stated("2143.14", "12.00"));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-002", Severity.ERROR,
            Location.of(SectionKind.INCOME, "基金预算收入"), "12.00", "0.00");
        assertThat(f.related()).containsExactly(summaryIncome(2, "二、政府性基金预算拨款收入"));
      });
    }

    @Test
    void unitFundsOfAUnitBudgetAreTheSumOfItsFiveRows() {
      // 单位预算 layout (LAYOUTS.md §3): 五、事业收入 … 九、其他收入 instead of 五、单位资金.
      DepartmentBudget b = budget().unitBudget()
          .summary(t -> t
              .row(1, "一、一般公共预算拨款收入", "60.00", "一、一般公共服务支出", "100.00")
              .row(5, "五、事业收入", "30.00", "五、教育支出")
              .row(9, "九、其他收入", "10.00", "九、社会保险基金支出")
              .row(34, "收入总计", "100.00", "支出总计", "100.00"))
          .narrative(n -> n.section(SectionKind.INCOME, "1、收入说明", "单位资金收入50.00万元。")
              .figure(FigureKind.INCOME_UNIT_FUNDS, "单位资金收入", "50.00万元"))
          .build();

      assertThat(run(NarrativeRules.INCOME_SOURCES, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-002", Severity.ERROR,
            Location.of(SectionKind.INCOME, "单位资金收入"), "50.00", "40.00");
        assertThat(f.related()).containsExactly(summaryIncome(5, "五、事业收入"),
            summaryIncome(9, "九、其他收入"));
      });
    }
  }

  // ---- BK-NARR-003 … 006 -------------------------------------------------------------------

  @Nested
  class ExpenditureFigures {

    private DepartmentBudget stated(String total, String basic, String personnel, String pub,
        String project) {
      return narrative(budget()
              .expenditure(t -> t.total("2143.14", "181.04", "1962.10"))
              .basicExpenditure(t -> t.total("181.04", "175.46", "5.58")),
          n -> n.section(SectionKind.EXPENDITURE, "2、支出说明", "2025年支出预算" + total
                  + "万元，其中基本支出" + basic + "万元，包括人员经费" + personnel + "万元和日常公用经费"
                  + pub + "万元；项目支出" + project + "万元。")
              .figure(FigureKind.EXPENDITURE, "支出预算", total + "万元")
              .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", basic + "万元")
              .figure(FigureKind.PERSONNEL, "人员经费", personnel + "万元")
              .figure(FigureKind.PUBLIC_EXPENSES, "日常公用经费", pub + "万元")
              .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", project + "万元"));
    }

    @Test
    void passWhenEveryFigureIsItsCell() {
      DepartmentBudget b = stated("2143.14", "181.04", "175.46", "5.58", "1962.10");

      assertThat(ALL.validate(b).findings()).isEmpty();
    }

    @Test
    void expenditureFiresAgainstTheTotalColumn() {
      DepartmentBudget b = stated("2143.41", "181.04", "175.46", "5.58", "1962.10");

      assertThat(run(NarrativeRules.EXPENDITURE_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-003", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "支出预算"), "2143.41", "2143.14");
        assertThat(f.related()).containsExactly(expenditureTotal(3, "合计"));
      });
    }

    @Test
    void expenditureFallsBackOnTheSummaryTable() {
      DepartmentBudget b = narrative(summary(budget(), "10.00", "10.00", "", "10.00"),
          n -> n.section(SectionKind.EXPENDITURE, "2、支出说明", "支出预算12.00万元")
              .figure(FigureKind.EXPENDITURE, "支出预算", "12.00万元"));

      assertThat(run(NarrativeRules.EXPENDITURE_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-003", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "支出预算"), "12.00", "10.00");
        assertThat(f.related()).containsExactly(Location.builder().table(TableKind.SUMMARY)
            .row(32).code("本年支出合计").column(4).columnName("预算数").build());
      });
    }

    @Test
    void basicExpenditureFiresAgainstTheBasicColumn() {
      DepartmentBudget b = stated("2143.14", "180.04", "175.46", "5.58", "1962.10");

      assertThat(run(NarrativeRules.BASIC_EXPENDITURE, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-004", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "基本支出"), "180.04", "181.04");
        assertThat(f.related()).containsExactly(expenditureTotal(4, "基本支出"));
      });
    }

    @Test
    void personnelAndPublicFireAgainstTheBasicExpenditureTable() {
      DepartmentBudget b = stated("2143.14", "181.04", "175.64", "5.85", "1962.10");

      List<Finding> found = run(NarrativeRules.PERSONNEL_AND_PUBLIC, b);

      assertThat(found).hasSize(2);
      assertFinding(found.get(0), "BK-NARR-005", Severity.ERROR,
          Location.of(SectionKind.EXPENDITURE, "人员经费"), "175.64", "175.46");
      assertThat(found.get(0).related()).containsExactly(Location.builder()
          .table(TableKind.BASIC_EXPENDITURE).row(1).code("合计").column(4).columnName("人员经费")
          .build());
      assertFinding(found.get(1), "BK-NARR-005", Severity.ERROR,
          Location.of(SectionKind.EXPENDITURE, "日常公用经费"), "5.85", "5.58");
      assertThat(found.get(1).related()).containsExactly(Location.builder()
          .table(TableKind.BASIC_EXPENDITURE).row(1).code("合计").column(5).columnName("公用经费")
          .build());
    }

    @Test
    void projectExpenditureFiresAgainstTheProjectColumn() {
      DepartmentBudget b = stated("2143.14", "181.04", "175.46", "5.58", "1926.10");

      assertThat(run(NarrativeRules.PROJECT_EXPENDITURE, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-006", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "项目支出"), "1926.10", "1962.10");
        assertThat(f.related()).containsExactly(expenditureTotal(5, "项目支出"));
      });
    }

    @Test
    void noTableNoFinding() {
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出1.00万元")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "1.00万元"));

      assertThat(run(NarrativeRules.PROJECT_EXPENDITURE, b)).isEmpty();
    }
  }

  // ---- BK-NARR-007 -------------------------------------------------------------------------

  @Nested
  class ThreePublic {

    private Consumer<Narrative.Builder> stated(String total, String reception) {
      return n -> n.section(SectionKind.THREE_PUBLIC, "四、财政拨款“三公”经费预算情况及增减变化原因",
              "“三公”经费预算安排" + total + "万元，其中因公出国（境）费0.00万元；公务接待费" + reception
                  + "万元。")
          .figure(FigureKind.THREE_PUBLIC, "“三公”经费预算安排", total + "万元")
          .figure(FigureKind.THREE_PUBLIC_OVERSEAS, "因公出国（境）费", "0.00万元")
          .figure(FigureKind.THREE_PUBLIC_RECEPTION, "公务接待费", reception + "万元");
    }

    @Test
    void anEmptyTableIsAllZeros() {
      // Layout A (haigang-development-service-center-2025 L1397-1428).
      DepartmentBudget zeros = narrative(budget().threePublic(t -> t
          .note("注：无财政拨款“三公”经费支出预算，空表列示。")), stated("0.00", "0.00"));
      DepartmentBudget some = narrative(budget().threePublic(t -> t
          .note("注：无财政拨款“三公”经费支出预算，空表列示。")), stated("0.05", "0.05"));

      assertThat(run(NarrativeRules.THREE_PUBLIC, zeros)).isEmpty();
      List<Finding> found = run(NarrativeRules.THREE_PUBLIC, some);
      assertThat(found).hasSize(2);
      assertFinding(found.get(0), "BK-NARR-007", Severity.ERROR,
          Location.of(SectionKind.THREE_PUBLIC, "“三公”经费预算安排"), "0.05", "0.00");
      assertThat(found.get(0).related()).containsExactly(Location.of(TableKind.THREE_PUBLIC));
      assertFinding(found.get(1), "BK-NARR-007", Severity.ERROR,
          Location.of(SectionKind.THREE_PUBLIC, "公务接待费"), "0.05", "0.00");
    }

    @Test
    void theTotalIsTheSubtotalWhenTheTableCountsMeetingsAndTraining() {
      // Layout D (etdz-public-security-bureau-2024 L496-516): 合计 124.59, 小计 104.07.
      DepartmentBudget b = narrative(budget().threePublic(t -> t
          .row("合计", "124.59", "124.59")
          .row("“三公”经费小计", "104.07", "104.07")
          .row("一、因公出国(境)费")
          .row("三、公务接待费", "6.81", "6.81")), stated("104.07", "6.81"));

      assertThat(run(NarrativeRules.THREE_PUBLIC, b)).isEmpty();
    }

    @Test
    void withoutASubtotalRowTheTotalRowIsCompared() {
      DepartmentBudget b = narrative(budget().threePublic(t -> t
          .row("合计", "6.81", "6.81")
          .row("三、公务接待费", "6.81", "6.81")), stated("7.81", "6.81"));

      assertThat(run(NarrativeRules.THREE_PUBLIC, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-007", Severity.ERROR,
            Location.of(SectionKind.THREE_PUBLIC, "“三公”经费预算安排"), "7.81", "6.81");
        assertThat(f.related()).containsExactly(Location.builder().table(TableKind.THREE_PUBLIC)
            .row(1).code("合计").column(2).columnName("合计").build());
      });
    }

    @Test
    void firesAtALineWithItsCellRelated() {
      // Layout C (haigang-government-office-2024 L1453-1530): no 合计, explicit zeros.
      DepartmentBudget b = narrative(budget().threePublic(t -> t
          .row("“三公”经费小计", "9.69", "9.69")
          .row("一、因公出国（境）费", "0", "0")
          .row("三、公务接待费", "0.68", "0.68")), stated("9.69", "0.86"));

      assertThat(run(NarrativeRules.THREE_PUBLIC, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-007", Severity.ERROR,
            Location.of(SectionKind.THREE_PUBLIC, "公务接待费"), "0.86", "0.68");
        assertThat(f.related()).containsExactly(Location.builder().table(TableKind.THREE_PUBLIC)
            .row(3).code("三、公务接待费").column(2).columnName("合计").build());
      });
    }
  }

  // ---- BK-NARR-008, 009 --------------------------------------------------------------------

  @Nested
  class ProjectAmounts {

    private BudgetBuilder projects(BudgetBuilder b) {
      return b
          .expenditure(t -> t.total("300.00", "", "300.00"))
          .project(p -> p.name("云视频及网络安全运维（含餐饮平台WL）").budget("40.30"))
          .project(p -> p.name("视频监控系统租赁费").budget("200.00"))
          .project(p -> p.name("运行维护费").budget("59.70"));
    }

    @Test
    void namesMatchAcrossParenthesesTraditionalCharactersAndGenericEndings() {
      // The PDF writes 視頻監控系統租賃費 and 運行維護經費 (etdz-public-security-bureau-2024 L555);
      // the DOCX writes (含餐饮平台WL) with half-width parentheses (haigang… L1457).
      DepartmentBudget b = narrative(projects(budget()), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出300.00万元，主要为：云视频及网络安全运维"
              + "(含餐饮平台WL)40.3万元，视频监控系統租賃費200萬元，運行維護經費59.7萬元。")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "300.00万元")
          .figure(FigureKind.PROJECT_AMOUNT, "云视频及网络安全运维(含餐饮平台WL)",
              "云视频及网络安全运维(含餐饮平台WL)", "40.3万元")
          .figure(FigureKind.PROJECT_AMOUNT, "视频监控系統租賃費", "视频监控系統租賃費", "200萬元")
          .figure(FigureKind.PROJECT_AMOUNT, "運行維護經費", "運行維護經費", "59.7萬元"));

      assertThat(run(NarrativeRules.PROJECT_AMOUNTS, b)).isEmpty();
      assertThat(run(NarrativeRules.PROJECT_LIST_TOTAL, b)).isEmpty();
    }

    @Test
    void aWrongAmountFiresAtTheFigureWithTheProjectRelated() {
      DepartmentBudget b = narrative(projects(budget()), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "運行維護經費57.9萬元")
          .figure(FigureKind.PROJECT_AMOUNT, "運行維護經費", "運行維護經費", "57.9萬元"));

      assertThat(run(NarrativeRules.PROJECT_AMOUNTS, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-008", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "運行維護經費"), "57.90", "59.70");
        assertThat(f.related()).containsExactly(project("运行维护费"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The narrative states 57.90 for the"
            + " project “運行維護經費”, but its 绩效目标表 “运行维护费” prints a 预算数 of 59.70"
            + " (difference -1.80).");
      });
    }

    @Test
    void aPrefixOrSuffixDifferenceStillMatches() {
      DepartmentBudget b = narrative(budget()
              .project(p -> p.name("智慧社区建设项目").budget("397.10"))
              .project(p -> p.name("东区检查站扩建项目").budget("40.00")),
          n -> n.section(SectionKind.EXPENDITURE, "2、支出说明", "智慧社區397.1萬元，检查站扩建40万元")
              .figure(FigureKind.PROJECT_AMOUNT, "智慧社區", "智慧社區", "397.1萬元")
              .figure(FigureKind.PROJECT_AMOUNT, "检查站扩建", "检查站扩建", "40万元"));

      assertThat(run(NarrativeRules.PROJECT_AMOUNTS, b)).isEmpty();
    }

    @Test
    void shortNamesMatchOnceTheirGenericEndingIsDropped() {
      // 印刷经费 and 印刷费 share the stem 印刷, too short to match as a mere prefix.
      DepartmentBudget b = narrative(budget().project(p -> p.name("印刷费").budget("10.00")),
          n -> n.section(SectionKind.EXPENDITURE, "2、支出说明", "印刷经费12万元")
              .figure(FigureKind.PROJECT_AMOUNT, "印刷经费", "印刷经费", "12万元"));

      assertThat(run(NarrativeRules.PROJECT_AMOUNTS, b)).singleElement().satisfies(f ->
          assertFinding(f, "BK-NARR-008", Severity.ERROR,
              Location.of(SectionKind.EXPENDITURE, "印刷经费"), "12.00", "10.00"));
    }

    @Test
    void anUnmatchedProjectIsAWarning() {
      DepartmentBudget b = narrative(projects(budget()), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "智慧海港综合指挥平台维保项目685万元")
          .figure(FigureKind.PROJECT_AMOUNT, "智慧海港综合指挥平台维保项目", "智慧海港综合指挥平台维保项目",
              "685万元"));

      assertThat(run(NarrativeRules.PROJECT_AMOUNTS, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-008", Severity.WARNING,
            Location.of(SectionKind.EXPENDITURE, "智慧海港综合指挥平台维保项目"), null, null);
        assertThat(f.messageKey()).isEqualTo("BK-NARR-008.unmatched");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The narrative lists the project"
            + " “智慧海港综合指挥平台维保项目” (685.00 万元), but no 项目绩效目标表 bears that name.");
      });
    }

    @Test
    void aCompleteListMustAddUpToTheStatedProjectExpenditure() {
      // Every project is listed; 40.30 + 200.00 + 59.70 = 300.00 but 项目支出 says 310.00.
      DepartmentBudget b = narrative(projects(budget()), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出310.00万元，主要为：云视频及网络安全运维"
              + "（含餐饮平台WL）40.30万元，视频监控系统租赁费200.00万元，运行维护费59.70万元。")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "310.00万元")
          .figure(FigureKind.PROJECT_AMOUNT, "云视频及网络安全运维（含餐饮平台WL）",
              "云视频及网络安全运维（含餐饮平台WL）", "40.30万元")
          .figure(FigureKind.PROJECT_AMOUNT, "视频监控系统租赁费", "视频监控系统租赁费", "200.00万元")
          .figure(FigureKind.PROJECT_AMOUNT, "运行维护费", "运行维护费", "59.70万元"));

      assertThat(run(NarrativeRules.PROJECT_LIST_TOTAL, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-009", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "项目支出"), "310.00", "300.00");
        assertThat(f.related()).hasSize(3).first().isEqualTo(Location.of(
            SectionKind.EXPENDITURE, "云视频及网络安全运维（含餐饮平台WL）"));
      });
    }

    @Test
    void aPartialListMayFallShortButNotExceed() {
      Consumer<Narrative.Builder> shortList = n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出300.00万元，主要为运行维护费59.70万元。")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "300.00万元")
          .figure(FigureKind.PROJECT_AMOUNT, "运行维护费", "运行维护费", "59.70万元");
      Consumer<Narrative.Builder> tooMuch = n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出50.00万元，主要为运行维护费59.70万元。")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "50.00万元")
          .figure(FigureKind.PROJECT_AMOUNT, "运行维护费", "运行维护费", "59.70万元");

      assertThat(run(NarrativeRules.PROJECT_LIST_TOTAL, narrative(projects(budget()), shortList)))
          .isEmpty();
      assertThat(run(NarrativeRules.PROJECT_LIST_TOTAL, narrative(projects(budget()), tooMuch)))
          .singleElement().satisfies(f -> {
            assertFinding(f, "BK-NARR-009", Severity.ERROR,
                Location.of(SectionKind.EXPENDITURE, "项目支出"), "50.00", "59.70");
            assertThat(f.messageKey()).isEqualTo("BK-NARR-009.exceeds");
          });
    }
  }

  // ---- BK-NARR-010, 011 --------------------------------------------------------------------

  @Nested
  class Assets {

    private DepartmentBudget stated(String assets, String planned) {
      return narrative(budget()
              .fixedAssets(f -> f.row("资产总额", "", "217.83").row("4、其他固定资产", "606", "217.83"))
              .procurement(p -> p
                  .item("无纸化办公系统经费", "248.00", "其他信息化设备", "A02019900", "批", "1", "248.00",
                      "248.00", "248.00")
                  .item("重点工作经费", "65.00", "速印机", "A02021201", "台", "1", "5.00", "5.00", "5.00")
                  .item("资料印刷费", "10.00", "其他印刷服务", "C23090199", "年", "1", "10.00", "10.00",
                      "10.00")),
          n -> n.section(SectionKind.ASSETS, "九、国有资产信息", "上年末固定资产金额为" + assets
                  + "万元（详见下表）。本年度拟购置固定资产总额为" + planned + "万元，已按要求列入政府采购预算。")
              .figure(FigureKind.FIXED_ASSETS, "上年末固定资产金额为", assets + "万元")
              .figure(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES, "本年度拟购置固定资产总额为",
                  planned + "万元"));
    }

    @Test
    void passWhenTheAssetsAreTheTotalAndThePurchasesAreGoods() {
      // Goods (A…) 248.00 + 5.00 = 253.00; the service line C… does not count.
      assertThat(ALL.validate(stated("217.83", "253")).findings()).isEmpty();
      assertThat(ALL.validate(stated("217.83", "0.00")).findings()).isEmpty();
    }

    @Test
    void theAssetsFireAgainstTheAssetTotal() {
      assertThat(run(NarrativeRules.FIXED_ASSETS, stated("271.83", "0"))).singleElement()
          .satisfies(f -> {
            assertFinding(f, "BK-NARR-010", Severity.ERROR,
                Location.of(SectionKind.ASSETS, "上年末固定资产金额为"), "271.83", "217.83");
            assertThat(f.related()).containsExactly(Location.builder()
                .section(SectionKind.ASSETS).subject("资产总额").words("价值").build());
          });
    }

    @Test
    void purchasesAboveTheGoodsOfTheProcurementBudgetAreAWarning() {
      assertThat(run(NarrativeRules.PLANNED_PURCHASES, stated("217.83", "263"))).singleElement()
          .satisfies(f -> {
            assertFinding(f, "BK-NARR-011", Severity.WARNING,
                Location.of(SectionKind.ASSETS, "本年度拟购置固定资产总额为"), "263.00", "253.00");
            assertThat(f.related()).containsExactly(
                Location.builder().section(SectionKind.PROCUREMENT).subject("无纸化办公系统经费")
                    .words("其他信息化设备").build(),
                Location.builder().section(SectionKind.PROCUREMENT).subject("重点工作经费")
                    .words("速印机").build());
          });
    }
  }

  // ---- BK-NARR-012 -------------------------------------------------------------------------

  @Nested
  class StatedTotals {

    @Test
    void passesWhenEveryTotalIsItsParts() {
      DepartmentBudget b = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget();

      assertThat(run(NarrativeRules.STATED_TOTALS, b)).isEmpty();
    }

    @Test
    void basicExpenditureIsPersonnelPlusPublicExpenses() {
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明",
              "基本支出181.04万元，包括人员经费175.46万元和日常公用经费5.85万元")
          .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", "181.04万元")
          .figure(FigureKind.PERSONNEL, "人员经费", "175.46万元")
          .figure(FigureKind.PUBLIC_EXPENSES, "日常公用经费", "5.85万元"));

      assertThat(run(NarrativeRules.STATED_TOTALS, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-012", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "基本支出"), "181.04", "181.31");
        assertThat(f.related()).containsExactly(Location.of(SectionKind.EXPENDITURE, "人员经费"),
            Location.of(SectionKind.EXPENDITURE, "日常公用经费"));
        assertThat(f.arguments()).containsEntry("parts", "人员经费 + 日常公用经费");
      });
    }

    @Test
    void expenditureMayExceedBasicPlusProjectsWhenTheTableSpendsOnOtherThingsToo() {
      // The 支出总表 prints 经营支出 1.00 in its 合计 row: 支出 10.00 = 基本 4.00 + 项目 5.00 + 1.00.
      BudgetBuilder withOperations = budget().expenditure(t -> t.total("10.00", "4.00", "5.00",
          "1.00"));
      DepartmentBudget holds = narrative(withOperations, n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明",
              "支出预算10.00万元，其中基本支出4.00万元，项目支出5.00万元")
          .figure(FigureKind.EXPENDITURE, "支出预算", "10.00万元")
          .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", "4.00万元")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "5.00万元"));
      DepartmentBudget exceeds = narrative(budget().expenditure(t -> t.total("10.00", "4.00",
          "5.00", "1.00")), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明",
              "支出预算10.00万元，其中基本支出4.00万元，项目支出7.00万元")
          .figure(FigureKind.EXPENDITURE, "支出预算", "10.00万元")
          .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", "4.00万元")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "7.00万元"));

      assertThat(run(NarrativeRules.STATED_TOTALS, holds)).isEmpty();
      // 4.00 + 7.00 = 11.00 > 10.00: the parts exceed the whole.
      assertThat(run(NarrativeRules.STATED_TOTALS, exceeds)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-012", Severity.ERROR,
            Location.of(SectionKind.EXPENDITURE, "支出预算"), "11.00", "10.00");
        assertThat(f.messageKey()).isEqualTo("BK-NARR-012.part");
      });
    }

    @Test
    void operatingCostsAreTheSumOfTheirItems() {
      // haigang-government-office-2024 L1581 lists nine items; two here, one mistyped.
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.OPERATING_COSTS, "三、机关运行经费安排情况",
              "机关运行经费共计安排61.50万元，包括办公费11.50万元，租赁费5万元。")
          .figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", "61.50万元")
          .figure(FigureKind.OPERATING_COSTS_COMPONENT, "办公费", "办公费", "11.50万元")
          .figure(FigureKind.OPERATING_COSTS_COMPONENT, "租赁费", "租赁费", "5万元"));

      assertThat(run(NarrativeRules.STATED_TOTALS, b)).singleElement().satisfies(f ->
          assertFinding(f, "BK-NARR-012", Severity.ERROR,
              Location.of(SectionKind.OPERATING_COSTS, "机关运行经费共计安排"), "61.50", "16.50"));
    }

    @Test
    void threePublicIsItsThreePartsAndVehiclesTheirTwo() {
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.THREE_PUBLIC, "四、“三公”",
              "“三公”经费预算安排9.69万元，其中：因公出国（境）费0万元；公务用车购置及运维费9.10万元，"
                  + "（其中：公务用车购置费0万元，公务用车运行维护费9.01万元）；公务接待费0.68万元。")
          .figure(FigureKind.THREE_PUBLIC, "“三公”经费预算安排", "9.69万元")
          .figure(FigureKind.THREE_PUBLIC_OVERSEAS, "因公出国（境）费", "0万元")
          .figure(FigureKind.THREE_PUBLIC_VEHICLES, "公务用车购置及运维费", "9.10万元")
          .figure(FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE, "公务用车购置费", "0万元")
          .figure(FigureKind.THREE_PUBLIC_VEHICLE_OPERATION, "公务用车运行维护费", "9.01万元")
          .figure(FigureKind.THREE_PUBLIC_RECEPTION, "公务接待费", "0.68万元"));

      List<Finding> found = run(NarrativeRules.STATED_TOTALS, b);

      // 9.69 ≠ 0 + 9.10 + 0.68 = 9.78; 9.10 ≠ 0 + 9.01.
      assertThat(found).hasSize(2);
      assertFinding(found.get(0), "BK-NARR-012", Severity.ERROR,
          Location.of(SectionKind.THREE_PUBLIC, "“三公”经费预算安排"), "9.69", "9.78");
      assertFinding(found.get(1), "BK-NARR-012", Severity.ERROR,
          Location.of(SectionKind.THREE_PUBLIC, "公务用车购置及运维费"), "9.10", "9.01");
    }

    @Test
    void anEnumerationOfSourcesIsTheWholeIncomeButOneSourceIsOnlyAPart() {
      DepartmentBudget two = narrative(budget(), n -> n
          .section(SectionKind.INCOME, "1、收入说明", "预算收入100.00万元，其中：一般公共预算收入90.00万元，"
              + "单位资金收入5.00万元。")
          .figure(FigureKind.INCOME, "预算收入", "100.00万元")
          .figure(FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", "90.00万元")
          .figure(FigureKind.INCOME_UNIT_FUNDS, "单位资金收入", "5.00万元"));
      DepartmentBudget one = narrative(budget(), n -> n
          .section(SectionKind.INCOME, "1、收入说明", "预算收入100.00万元，其中：一般公共预算收入90.00万元。")
          .figure(FigureKind.INCOME, "预算收入", "100.00万元")
          .figure(FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", "90.00万元"));
      DepartmentBudget more = narrative(budget(), n -> n
          .section(SectionKind.INCOME, "1、收入说明", "预算收入100.00万元，其中：一般公共预算收入110.00万元。")
          .figure(FigureKind.INCOME, "预算收入", "100.00万元")
          .figure(FigureKind.INCOME_GENERAL_PUBLIC, "一般公共预算收入", "110.00万元"));

      assertThat(run(NarrativeRules.STATED_TOTALS, two)).singleElement().satisfies(f ->
          assertFinding(f, "BK-NARR-012", Severity.ERROR, Location.of(SectionKind.INCOME, "预算收入"),
              "100.00", "95.00"));
      assertThat(run(NarrativeRules.STATED_TOTALS, one)).isEmpty();
      assertThat(run(NarrativeRules.STATED_TOTALS, more)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-012", Severity.ERROR,
            Location.of(SectionKind.INCOME, "一般公共预算收入"), "110.00", "100.00");
        assertThat(f.messageKey()).isEqualTo("BK-NARR-012.part");
      });
    }

    @Test
    void narrativeDecimalsAreComparedExactlyWithinRounding() {
      // 397.096 + 0.004 = 397.10 exactly; 397.096 alone is 0.004 short: a rounding note.
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.EXPENDITURE, "2、支出说明",
              "支出预算397.10万元，其中基本支出0.00万元，项目支出397.096万元")
          .figure(FigureKind.EXPENDITURE, "支出预算", "397.10万元")
          .figure(FigureKind.BASIC_EXPENDITURE, "基本支出", "0.00万元")
          .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "397.096万元"));

      assertThat(run(NarrativeRules.STATED_TOTALS, b)).singleElement().satisfies(f -> {
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.difference()).contains(a("0.004"));
      });
      assertThat(strict(NarrativeRules.STATED_TOTALS, b)).singleElement()
          .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }
  }

  // ---- BK-NARR-013 … 015 -------------------------------------------------------------------

  @Nested
  class Changes {

    @Test
    void theTotalChangeIsTheSignedSumOfBasicAndProjectChanges() {
      // haigang-development-service-center-2025 L1459: +1775.87 = −31.83 + 1807.70.
      DepartmentBudget ok = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();
      DepartmentBudget wrong = narrative(budget(), n -> n
          .section(SectionKind.CHANGE, "3、比上年增减情况",
              "较2024年预算增加1839.53万元，其中：基本支出减少31.83万元。项目支出增加1807.70万元。")
          .figure(FigureKind.CHANGE_TOTAL, "较2024年预算增加", "1839.53万元")
          .figure(FigureKind.CHANGE_BASIC, "基本支出减少", "31.83万元")
          .figure(FigureKind.CHANGE_PROJECT, "项目支出增加", "1807.70万元"));

      assertThat(run(NarrativeRules.CHANGE_TOTAL, ok)).isEmpty();
      assertThat(run(NarrativeRules.CHANGE_TOTAL, wrong)).singleElement().satisfies(f -> {
        // 1839.53 is 1807.70 + 31.83: the decrease was added instead of subtracted.
        assertFinding(f, "BK-NARR-013", Severity.ERROR,
            Location.of(SectionKind.CHANGE, "较2024年预算增加"), "1839.53", "1775.87");
        assertThat(f.related()).containsExactly(Location.of(SectionKind.CHANGE, "基本支出减少"),
            Location.of(SectionKind.CHANGE, "项目支出增加"));
      });
    }

    private Consumer<Narrative.Builder> components(String change, String last, String tail) {
      return n -> n
          .section(SectionKind.CHANGE, "3、比上年增减情况", "项目支出减少" + change
              + "万元，主要为：创安公司经费减少144.94万元，人脸识别测温系统运维费用" + last + "万元" + tail)
          .figure(FigureKind.CHANGE_PROJECT, "项目支出减少", change + "万元")
          .figure(FigureKind.CHANGE_COMPONENT, "创安公司经费", "创安公司经费减少", "144.94万元")
          .figure(FigureKind.CHANGE_COMPONENT, "人脸识别测温系统运维费用", "人脸识别测温系统运维费用",
              last + "万元");
    }

    @Test
    void aChangeIsTheSumOfItsComponents() {
      // −144.94 + (−18.41, read in the change's direction) = −163.35.
      assertThat(run(NarrativeRules.CHANGE_COMPONENTS,
          narrative(budget(), components("163.35", "18.41", "。")))).isEmpty();
    }

    @Test
    void aChangeThatItsComponentsDoNotExplainIsAWarning() {
      List<Finding> found = run(NarrativeRules.CHANGE_COMPONENTS,
          narrative(budget(), components("562.49", "18.41", "。")));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-014", Severity.WARNING,
            Location.of(SectionKind.CHANGE, "项目支出减少"), "-562.49", "-163.35");
        assertThat(f.related()).containsExactly(Location.of(SectionKind.CHANGE, "创安公司经费减少"),
            Location.of(SectionKind.CHANGE, "人脸识别测温系统运维费用"));
      });
    }

    @Test
    void aListEndingWithEtcIsOnlyANote() {
      // etdz-public-security-bureau-2024 L559: "…18.41万元等。"
      List<Finding> found = run(NarrativeRules.CHANGE_COMPONENTS,
          narrative(budget(), components("562.49", "18.41", "等。")));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-014", Severity.INFO,
            Location.of(SectionKind.CHANGE, "项目支出减少"), "-562.49", "-163.35");
        assertThat(f.messageKey()).isEqualTo("BK-NARR-014.partial");
      });
    }

    @Test
    void aListEndingWithEtcThatExplainsTooMuchIsStillAWarning() {
      List<Finding> found = run(NarrativeRules.CHANGE_COMPONENTS,
          narrative(budget(), components("100.00", "18.41", "等。")));

      assertThat(found).singleElement().satisfies(f ->
          assertFinding(f, "BK-NARR-014", Severity.WARNING,
              Location.of(SectionKind.CHANGE, "项目支出减少"), "-100.00", "-163.35"));
    }

    @Test
    void etcIsAlsoReadFromTheSubject() {
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.CHANGE, "3、比上年增减情况", "基本支出增加100.00万元，主要为人员薪酬等增加60.00万元。")
          .figure(FigureKind.CHANGE_BASIC, "基本支出增加", "100.00万元")
          .figure(FigureKind.CHANGE_COMPONENT, "人员薪酬等", "人员薪酬等增加", "60.00万元"));

      assertThat(run(NarrativeRules.CHANGE_COMPONENTS, b)).singleElement()
          .extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void componentsBelongToTheChangeBeforeThemInReadingOrder() {
      // The basic change has its one component; the project change has none listed.
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.CHANGE, "3、比上年增减情况",
              "基本支出增加2395.43万元，主要为人员薪酬、各项保险增加2395.43万元。项目支出减少562.49万元。")
          .figure(FigureKind.CHANGE_BASIC, "基本支出增加", "2395.43万元")
          .figure(FigureKind.CHANGE_COMPONENT, "人员薪酬、各项保险", "人员薪酬、各项保险增加",
              "2395.43万元")
          .figure(FigureKind.CHANGE_PROJECT, "项目支出减少", "562.49万元"));

      assertThat(run(NarrativeRules.CHANGE_COMPONENTS, b)).isEmpty();
    }

    @Test
    void aComponentWithoutADirectionAmongDirectedOnesIsAWarning() {
      List<Finding> found = run(NarrativeRules.COMPONENT_DIRECTION,
          narrative(budget(), components("163.35", "18.41", "。")));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-015", Severity.WARNING,
            Location.of(SectionKind.CHANGE, "人脸识别测温系统运维费用"), "18.41", null);
        assertThat(f.related()).containsExactly(Location.of(SectionKind.CHANGE, "项目支出减少"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The component “人脸识别测温系统运维费用” of the"
            + " change “项目支出减少” states no direction while the others do; it is read as 减少.");
      });
    }

    @Test
    void componentsThatAllLeaveOutTheDirectionPass() {
      DepartmentBudget b = narrative(budget(), n -> n
          .section(SectionKind.CHANGE, "3、比上年增减情况", "项目支出增加40.00万元，主要为甲项目30万元；乙项目10万元。")
          .figure(FigureKind.CHANGE_PROJECT, "项目支出增加", "40.00万元")
          .figure(FigureKind.CHANGE_COMPONENT, "甲项目", "甲项目", "30万元")
          .figure(FigureKind.CHANGE_COMPONENT, "乙项目", "乙项目", "10万元"));

      assertThat(run(NarrativeRules.COMPONENT_DIRECTION, b)).isEmpty();
      assertThat(run(NarrativeRules.CHANGE_COMPONENTS, b)).isEmpty();
    }
  }

  // ---- the fixtures ------------------------------------------------------------------------

  @Nested
  class Fixtures {

    @Test
    void haigangDevelopmentServiceCenter2025() {
      List<Finding> found = ALL.validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget())
          .findings();

      // L1459: "项目支出增加1807.70万元，主要为数字网格化管理平台项目34.6万元；云视频及网络安全运维
      // (含餐饮平台WL)40.3万元；人员车辆大数据治安管控系统运维（WL）155.2万元；智慧海港…（WL）；
      // 公共安全视频监控…（WL）；政务外网及网络安全项目因机构改革划转给数政局。" The three amounts are
      // the projects' whole 2025 budgets (L1457 lists the same), not changes, and add up to 230.10;
      // two projects follow without amounts and the list does not end with 等: a warning.
      // Everything else holds: income 2143.14 = 收入总计 and its six sources (L1455), expenditure
      // 2143.14 = 181.04 + 1962.10 with 175.46 + 5.58 (L1457), the three listed project amounts
      // equal their 预算数 (names written with other parentheses, L1457 vs L1498/L1593/L1783),
      // the change 1775.87 = −31.83 + 1807.70 (L1459), “三公” all 0.00 against the empty table
      // (L1463, L1397-1428), assets 122.61 = 资产总额 (L2145, L2154), planned purchases 0.00.
      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-NARR-014", Severity.WARNING,
            Location.of(SectionKind.CHANGE, "项目支出增加"), "1807.70", "230.10");
        assertThat(f.difference()).contains(a("1577.60"));
        // The components are those of the change paragraph, though L1457 repeats them word for
        // word in the 支出说明 before it.
        assertThat(f.related()).containsExactly(
            Location.of(SectionKind.CHANGE, "数字网格化管理平台项目"),
            Location.of(SectionKind.CHANGE, "云视频及网络安全运维(含餐饮平台WL)"),
            Location.of(SectionKind.CHANGE, "人员车辆大数据治安管控系统运维（WL）"));
      });
    }

    @Test
    void haigangGovernmentOffice2024() {
      // Section 二 states no figure (L1577-1578). 机关运行经费 111.81 is the sum of its nine items
      // (L1581); “三公” 9.69 = 0 + 9.01 + 0.68 with 9.01 = 0 + 9.01, each equal to the table
      // (L1584 against L1453-1530, layout C); assets 217.83 = 资产总额 (L2480, L2491-2493);
      // planned purchases 253 = the goods lines 248.00 + 1.00 + 1.00 + 3.00 (L2480, L2318-2477).
      assertThat(ALL.validate(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget()).findings())
          .isEmpty();
    }

    @Test
    void etdzPublicSecurityBureau2024() {
      List<Finding> found = ALL.validate(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget())
          .findings();

      assertThat(found).hasSize(4);
      // L555: "專項公用經費23.97萬元" while the project table prints 预算数 25.07 (L956).
      assertFinding(found.get(0), "BK-NARR-008", Severity.ERROR,
          Location.of(SectionKind.EXPENDITURE, "專項公用經費"), "23.97", "25.07");
      assertThat(found.get(0).related()).containsExactly(project("专项公用经费"));
      // L555: the thirteen amounts name all thirteen projects (traditional characters, 運行維護經費
      // for 运行维护费) and add up to 4462.90, not the 项目支出 4464.00 of the same sentence: the
      // 1.10 missing is the 25.07 − 23.97 above.
      assertFinding(found.get(1), "BK-NARR-009", Severity.ERROR,
          Location.of(SectionKind.EXPENDITURE, "项目支出"), "4464.00", "4462.90");
      assertThat(found.get(1).related()).hasSize(13);
      // L559: "项目支出减少562.49万元，主要为：…减少30万元，…减少144.94万元，…减少28.46万元，…减少
      // 28.135万元，…减少10.48万元，人脸识别测温系统运维费用18.41万元等。" The six components add up to
      // 260.425 (the last read as a decrease) and the list ends with 等: a note, not a warning.
      assertFinding(found.get(2), "BK-NARR-015", Severity.WARNING,
          Location.of(SectionKind.CHANGE, "人脸识别测温系统运维费用"), "18.41", null);
      assertFinding(found.get(3), "BK-NARR-014", Severity.INFO,
          Location.of(SectionKind.CHANGE, "项目支出减少"), "-562.49", "-260.425");
      // The last component states no 减少 while the five before it do (L559): a warning (above).
      // Everything else holds: income 11262.73 (L551), expenditure 11262.73 = 6798.73 + 4464.00
      // with 5862.81 + 935.92 (L555), the change 1832.94 = 2395.43 − 562.49 and the basic change
      // explained by its one component (L559), “三公” 104.07 = the table's 小计, not its 合计
      // 124.59 (L567 against L508-509), assets 541.28 (L1016, L1025).
    }
  }
}
