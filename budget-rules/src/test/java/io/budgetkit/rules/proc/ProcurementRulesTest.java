package io.budgetkit.rules.proc;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLayout;
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
import org.junit.jupiter.api.Test;

class ProcurementRulesTest {

  private static final RuleSet RULES = RuleSet.of("proc", ProcurementRules.rules());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  private static DepartmentBudget withProcurement(Consumer<Procurement.Builder> lines) {
    return budget().procurement(lines).build();
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  private static List<Finding> strict(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).tolerance(Tolerance.STRICT).validate(b).findings();
  }

  /** The location of a cell of the procurement table: line label, item, column. */
  private static Location cell(String label, String item, int column, String columnName) {
    Location.Builder b = Location.builder();
    b.section(SectionKind.PROCUREMENT).subject(label).column(column).columnName(columnName);
    if (item != null) {
      b.words(item);
    }
    return b.build();
  }

  private static Amount a(String s) {
    return Amount.parse(s);
  }

  // --- BK-PROC-001 ------------------------------------------------------------------------------

  @Test
  void subtotalsPassWhenLinesAddUpInEveryColumn() {
    DepartmentBudget b = withProcurement(p -> p
        .total("合计", "10.00", "10.00", "", "", "", "", "", "1.00")
        .subtotal("本级小计", "10.00", "10.00", "", "", "", "", "", "1.00")
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "10", "0.40", "4.00", "4.00", "", "",
            "", "", "", "1.00")
        .item("项目乙", "6.00", "维护", "C16070200", "项", "1", "6.00", "6.00", "6.00"));

