package io.budgetkit.rules.proj;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.Measure;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
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

class ProjectRulesTest {

  private static final RuleSet ALL = RuleSet.of("proj", ProjectRules.rules());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("312", "测试分局").year(2024);
  }

  private static DepartmentBudget withProject(Consumer<ProjectPerformance.Builder> project) {
    return budget().project(project).build();
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  private static Amount a(String s) {
    return Amount.parse(s);
  }

  private static Location at(String project, String words) {
    return Location.builder().section(SectionKind.PROJECTS).subject(project).words(words).build();
  }

  private static void assertFinding(Finding f, String rule, Severity severity, Location where,
      String actual, String expected) {
    assertThat(f.ruleId()).isEqualTo(rule);
    assertThat(f.severity()).isEqualTo(severity);
    assertThat(f.location()).isEqualTo(where);
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
    assertThat(f.message(Locale.ENGLISH)).doesNotContain("{");
    assertThat(f.message(Locale.CHINESE)).doesNotContain("{");
  }

  @Test
  void aProjectWithNothingButItsNameIsNoFinding() {
    // Layout P3 (indicators only): no 预算数, no plan; an empty plan; a cost value without number.
    DepartmentBudget b = budget()
        .expenditure(t -> t.total("10.00", "", "10.00"))
        .project(p -> p.name("甲").indicator("产出指标", "成本指标", "成本", "", "按规定执行", ""))
        .project(p -> p.name("乙").budget("10.00").purpose("用于：1.办公。2.印刷。")
            .quarterlyPlan("资金支出计划（%）", "", "", "", ""))
        .build();

    assertThat(ALL.validate(b).findings()).isEmpty();
  }

  // ---- BK-PROJ-001 -------------------------------------------------------------------------

  @Nested
  class ProjectsTotal {

    private DepartmentBudget projects(String projectColumn, String... budgets) {
      BudgetBuilder b = budget().expenditure(t -> t.total("100.00", "", projectColumn));
      for (int i = 0; i < budgets.length; i++) {
        String amount = budgets[i];
        String name = "项目" + (i + 1);
        b.project(p -> {
          p.name(name);
          if (!amount.isEmpty()) {
            p.budget(amount);
          }
        });
      }
      return b.build();
    }

    @Test
    void passesWhenTheBudgetsAddUpToProjectExpenditure() {
      assertThat(run(ProjectRules.PROJECTS_TOTAL, projects("100.00", "60.00", "40.00")))
          .isEmpty();
    }

    @Test
    void firesAtTheProjectExpenditureCellWithEveryBudgetRelated() {
      List<Finding> found = run(ProjectRules.PROJECTS_TOTAL, projects("100.00", "60.00", "41.00"));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-001", Severity.ERROR, Location.builder()
            .table(TableKind.EXPENDITURE).row(1).code("合计").column(5).columnName("项目支出")
            .build(), "100.00", "101.00");
        assertThat(f.related()).containsExactly(at("项目1", "预算数"), at("项目2", "预算数"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 项目支出 printed is 100.00, but the"
            + " 预算数 of the 2 project tables add up to 101.00 (difference -1.00).");
      });
    }

    @Test
    void roundingIsANoteUnlessStrict() {
      // 100.00 vs 60.00 + 40.01: 0.01 ≤ 0.005 × 3.
      DepartmentBudget b = projects("100.00", "60.00", "40.01");

      assertThat(run(ProjectRules.PROJECTS_TOTAL, b)).singleElement()
          .extracting(Finding::severity).isEqualTo(Severity.INFO);
      assertThat(RuleSet.of("x", List.of(ProjectRules.PROJECTS_TOTAL))
          .tolerance(Tolerance.STRICT).validate(b).findings()).singleElement()
          .extracting(Finding::severity).isEqualTo(Severity.ERROR);
    }

    @Test
    void withoutEveryBudgetTheKnownOnesMayOnlyFallShort() {
      // Layout P3 (indicators only) prints no 预算数.
      assertThat(run(ProjectRules.PROJECTS_TOTAL, projects("100.00", "60.00", ""))).isEmpty();
      assertThat(run(ProjectRules.PROJECTS_TOTAL, projects("50.00", "60.00", "")))
          .singleElement().satisfies(f -> {
            assertFinding(f, "BK-PROJ-001", Severity.ERROR, Location.builder()
                .table(TableKind.EXPENDITURE).row(1).code("合计").column(5).columnName("项目支出")
                .build(), "50.00", "60.00");
            assertThat(f.messageKey()).isEqualTo("BK-PROJ-001.partial");
          });
    }
  }

  // ---- BK-PROJ-002, 003, 006 ---------------------------------------------------------------

  @Nested
  class SpendingPlans {

    private DepartmentBudget plan(String budget, SpendingPlan plan) {
      return withProject(p -> p.name("旅游旺季经费").budget(budget).spendingPlan(plan));
    }

    @Test
    void cumulativePercentagesEndingAt100Pass() {
      // Sparse cells (etdz-public-security-bureau-2024 L807-808): blanks are skipped.
      DepartmentBudget b = plan("16.00",
          SpendingPlan.quarterly("资金支出计划（%）", "", "", "75%", "100%"));

      assertThat(ALL.validate(b).findings()).isEmpty();
    }

    @Test
    void cumulativeAmountsEndingAtTheBudgetPass() {
      DepartmentBudget b = plan("1047.00",
          SpendingPlan.quarterly("资金支出计划（万元）", "250.00", "500.00", "750.00", "1047.00"));

      assertThat(ALL.validate(b).findings()).isEmpty();
    }

    @Test
    void aDecreaseFiresAtTheLaterDate() {
      // Quarterly shares instead of cumulative amounts.
      DepartmentBudget b = plan("40.00",
          SpendingPlan.quarterly("资金支出计划（万元）", "10.00", "20.00", "10.00", "40.00"));

      assertThat(run(ProjectRules.PLAN_CUMULATIVE, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-002", Severity.ERROR, at("旅游旺季经费", "10月底"), "10.00",
            "20.00");
        assertThat(f.related()).containsExactly(at("旅游旺季经费", "6月底"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 资金支出计划 of “旅游旺季经费” is not"
            + " cumulative: 10.00 at 10月底 is below 20.00 at 6月底.");
      });
    }

    @Test
    void aDecreaseOfPercentagesFiresWithoutAmounts() {
      DepartmentBudget b = plan("40.00",
          SpendingPlan.quarterly("资金支出计划（%）", "25%", "25%", "25%", "25%"));

      assertThat(run(ProjectRules.PLAN_CUMULATIVE, b)).isEmpty();
      assertThat(run(ProjectRules.PLAN_END, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-003", Severity.ERROR, at("旅游旺季经费", "12月底"), null, null);
        assertThat(f.messageKey()).isEqualTo("BK-PROJ-003.percent");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 资金支出计划 of “旅游旺季经费” ends at 25%"
            + " (12月底), not at 100%.");
      });
      DepartmentBudget down = plan("40.00",
          SpendingPlan.quarterly("资金支出计划（%）", "50%", "40%", "", "100%"));
      assertThat(run(ProjectRules.PLAN_CUMULATIVE, down)).singleElement().satisfies(f ->
          assertFinding(f, "BK-PROJ-002", Severity.ERROR, at("旅游旺季经费", "6月底"), null, null));
    }

    @Test
    void percentagesAndAmountsAreNotComparedWithEachOther() {
      DepartmentBudget b = plan("40.00",
          SpendingPlan.quarterly("资金支出计划", "50%", "", "", "40.00"));

      assertThat(run(ProjectRules.PLAN_CUMULATIVE, b)).isEmpty();
    }

    @Test
    void amountsThatDoNotReachTheBudgetFire() {
      DepartmentBudget b = plan("155.20",
          SpendingPlan.quarterly("资金支出计划（万元）", "30.00", "75.00", "100.00", "150.20"));

      assertThat(run(ProjectRules.PLAN_END, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-003", Severity.ERROR, at("旅游旺季经费", "12月底"), "150.20",
            "155.20");
        assertThat(f.related()).containsExactly(at("旅游旺季经费", "预算数"));
      });
    }

    @Test
    void aPlanThatStopsBeforeDecemberFires() {
      // etdz-public-security-bureau-2024 L707-708: 3月底 6月底 10月底 — 25% 50% 75%.
      DepartmentBudget b = plan("2653.81", SpendingPlan.of("资金支出计划 (%)",
          List.of("3月底", "6月底", "10月底"), "25%", "50%", "75%"));

      assertThat(run(ProjectRules.PLAN_END, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-003", Severity.ERROR, at("旅游旺季经费", "10月底"), null, null);
        assertThat(f.messageKey()).isEqualTo("BK-PROJ-003.early");
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 资金支出计划 of “旅游旺季经费” stops at"
            + " 10月底 with 75%: it prints no 12月底 and does not reach 100%.");
      });
    }

    @Test
    void aPercentHeaderOverAmountsIsAWarning() {
      // haigang-development-service-center-2025 L1511-1521.
      DepartmentBudget b = plan("1047.00",
          SpendingPlan.quarterly("资金支出计划（%）", "250.00", "500.00", "750.00", "1047.00"));

      assertThat(ALL.validate(b).findings()).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-006", Severity.WARNING, at("旅游旺季经费", "资金支出计划（%）"),
            null, null);
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 资金支出计划 of “旅游旺季经费” is headed"
            + " “资金支出计划（%）” but holds amounts, not percentages: 250.00 500.00 750.00 1047.00.");
      });
    }

    @Test
    void aHalfWidthPercentHeaderOverPercentagesPasses() {
      DepartmentBudget b = plan("55.08",
          SpendingPlan.quarterly("资金支出计划 (%)", "25%", "50%", "75%", "100%"));

      assertThat(run(ProjectRules.PLAN_PERCENT_HEADER, b)).isEmpty();
    }
  }

  // ---- BK-PROJ-004 -------------------------------------------------------------------------

  @Nested
  class FundsSplit {

    @Test
    void passesWhenFiscalAndOtherFundsMakeTheBudget() {
      assertThat(run(ProjectRules.FUNDS_SPLIT, withProject(p -> p.name("甲").budget("29.23")
          .fiscalFunds("20.00").otherFunds("9.23")))).isEmpty();
      assertThat(run(ProjectRules.FUNDS_SPLIT, withProject(p -> p.name("甲").budget("29.23")
          .fiscalFunds("29.23").otherFunds("")))).isEmpty();
    }

    @Test
    void firesAtTheBudgetWithBothPartsRelated() {
      DepartmentBudget b = withProject(p -> p.name("甲").budget("29.23").fiscalFunds("23.29"));

      assertThat(run(ProjectRules.FUNDS_SPLIT, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-004", Severity.ERROR, at("甲", "预算数"), "29.23", "23.29");
        assertThat(f.related()).containsExactly(at("甲", "财政资金"), at("甲", "其他资金"));
      });
    }
  }

  // ---- BK-PROJ-005 -------------------------------------------------------------------------

  @Nested
  class CostCaps {

    @Test
    void capsAreReadInWanYuanYuanAndMonthlyRates() {
      assertThat(ProjectRules.cap(Measure.parse("≤1047万元"))).contains(a("1047"));
      assertThat(ProjectRules.cap(Measure.parse("≤21.4万"))).contains(a("21.4"));
      assertThat(ProjectRules.cap(Measure.parse("≤2 万元"))).contains(a("2"));
      assertThat(ProjectRules.cap(Measure.parse("≤5000元"))).contains(a("0.5"));
      assertThat(ProjectRules.cap(Measure.parse("≤1000.00 元/月"))).contains(a("1.2"));
      assertThat(ProjectRules.cap(Measure.parse("≤400元/套"))).isEmpty();
      assertThat(ProjectRules.cap(Measure.parse("≤5500 元/人/月"))).isEmpty();
      assertThat(ProjectRules.cap(Measure.parse("≤100元/人/天"))).isEmpty();
      assertThat(ProjectRules.cap(Measure.parse("≥10万元"))).isEmpty();
      assertThat(ProjectRules.cap(Measure.parse("按规定执行"))).isEmpty();
    }

    private DepartmentBudget caps(String budget, String... values) {
      return withProject(p -> {
        p.name("新增警务辅助人员劳务费").budget(budget);
        for (int i = 0; i < values.length; i++) {
          p.indicator("产出指标", "成本指标", "成本" + (i + 1), "", values[i], "");
        }
        p.indicator("产出指标", "数量指标", "人数", "", "≤20人", "");
      });
    }

    @Test
    void capsWithinTheBudgetPass() {
      // etdz-public-security-bureau-2024 L737-738: 59.5 + 40.5 = 预算数 100.
      assertThat(run(ProjectRules.COST_CAPS, caps("100.00", "≤59.5万元", "≤40.5万元",
          "≤5500元/人/月"))).isEmpty();
    }

    @Test
    void aSingleCapAboveTheBudgetIsAWarning() {
      List<Finding> found = run(ProjectRules.COST_CAPS, caps("1.00", "≤1000.00元/月"));

      // 1000 元/月 × 12 = 12000 元 = 1.20 万元 a year.
      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-005", Severity.WARNING, at("新增警务辅助人员劳务费", "成本1"),
            "1.20", "1.00");
        assertThat(f.messageKey()).isEqualTo("BK-PROJ-005.single");
        assertThat(f.related()).containsExactly(at("新增警务辅助人员劳务费", "预算数"));
      });
    }

    @Test
    void capsThatTogetherExceedTheBudgetAreAWarning() {
      // etdz-public-security-bureau-2024 L893-894: ≤1.94万元 and ≤125.01万元 against 125.01.
      List<Finding> found = run(ProjectRules.COST_CAPS, caps("125.01", "≤1.94万元", "≤125.01万元"));

      assertThat(found).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-005", Severity.WARNING, at("新增警务辅助人员劳务费", "成本指标"),
            "126.95", "125.01");
        assertThat(f.messageKey()).isEqualTo("BK-PROJ-005.total");
        assertThat(f.related()).containsExactly(at("新增警务辅助人员劳务费", "成本1"),
            at("新增警务辅助人员劳务费", "成本2"), at("新增警务辅助人员劳务费", "预算数"));
      });
    }
  }

  // ---- BK-PROJ-007 -------------------------------------------------------------------------

  @Nested
  class PurposeItemsRule {

    @Test
    void itemsThatAddUpToTheBudgetPass() {
      // etdz-public-security-bureau-2024 L957: seven items, 25.07 in all; "4.2024年…" is item 4.
      DepartmentBudget b = withProject(p -> p.name("专项公用经费").budget("25.07").purpose(
          "预算金额25.07万元，用于分局正常办公运转经费，其中，包括：1.民警意外伤害保险1.15万元(80元/人/年，"
              + "共计143人)；2.公检法食堂日常消耗费用14.8万元（根据历年预算及支出测算）；3.出入境窗口拍照器材及"
              + "拍照软件3.2万元；4.2024年根据管委及市局要求订阅报刊杂志3.301万元；5.珠江道派出所户籍相机"
              + "0.509万元；6.食堂油烟机清洁费用0.9万元；7.流管专用章及电子签章1.21万元。"));

      assertThat(run(ProjectRules.PURPOSE_ITEMS, b)).isEmpty();
    }

    @Test
    void itemsThatMissTheirStatedTotalAreAWarning() {
      DepartmentBudget b = withProject(p -> p.name("公安业务经费").budget("50.00").purpose(
          "其中包括：1.重大安保活动经费8万元。2.鉴定费40.11万元。3.特情费及群众公开举报奖励款32万元（特情30万元、"
              + "群众公开举报奖励款2万元），共计50.11万元。"));

      // 8 + 40.11 + 32 = 80.11 (the parenthesised 30 + 2 are not added again).
      assertThat(run(ProjectRules.PURPOSE_ITEMS, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-007", Severity.WARNING, at("公安业务经费", "资金用途"), "50.11",
            "80.11");
        assertThat(f.arguments()).containsEntry("against", "共计").containsEntry("count", "3");
        assertThat(f.related()).isEmpty();
      });
    }

    @Test
    void withoutAStatedTotalTheItemsAreComparedWithTheBudget() {
      DepartmentBudget b = withProject(p -> p.name("甲").budget("10.00")
          .purpose("1、办公费2万元；2、印刷费3万元。"));

      assertThat(run(ProjectRules.PURPOSE_ITEMS, b)).singleElement().satisfies(f -> {
        assertFinding(f, "BK-PROJ-007", Severity.WARNING, at("甲", "资金用途"), "10.00", "5.00");
        assertThat(f.related()).containsExactly(at("甲", "预算数"));
      });
    }

    @Test
    void aNumberInsideAnItemIsNoItemMarker() {
      // "3.5万元" follows 费, not punctuation: it is item 2's amount, not item 3.
      DepartmentBudget b = withProject(p -> p.name("甲").budget("10.00")
          .purpose("1.办公费2万元；2.印刷费3.5万元；3.其他1万元。"));

      assertThat(run(ProjectRules.PURPOSE_ITEMS, b)).singleElement().satisfies(f ->
          assertFinding(f, "BK-PROJ-007", Severity.WARNING, at("甲", "资金用途"), "10.00", "6.50"));
    }

    @Test
    void oneNumberedItemIsNoItemisation() {
      assertThat(run(ProjectRules.PURPOSE_ITEMS, withProject(p -> p.name("甲").budget("10.00")
          .purpose("用于：1.办公费2万元。")))).isEmpty();
    }

    @Test
    void textsThatDoNotItemiseAmountsAreNotRead() {
      // haigang-government-office-2024 L1773 and etdz-public-security-bureau-2024 L908: numbered
      // items without amounts; L847: amounts without numbered items.
      assertThat(run(ProjectRules.PURPOSE_ITEMS, withProject(p -> p.name("甲").budget("10.00")
          .purpose("预算金额10万元，主要用于：1、召开打击非法集资宣传会议等；2、召开开企业融资、上市培训会议等；"
              + "3、属地监管金融企业审计次数")))).isEmpty();
      assertThat(run(ProjectRules.PURPOSE_ITEMS, withProject(p -> p.name("乙").budget("42.70")
          .purpose("护路队员劳务费26万元；办公费7.7万元；共计50万元。")))).isEmpty();
    }
  }

  // ---- the fixtures ------------------------------------------------------------------------

  @Nested
  class Fixtures {

    @Test
    void haigangDevelopmentServiceCenter2025() {
      List<Finding> found = ALL.validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget())
          .findings();

      // Every 资金支出计划 is headed 资金支出计划（%） but holds cumulative 万元 amounts ending at
      // the 预算数: L1511-1521 (雪亮工程, 250.00 … 1047.00), L1606-1616 (人员车辆…, 30.00 …
      // 155.20), L1701-1711 (数字网格化…, 8.00 … 34.60), L1796-1806 (云视频…, 10.00 … 40.30),
      // L1891-1901 (智慧海港…, 200.00 … 685.00). Sorted by project name.
      assertThat(found).hasSize(5).allSatisfy(f -> {
        assertThat(f.ruleId()).isEqualTo("BK-PROJ-006");
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().words()).contains("资金支出计划（%）");
      });
      assertThat(found).extracting(f -> f.location().subject().orElseThrow()).containsExactly(
          "云视频及网络安全运维（含餐饮平台WL）", "人员车辆大数据治安管控系统运维(WL)",
          "公共安全视频监控建设联网应用“雪亮工程”运维(WL)", "数字网格化管理平台项目",
          "智慧海港综合指挥平台维保项目(WL)");
      // Everything else holds: 1047.00 + 155.20 + 34.60 + 40.30 + 685.00 = 1962.10, the 项目支出
      // of the 支出总表 (L531-534); each plan rises to its 预算数; 财政资金 = 预算数; each single cost
      // cap equals the budget (≤1047万元 L1561, ≤155.2万元 L1655 …).
    }

    @Test
    void haigangGovernmentOffice2024() {
      // 179 + 10 + 248 + 21.4 + 65 + 10 = 533.40 = 项目支出 (L531-534); every plan is 20% 40% 60%
      // 100% under （%） (L1655 ff.); each cost cap is the 预算数, ≤21.4万 (L2050) and ≤65万 written
      // without 元; no 资金用途 itemises amounts.
      assertThat(ALL.validate(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget()).findings())
          .isEmpty();
    }

    @Test
    void etdzPublicSecurityBureau2024() {
      List<Finding> found = ALL.validate(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget())
          .findings();

      assertThat(found).hasSize(3);
      // L768-769: 公安业务经费 itemises thirteen amounts that add up to 198.99 (item 8, 拘留人员伙食费
      // 30.5万元, is 0.5 in the cost indicators, L788) but states 共计168.99万元.
      assertFinding(found.get(0), "BK-PROJ-007", Severity.WARNING, at("公安业务经费", "资金用途"),
          "168.99", "198.99");
      // L707-708: 创安公司经费's plan has no 12月底 column and ends at 75% at 10月底.
      assertFinding(found.get(1), "BK-PROJ-003", Severity.ERROR, at("创安公司经费", "10月底"), null,
          null);
      assertThat(found.get(1).messageKey()).isEqualTo("BK-PROJ-003.early");
      // L893-894: 新增警务辅助人员劳务费 caps 培训费用 ≤1.94万元 and 辅警人员工资及社保费用
      // ≤125.01万元, together 126.95 against the 预算数 125.01 (L882); ≤5500元/人/月 (L895) is a
      // per-person rate and is not compared.
      assertFinding(found.get(2), "BK-PROJ-005", Severity.WARNING,
          at("新增警务辅助人员劳务费", "成本指标"), "126.95", "125.01");
      // Everything else holds: the thirteen 预算数 add up to 4464.00, the 项目支出 (L190); the
      // other plans end at 100% (sparse cells L684-685, L731, L753…); the caps of 戴河…
      // (59.5 + 40.5), 公安业务经费 (168.99), 运行维护费 (211.01) and 专项公用经费 (25.07) add
      // up to their budgets; 元/套 caps (L695-696) are per unit; 专项公用经费's seven items add up
      // to 25.07 (L957).
    }
  }
}