    assertThat(run(ProcurementRules.SUBTOTALS, b)).isEmpty();
  }

  @Test
  void subtotalFiresInEachColumnThatDoesNotAddUp() {
    // 小计 10.00, but 4.00 + 5.00 = 9.00 in 合计 (栏 8) and in 一般公共预算拨款 (栏 9). The 合计
    // equals the 小计, so the total is fine.
    DepartmentBudget b = withProcurement(p -> p
        .total("合计", "10.00", "10.00")
        .subtotal("本级小计", "10.00", "10.00")
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "10", "0.40", "4.00", "4.00")
        .item("项目乙", "6.00", "维护", "C16070200", "项", "1", "5.00", "5.00", "5.00"));

    List<Finding> found = run(ProcurementRules.SUBTOTALS, b);

    assertThat(found).hasSize(2);
    Finding f = found.get(0);
    assertThat(f.ruleId()).isEqualTo("BK-PROC-001");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.location()).isEqualTo(cell("本级小计", null, 8, "合计"));
    assertThat(f.actual()).contains(a("10.00"));
    assertThat(f.expected()).contains(a("9.00"));
    assertThat(f.difference()).contains(a("1.00"));
    assertThat(f.related()).containsExactly(cell("项目甲", "复印纸", 8, "合计"),
        cell("项目乙", "维护", 8, "合计"));
    assertThat(f.message(Locale.ENGLISH)).isEqualTo("The printed 合计 10.00 is not the sum of"
        + " the 2 line(s) it totals, which is 9.00 (difference 1.00).");
    assertThat(f.message(Locale.CHINESE))
        .isEqualTo("印刷的合计 10.00 不等于其所汇总的 2 行之和 9.00（相差 1.00）。");
    assertThat(found.get(1).location()).isEqualTo(cell("本级小计", null, 9, "一般公共预算拨款"));
  }

  @Test
  void withoutSubtotalTheItemsAddUpToTheTotalIncludingTheReservedShare() {
    // 预留份额 (栏 15): 合计 prints 3.00, the lines 1.00 + blank.
    DepartmentBudget b = withProcurement(p -> p
        .total("合  计", "10.00", "10.00", "", "", "", "", "", "3.00")
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "10", "0.40", "4.00", "4.00", "", "",
            "", "", "", "1.00")
        .item("项目乙", "6.00", "维护", "C16070200", "项", "1", "6.00", "6.00", "6.00"));

    assertThat(run(ProcurementRules.SUBTOTALS, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell("合  计", null, 15, "预留中小微企业份额"));
      assertThat(f.actual()).contains(a("3.00"));
      assertThat(f.expected()).contains(a("1.00"));
      assertThat(f.related()).containsExactly(cell("项目甲", "复印纸", 15, "预留中小微企业份额"),
          cell("项目乙", "维护", 15, "预留中小微企业份额"));
    });
  }

  @Test
  void theTotalAddsTheSubtotalsOfSeveralUnits() {
    // Two units: 小计 4.00 and 6.00 make 10.00, but the 合计 prints 11.00. Each unit's lines
    // add up to its own 小计.
    DepartmentBudget b = withProcurement(p -> p
        .total("合计", "11.00", "11.00")
        .subtotal("甲单位小计", "4.00", "4.00")
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "10", "0.40", "4.00", "4.00")
        .subtotal("乙单位小计", "6.00", "6.00")
        .item("项目乙", "6.00", "维护", "C16070200", "项", "1", "6.00", "6.00", "6.00"));

    List<Finding> found = run(ProcurementRules.SUBTOTALS, b);

    assertThat(found).extracting(Finding::location).containsExactly(
        cell("合计", null, 8, "合计"), cell("合计", null, 9, "一般公共预算拨款"));
    assertThat(found.get(0).expected()).contains(a("10.00"));
    assertThat(found.get(0).related()).containsExactly(cell("甲单位小计", null, 8, "合计"),
        cell("乙单位小计", null, 8, "合计"));
  }

  @Test
  void aSubtotalDifferenceWithinRoundingIsANoteUnlessStrict() {
    // 3 lines: 1.01 + 1.01 + 1.01 = 3.03 against 3.04; 0.01 ≤ 0.005 × (3 + 1) = 0.020.
    DepartmentBudget b = withProcurement(p -> p
        .subtotal("本级小计", "3.04")
        .item("甲", "1.01", "一", "A", "个", "1", "1.01", "1.01")
        .item("乙", "1.01", "二", "A", "个", "1", "1.01", "1.01")
        .item("丙", "1.01", "三", "A", "个", "1", "1.01", "1.01"));

    assertThat(run(ProcurementRules.SUBTOTALS, b)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.messageKey()).isEqualTo("rounding");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("Differs by 0.01 from 3.03, within the"
          + " rounding of 3 printed figure(s) (tolerance 0.020): a rounding note.");
    });
    assertThat(strict(ProcurementRules.SUBTOTALS, b)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  @Test
  void layoutG2ChecksItsOwnFundingColumns() {
    // G2: 8 合计, 9 一般公共, 10 基金, 11 国资, 12 专户, 13 单位资金, 14 财政拨款结转,
    // 15 非财政拨款结转结余, 16 预留份额. 非财政拨款结转结余: 小计 2.00, the line 1.50.
    DepartmentBudget b = budget().procurement(Procurement.builder(ProcurementLayout.G2)
        .subtotal("本级小计", "5.00", "3.00", "", "", "", "", "", "2.00", "")
        .item("项目甲", "5.00", "维护", "C16070200", "项", "1", "5.00", "4.50", "3.00", "", "", "",
            "", "", "1.50")
        .build()).build();

    List<Finding> found = run(ProcurementRules.SUBTOTALS, b);

    assertThat(found).extracting(Finding::location).containsExactly(
        cell("本级小计", null, 8, "合计"), cell("本级小计", null, 15, "非财政拨款结转结余"));
    assertThat(run(ProcurementRules.FUNDING_SUM, b)).isEmpty();
  }

  // --- BK-PROC-002 ------------------------------------------------------------------------------

  @Test
  void fundingColumnsFireWhenTheyDoNotMakeTheLinesTotal() {
    // 合计 10.00 but 一般公共预算拨款 8.00 + 单位资金 1.00 = 9.00.
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "1", "10.00", "10.00", "8.00", "",
            "", "", "1.00"));

    assertThat(run(ProcurementRules.FUNDING_SUM, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-002");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell("项目甲", "复印纸", 8, "合计"));
      assertThat(f.actual()).contains(a("10.00"));
      assertThat(f.expected()).contains(a("9.00"));
      assertThat(f.related()).hasSize(6).first()
          .isEqualTo(cell("项目甲", "复印纸", 9, "一般公共预算拨款"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The line's 合计 10.00 is not the sum of"
          + " its funding columns, which is 9.00 (difference 1.00).");
    });
  }

  @Test
  void fundingColumnsPassWhenTheyMakeTheTotal() {
    DepartmentBudget b = withProcurement(p -> p
        .total("合计", "10.00", "9.00", "", "", "", "1.00")
        .item("项目甲", "20.00", "复印纸", "A05040101", "包", "1", "10.00", "10.00", "9.00", "",
            "", "", "1.00"));

    assertThat(run(ProcurementRules.FUNDING_SUM, b)).isEmpty();
  }

  // --- BK-PROC-003 ------------------------------------------------------------------------------

  @Test
  void projectLinesFireWhenTheySpendMoreThanTheProjectBudget() {
    // 项目甲 (预算资金 100.00) buys for 60.00 + 50.00 = 110.00; 项目乙 stays within its 10.00.
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "100.00", "设备", "A02019900", "台", "1", "60.00", "60.00", "60.00")
        .item("项目乙", "10.00", "纸", "A05040101", "包", "1", "10.00", "10.00", "10.00")
        .item("项目甲", "100.00", "软件", "C16010302", "项", "1", "50.00", "50.00", "50.00"));

    assertThat(run(ProcurementRules.WITHIN_PROJECT_BUDGET, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-003");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell("项目甲", "设备", 2, "预算资金"));
      assertThat(f.actual()).contains(a("110.00"));
      assertThat(f.expected()).contains(a("100.00"));
      assertThat(f.related()).containsExactly(cell("项目甲", "设备", 8, "合计"),
          cell("项目甲", "软件", 8, "合计"));
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "项目“项目甲”的 2 行政府采购金额合计 110.00，超过其预算资金 100.00（超出 10.00）。");
    });
  }

  @Test
  void projectLinesPassBelowTheBudgetAndNoteARoundingExcess() {
    // 149.00 of a 179.00 project is allowed (海港区人民政府办公室 2024, L2380-2394).
    DepartmentBudget within = withProcurement(p -> p
        .item("固定电话打包费", "179.00", "基础电信服务", "C17010100", "年", "1", "149.00", "149.00",
            "149.00"));
    assertThat(run(ProcurementRules.WITHIN_PROJECT_BUDGET, within)).isEmpty();

    // 33.34 × 3 = 100.02 against 100.00: 0.02 ≤ 0.005 × (3 + 1).
    DepartmentBudget rounded = withProcurement(p -> p
        .item("项目甲", "100.00", "一", "A", "个", "1", "33.34", "33.34")
        .item("项目甲", "100.00", "二", "A", "个", "1", "33.34", "33.34")
        .item("项目甲", "100.00", "三", "A", "个", "1", "33.34", "33.34"));
    assertThat(run(ProcurementRules.WITHIN_PROJECT_BUDGET, rounded)).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.messageKey()).isEqualTo("rounding");
          assertThat(f.actual()).contains(a("100.02"));
        });
    assertThat(strict(ProcurementRules.WITHIN_PROJECT_BUDGET, rounded)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  // --- BK-PROC-004 ------------------------------------------------------------------------------

  @Test
  void quantityTimesPriceFiresBeyondTheRoundingOfTheUnitPrice() {
    // 2 × 3.00 = 6.00 against 7.00: 1.00 > 2 × 0.005 + 0.005 = 0.015.
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "10.00", "打印机", "A02021003", "台", "2", "3.00", "7.00", "7.00"));

    assertThat(run(ProcurementRules.QUANTITY_TIMES_PRICE, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-004");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell("项目甲", "打印机", 8, "合计"));
      assertThat(f.actual()).contains(a("7.00"));
      assertThat(f.expected()).contains(a("6.00"));
      assertThat(f.related()).containsExactly(cell("项目甲", "打印机", 6, "数量"),
          cell("项目甲", "打印机", 7, "单价"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo(
          "数量 2 × 单价 3.00 makes 6.00, but the line's amount is 7.00 (difference 1.00).");
    });
  }

  @Test
  void quantityTimesARoundedUnitPriceIsANoteUnlessStrict() {
    // 海港区发展服务中心 2025 L2034-2036: 200 packs of paper at a printed 单价 0.00 cost 0.34;
    // 0.34 ≤ 200 × 0.005 + 0.005 = 1.005.
    DepartmentBudget b = withProcurement(p -> p
        .item("公用经费一", "2.40", "复印纸", "A05040101", "包", "200", "0.00", "0.34", "0.34"));

    assertThat(run(ProcurementRules.QUANTITY_TIMES_PRICE, b)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.messageKey()).isEqualTo("BK-PROC-004.rounding");
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("数量 200 × 单价 0.00 makes 0.00 against"
          + " the amount 0.34; the difference 0.34 is within the rounding of the printed 单价"
          + " (tolerance 1.005): a rounding note.");
    });
    assertThat(strict(ProcurementRules.QUANTITY_TIMES_PRICE, b)).singleElement()
        .extracting(Finding::severity).isEqualTo(Severity.WARNING);
  }

  @Test
  void quantityTimesPricePassesWhenExactOrNotPrinted() {
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "65.00", "A4 黑白打印机", "A02021003", "台", "5", "0.20", "1.00", "1.00")
        .item("项目乙", "65.00", "服务", "C0", "项", "", "", "3.00", "3.00"));

    assertThat(strict(ProcurementRules.QUANTITY_TIMES_PRICE, b)).isEmpty();
  }

  // --- BK-PROC-005 ------------------------------------------------------------------------------

  @Test
  void reservedShareFiresAboveTheLinesAmount() {
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "20.00", "服务", "C0", "项", "1", "10.00", "10.00", "10.00", "", "", "", "",
            "", "12.00"));

    assertThat(run(ProcurementRules.RESERVE_WITHIN_AMOUNT, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-005");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell("项目甲", "服务", 15, "预留中小微企业份额"));
      assertThat(f.actual()).contains(a("12.00"));
      assertThat(f.expected()).contains(a("10.00"));
      assertThat(f.related()).containsExactly(cell("项目甲", "服务", 8, "合计"));
    });
  }

  @Test
  void reservedSharePassesUpToTheAmount() {
    DepartmentBudget b = withProcurement(p -> p
        .total("合计", "10.00", "10.00", "", "", "", "", "", "10.00")
        .item("项目甲", "20.00", "服务", "C0", "项", "1", "10.00", "10.00", "10.00", "", "", "", "",
            "", "10.00"));

    assertThat(run(ProcurementRules.RESERVE_WITHIN_AMOUNT, b)).isEmpty();
  }

  // --- BK-PROC-006 ------------------------------------------------------------------------------

  @Test
  void projectBudgetFiresWhenTheProjectTableSaysOtherwise() {
    // The names differ only in the width of the parentheses: they match.
    DepartmentBudget b = budget()
        .project(p -> p.name("平台运维（WL）").budget("100.00"))
        .procurement(p -> p
            .item("平台运维(WL)", "90.00", "服务", "C0", "项", "1", "90.00", "90.00", "90.00"))
        .build();

    assertThat(run(ProcurementRules.BUDGET_MATCHES_PROJECT, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-006");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell("平台运维(WL)", "服务", 2, "预算资金"));
      assertThat(f.actual()).contains(a("90.00"));
      assertThat(f.expected()).contains(a("100.00"));
      assertThat(f.related()).containsExactly(Location.builder().section(SectionKind.PROJECTS)
          .subject("平台运维（WL）").words("预算数").build());
    });
  }

  @Test
  void projectBudgetPassesWhenEqualOrWithoutAProjectTable() {
    DepartmentBudget b = budget()
        .project(p -> p.name("平台运维").budget("90.00"))
        .procurement(p -> p
            .item("平台运维", "90.00", "服务", "C0", "项", "1", "90.00", "90.00", "90.00")
            .item("公用经费一", "2.40", "复印纸", "A05040101", "包", "1", "0.34", "0.34", "0.34"))
        .build();

    assertThat(run(ProcurementRules.BUDGET_MATCHES_PROJECT, b)).isEmpty();
  }

  // --- BK-PROC-007 ------------------------------------------------------------------------------

  @Test
  void oneProjectFiresWhenItsLinesPrintDifferentBudgets() {
    DepartmentBudget b = withProcurement(p -> p
        .item("运行维护费", "211.01", "硬件运维服务", "C16070200", "批", "1", "40.00", "40.00")
        .item("运行维护费", "201.01", "其他电信和信息传输服务", "C17990000", "年", "1", "29.24",
            "29.24"));

    assertThat(run(ProcurementRules.ONE_BUDGET_PER_PROJECT, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-007");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell("运行维护费", "其他电信和信息传输服务", 2, "预算资金"));
      assertThat(f.actual()).contains(a("201.01"));
      assertThat(f.expected()).contains(a("211.01"));
      assertThat(f.related()).containsExactly(cell("运行维护费", "硬件运维服务", 2, "预算资金"));
    });
  }

  @Test
  void oneProjectPassesWhenItsLinesRepeatTheBudget() {
    // 秦皇岛市公安局经济技术开发区分局 2024 L1008-1009.
    DepartmentBudget b = withProcurement(p -> p
        .item("运行维护费", "211.01", "硬件运维服务", "C16070200", "批", "1", "40.00", "40.00")
        .item("运行维护费", "211.01", "其他电信和信息传输服务", "C17990000", "年", "1", "29.24",
            "29.24"));

    assertThat(run(ProcurementRules.ONE_BUDGET_PER_PROJECT, b)).isEmpty();
  }

  // --- BK-PROC-008 ------------------------------------------------------------------------------

  @Test
  void wholeQuantityFiresOnAFractionOfAYear() {
    // 秦皇岛市公安局经济技术开发区分局 2024 L1006: 55.08 年 at 1.00 — 数量 and 单价 swapped?
    DepartmentBudget b = withProcurement(p -> p
        .item("物业管理费", "55.08", "其他公共设施管理服务", "C13990000", "年", "55.08", "1.00",
            "55.08", "55.08"));

    assertThat(run(ProcurementRules.WHOLE_QUANTITY, b)).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-008");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell("物业管理费", "其他公共设施管理服务", 6, "数量"));
      assertThat(f.related()).containsExactly(cell("物业管理费", "其他公共设施管理服务", 7, "单价"));
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("数量 55.08 不是整数，而计量单位为“年”：数量与单价是否填反？");
    });
    // The product is right: BK-PROC-004 has nothing to say.
    assertThat(strict(ProcurementRules.QUANTITY_TIMES_PRICE, b)).isEmpty();
  }

  @Test
  void wholeQuantityPassesForWholeCountsAndForMeasures() {
    DepartmentBudget b = withProcurement(p -> p
        .item("项目甲", "10.00", "打印机", "A02021003", "台", "5.00", "0.20", "1.00", "1.00")
        .item("项目乙", "10.00", "地毯", "A0", "平方米", "12.5", "0.02", "0.25", "0.25"));

    assertThat(run(ProcurementRules.WHOLE_QUANTITY, b)).isEmpty();
  }

  // --- robustness -------------------------------------------------------------------------------

  @Test
  void noProcurementTableAndBlankLinesGiveNothing() {
    assertThat(RULES.validate(budget().build()).findings()).isEmpty();
    DepartmentBudget blank = withProcurement(p -> p.total("合计").item("").item("项目甲"));
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(blank).findings()).isEmpty();
  }

  @Test
  void everyRuleFiresOnOneBadTableAndEveryMessageIsFilled() {
    DepartmentBudget b = budget()
        .project(p -> p.name("项目甲").budget("50.00"))
        .procurement(p -> p
            .total("合计", "99.00", "99.00")
            .subtotal("本级小计", "98.00", "97.00", "", "", "", "", "", "200.00")
            .item("项目甲", "40.00", "纸", "A", "包", "2.5", "3.00", "45.00", "45.00", "", "", "", "",
                "", "50.00")
            .item("项目甲", "41.00", "笔", "A", "支", "1", "1.00", "1.01", "1.01"))
        .build();

    List<Finding> found = RULES.tolerance(Tolerance.STRICT).validate(b).findings();

    // 001: the 小计 against its lines in 合计, 一般公共预算拨款 and 预留 (98, 97, 200 against 46.01,
    // 46.01, 50.00), the 合计 against the 小计 in the same three (99, 99, blank against 98, 97,
    // 200). 002: the 小计 (98 ≠ 97). 003: 46.01 > 40.00. 004: 2.5 × 3.00 ≠ 45.00 and
    // 1 × 1.00 ≠ 1.01. 005: 预留 200 > 98 on the 小计 and 50 > 45 on the line. 006: 40.00 ≠ 50.00.
    // 007: 41.00 ≠ 40.00. 008: 2.5 包.
    assertThat(found).extracting(Finding::ruleId).containsExactlyInAnyOrder(
        "BK-PROC-001", "BK-PROC-001", "BK-PROC-001", "BK-PROC-001", "BK-PROC-001",
        "BK-PROC-001", "BK-PROC-002", "BK-PROC-003", "BK-PROC-004", "BK-PROC-004", "BK-PROC-005",
        "BK-PROC-005", "BK-PROC-006", "BK-PROC-007", "BK-PROC-008");
    for (Finding f : found) {
      for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertThat(f.message(l)).as("%s %s", f, l).doesNotContain("{").doesNotContain("}");
      }
    }
  }

  @Test
  void rulesAreInIdOrder() {
    assertThat(ProcurementRules.rules()).extracting(Rule::id).containsExactly("BK-PROC-001",
        "BK-PROC-002", "BK-PROC-003", "BK-PROC-004", "BK-PROC-005", "BK-PROC-006",
        "BK-PROC-007", "BK-PROC-008");
  }

  // --- the fixtures -----------------------------------------------------------------------------

  @Test
  void developmentServiceCenter2025() {
    DepartmentBudget b = Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget();

    List<Finding> found = RULES.validate(b).findings();

    // L2029-2075: three purchases of 公用经费一 whose 单价 is rounded to 0.01 万元, so 数量 × 单价
    // misses the amount, each within 数量 × 0.005 + 0.005: rounding notes, sorted by item.
    //  墨粉盒 L2066-2068: 40 × 0.03 = 1.20 against 1.12 (tolerance 0.205);
    //  复印纸 L2034-2036: 200 × 0.00 = 0.00 against 0.34 (tolerance 1.005);
    //  鼓粉盒 L2050-2052: 20 × 0.02 = 0.40 against 0.36 (tolerance 0.105).
    // Everything else holds: 合计 = 小计 = the seven lines = 1923.62 and 预留 36.42 = 0.34 + 0.36
    // + 1.12 + 34.60 (L1997-2027); 公用经费一 buys 1.82 of its 2.40; the four projects print the
    // 预算资金 of their 绩效目标表 (1047.00, 155.20, 34.60, 685.00).
    assertThat(found).allSatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-PROC-004");
      assertThat(f.severity()).isEqualTo(Severity.INFO);
    });
    assertThat(found).extracting(Finding::location).containsExactly(
        cell("公用经费一", "墨粉盒", 8, "合计"), cell("公用经费一", "复印纸", 8, "合计"),
        cell("公用经费一", "鼓粉盒", 8, "合计"));
    assertThat(found).extracting(f -> f.expected().orElseThrow() + "/" + f.actual().orElseThrow())
        .containsExactly("1.20/1.12", "0.00/0.34", "0.40/0.36");
    // Under STRICT the same three are warnings, never errors.
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings())
        .extracting(Finding::severity)
        .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING);
  }

  @Test
  void governmentOffice2024() {
    // L2318-2477: 合计 = 小计 = 149 + 248 + 1 + 1 + 3 + 10 = 412.00, 预留 263.00 = 248 + 1 + 1
    // + 3 + 10; 固定电话打包费 buys 149.00 of its 179.00 (allowed); 5 × 0.20, 4 × 0.25 and the
    // single items multiply out exactly; the five projects print their 绩效目标表's 预算数.
    DepartmentBudget b = Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget();

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void publicSecurityBureau2024() {
    DepartmentBudget b = Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget();
    String subtotal = "秦皇岛市公安局经济技术开发区分局（本级）小计";

    List<Finding> found = RULES.validate(b).findings();

    // L987: the 小计 prints 1375.15 in 合计 and 一般公共预算拨款, the nine lines L988-1010 add up
    // to 1375.16: within 0.005 × (9 + 1) = 0.05, rounding notes (errors under STRICT). The 合计
    // (L986) equals the 小计. L1006: 物业管理费 55.08 年 at 1.00 — a fractional count of years,
    // 数量 and 单价 look swapped (55.08 is the 预算资金): a warning; the product is right.
    assertThat(found).extracting(Finding::ruleId, Finding::severity, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("BK-PROC-008", Severity.WARNING,
                cell("物业管理费", "其他公共设施管理服务", 6, "数量")),
            org.assertj.core.groups.Tuple.tuple("BK-PROC-001", Severity.INFO,
                cell(subtotal, null, 8, "合计")),
            org.assertj.core.groups.Tuple.tuple("BK-PROC-001", Severity.INFO,
                cell(subtotal, null, 9, "一般公共预算拨款")));
    assertThat(found.get(1).actual()).contains(a("1375.15"));
    assertThat(found.get(1).expected()).contains(a("1375.16"));
    assertThat(found.get(1).related()).hasSize(9);
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings(Severity.ERROR))
        .extracting(Finding::location)
        .containsExactly(cell(subtotal, null, 8, "合计"), cell(subtotal, null, 9, "一般公共预算拨款"));
  }
}
