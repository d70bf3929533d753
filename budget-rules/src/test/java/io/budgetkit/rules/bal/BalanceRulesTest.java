package io.budgetkit.rules.bal;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.StandardRows;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryRows;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BalanceRulesTest {

  private static final RuleSet RULES = RuleSet.of("bal", BalanceRules.rules());

  /** The 31 类 rows of the 2025 edition as printed: 一、一般公共服务支出 … 三十一、人行科目. */
  private static final List<String> CLASSES = ClassificationCatalog.bundled().edition(2025)
      .summaryRows().stream().map(SummaryRowName::printedLabel).collect(Collectors.toList());

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  private static List<Finding> run(Rule rule, DepartmentBudget b) {
    return RuleSet.of("x", List.of(rule)).validate(b).findings();
  }

  /**
   * A 收支总表 as the common template prints it: the income items beside the first 类 rows,
   * the 31 类 rows, then 32 本年收入合计 / 本年支出合计, 33 上年结转结余 / 年终结转结余 and 34
   * 收入总计 / 支出总计.
   */
  private static final class Summary {
    List<String> incomeItems = StandardRows.incomeItems(TableKind.SUMMARY, BudgetKind.DEPARTMENT);
    List<String> classLabels = CLASSES;
    final Map<Integer, String> income = new HashMap<>();
    final Map<Integer, String> classes = new HashMap<>();
    String[] closing = {"本年收入合计", "本年支出合计", "上年结转结余", "年终结转结余", "收入总计",
        "支出总计"};
    String yearIn = "";
    String yearOut = "";
    String carryIn = "";
    String carryOut = "";
    String totalIn = "";
    String totalOut = "";

    /** Income 100.00 + 20.00 = 120.00; 类 一 80.00 + 四 40.00 = 120.00; carry-overs 10.00. */
    static Summary consistent() {
      Summary s = new Summary();
      s.income.put(1, "100.00");
      s.income.put(2, "20.00");
      s.classes.put(1, "80.00");
      s.classes.put(4, "40.00");
      s.yearIn = "120.00";
      s.yearOut = "120.00";
      s.carryIn = "10.00";
      s.carryOut = "10.00";
      s.totalIn = "130.00";
      s.totalOut = "130.00";
      return s;
    }

    Consumer<SummaryRows> rows() {
      return t -> {
        int n = Math.max(incomeItems.size(), classLabels.size());
        for (int i = 1; i <= n; i++) {
          t.row(i <= incomeItems.size() ? incomeItems.get(i - 1) : "", income.getOrDefault(i, ""),
              i <= classLabels.size() ? classLabels.get(i - 1) : "",
              classes.getOrDefault(i, ""));
        }
        t.row(closing[0], yearIn, closing[1], yearOut)
            .row(closing[2], carryIn, closing[3], carryOut)
            .row(closing[4], totalIn, closing[5], totalOut);
      };
    }

    DepartmentBudget budget() {
      return BalanceRulesTest.budget().summary(rows()).build();
    }
  }

  /** A cell of the 收支总表: 栏次 2 is the income 预算数, 栏次 4 the expenditure 预算数. */
  private static Location summary(int row, String label, int column) {
    return Location.builder().table(TableKind.SUMMARY).row(row).code(label).column(column)
        .columnName("预算数").build();
  }

  private static final String[] FISCAL_COLUMNS = {"", "", "金额", "", "合计", "一般公共预算财政拨款",
      "政府性基金预算财政拨款", "国有资本经营预算财政拨款"};

  /** A cell of the 财政拨款收支总表. */
  private static Location fiscal(int row, String label, int column) {
    return Location.builder().table(TableKind.FISCAL_SUMMARY).row(row).code(label).column(column)
        .columnName(FISCAL_COLUMNS[column]).build();
  }

  @Test
  void rulesAreInIdOrder() {
    assertThat(BalanceRules.rules()).extracting(Rule::id).containsExactly("BK-BAL-001",
        "BK-BAL-002", "BK-BAL-003", "BK-BAL-004", "BK-BAL-005", "BK-BAL-006");
    assertThat(BalanceRules.rules()).extracting(Rule::severity).containsOnly(Severity.ERROR);
  }

  @Test
  void aBalancedSummaryPassesEveryRule() {
    DepartmentBudget b = Summary.consistent().budget();

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void incomeOfTheYearFiresWhenTheIncomeItemsDoNotAddUp() {
    // 100.00 + 21.00 = 121.00, but 本年收入合计 prints 120.00.
    Summary s = Summary.consistent();
    s.income.put(2, "21.00");

    List<Finding> found = run(BalanceRules.INCOME_OF_THE_YEAR, s.budget());

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(summary(32, "本年收入合计", 2));
      assertThat(f.related()).containsExactly(summary(1, "一、一般公共预算拨款收入", 2),
          summary(2, "二、政府性基金预算拨款收入", 2));
      assertThat(f.actual()).contains(Amount.parse("120.00"));
      assertThat(f.expected()).contains(Amount.parse("121.00"));
      assertThat(f.difference()).contains(Amount.parse("-1.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("本年收入合计 (income of the year) prints"
          + " 120.00, but the income items 一般公共预算拨款收入 + 政府性基金预算拨款收入 add up to"
          + " 121.00 (difference -1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("本年收入合计 印刷 120.00，但各收入项目"
          + " 一般公共预算拨款收入 + 政府性基金预算拨款收入 之和为 121.00（相差 -1.00）。");
    });
  }

  @Test
  void totalIncomeFiresWhenItIsNotTheYearPlusTheCarryOver() {
    // 120.00 + 11.00 = 131.00, but 收入总计 prints 130.00.
    Summary s = Summary.consistent();
    s.carryIn = "11.00";

    assertThat(run(BalanceRules.TOTAL_INCOME, s.budget())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-002");
      assertThat(f.location()).isEqualTo(summary(34, "收入总计", 2));
      assertThat(f.related()).containsExactly(summary(32, "本年收入合计", 2),
          summary(33, "上年结转结余", 2));
      assertThat(f.expected()).contains(Amount.parse("131.00"));
      assertThat(f.actual()).contains(Amount.parse("130.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("收入总计 (total income) prints 130.00, but"
          + " 本年收入合计 + 上年结转结余 add up to 131.00 (difference -1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "收入总计 印刷 130.00，但 本年收入合计 + 上年结转结余 之和为 131.00（相差 -1.00）。");
    });
  }

  @Test
  void expenditureOfTheYearFiresWhenTheClassesDoNotAddUp() {
    // 一 80.00 + 四 41.00 = 121.00, but 本年支出合计 prints 120.00.
    Summary s = Summary.consistent();
    s.classes.put(4, "41.00");

    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).singleElement()
        .satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("BK-BAL-004");
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.location()).isEqualTo(summary(32, "本年支出合计", 4));
          assertThat(f.related()).containsExactly(summary(1, "一、一般公共服务支出", 4),
              summary(4, "四、公共安全支出", 4));
          assertThat(f.expected()).contains(Amount.parse("121.00"));
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("本年支出合计 (expenditure of the year)"
              + " prints 120.00, but the 类 (class) rows 一般公共服务支出 + 公共安全支出 add up to"
              + " 121.00 (difference -1.00).");
          assertThat(f.message(Locale.CHINESE)).isEqualTo("本年支出合计 印刷 120.00，但各类级支出"
              + " 一般公共服务支出 + 公共安全支出 之和为 121.00（相差 -1.00）。");
        });
  }

  @Test
  void expenditureOfTheYearCountsThePbocRow() {
    // 三十一、人行科目 has no national code but is one of the 31 rows: 80 + 40 + 5 = 125.
    Summary s = Summary.consistent();
    s.classes.put(31, "5.00");
    s.yearOut = "125.00";
    s.totalOut = "135.00";
    s.income.put(2, "25.00");
    s.yearIn = "125.00";
    s.totalIn = "135.00";

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(s.budget()).findings()).isEmpty();

    s.yearOut = "120.00";
    s.totalOut = "130.00";
    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).singleElement()
        .satisfies(f -> assertThat(f.related()).last()
            .isEqualTo(summary(31, "三十一、人行科目", 4)));
  }

  @Test
  void totalExpenditureFiresWhenItIsNotTheYearPlusTheCarryOver() {
    // 120.00 + 9.00 = 129.00, but 支出总计 prints 130.00.
    Summary s = Summary.consistent();
    s.carryOut = "9.00";

    assertThat(run(BalanceRules.TOTAL_EXPENDITURE, s.budget())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-005");
      assertThat(f.location()).isEqualTo(summary(34, "支出总计", 4));
      assertThat(f.related()).containsExactly(summary(32, "本年支出合计", 4),
          summary(33, "年终结转结余", 4));
      assertThat(f.expected()).contains(Amount.parse("129.00"));
      assertThat(f.difference()).contains(Amount.parse("1.00"));
    });
  }

  @Test
  void balancedFiresWhenTheTwoTotalsDiffer() {
    Summary s = Summary.consistent();
    s.totalOut = "131.00";

    assertThat(run(BalanceRules.BALANCED, s.budget())).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-006");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(summary(34, "支出总计", 4));
      assertThat(f.related()).containsExactly(summary(34, "收入总计", 2));
      assertThat(f.actual()).contains(Amount.parse("131.00"));
      assertThat(f.expected()).contains(Amount.parse("130.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("支出总计 (total expenditure) prints 131.00,"
          + " but 收入总计 (total income) prints 130.00: the table does not balance"
          + " (difference 1.00).");
      assertThat(f.message(Locale.CHINESE))
          .isEqualTo("支出总计 印刷 131.00，而 收入总计 印刷 130.00：收支不平衡（相差 1.00）。");
    });
  }

  @Test
  void aDifferenceThatRoundingExplainsIsAnInfoNoteUnlessStrict() {
    // 本年收入合计 120.01 vs 100.00 + 20.00: 0.01 ≤ 0.005 × 3. 收入总计 130.00 vs 120.01 + 10.00
    // is the same note the other way round (-0.01).
    Summary s = Summary.consistent();
    s.yearIn = "120.01";

    List<Finding> aware = RULES.validate(s.budget()).findings();
    assertThat(aware).extracting(Finding::ruleId).containsExactly("BK-BAL-001", "BK-BAL-002");
    assertThat(aware).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThat(RULES.tolerance(Tolerance.STRICT).validate(s.budget()).findings())
        .extracting(Finding::severity).containsOnly(Severity.ERROR).hasSize(2);
  }

  @Test
  void blankClassRowsAreExactZerosAndDoNotWidenTheTolerance() {
    // 本年支出合计 120.02 vs 80.00 + 40.00: two printed terms, 0.02 > 0.015; the 29 blank rows
    // would otherwise allow 0.005 × 32 = 0.16.
    Summary s = Summary.consistent();
    s.yearOut = "120.02";

    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.arguments()).containsEntry("terms", "2");
        });
  }

  /**
   * A 财政拨款收支总表 in the common template's 37 rows: income 90.00 + 10.00 = 100.00; 类 一
   * (70.00, 60.00, 10.00) + 四 (30.00, 30.00) = 本年支出合计 (100.00, 90.00, 10.00); 年初 15.00 =
   * 12.00 + {@code breakdownFund} (rows 34-36); 年末 (15.00, 12.00, {@code fundCarryOut});
   * 收入总计 115.00, 支出总计 (115.00, 102.00, 13.00). Consistent with 3.00 and 3.00.
   */
  private static Consumer<SummaryRows> fiscalTable(String breakdownFund, String fundCarryOut) {
    return fiscalTable(breakdownFund, fundCarryOut, "30.00");
  }

  /**
   * The same with 政府性基金's share of the breakdown, its 年末 and 四、公共安全支出's 一般公共预算
   * given.
   */
  private static Consumer<SummaryRows> fiscalTable(String breakdownFund, String fundCarryOut,
      String securityGeneral) {
    return t -> {
      List<String> income = StandardRows.incomeItems(TableKind.FISCAL_SUMMARY,
          BudgetKind.DEPARTMENT);
      for (int i = 1; i <= 31; i++) {
        String in = i <= 3 ? income.get(i - 1) : "";
        String inAmount = i == 1 ? "90.00" : i == 2 ? "10.00" : "";
        String[] out = i == 1 ? new String[] {"70.00", "60.00", "10.00"}
            : i == 4 ? new String[] {"30.00", securityGeneral} : new String[0];
        t.row(i, in, new String[] {inAmount}, CLASSES.get(i - 1), out);
      }
      t.row(32, "本年收入合计", new String[] {"100.00"}, "本年支出合计", "100.00", "90.00", "10.00")
          .row(33, "年初财政拨款结转和结余", new String[] {"15.00"}, "年末财政拨款结转和结余",
              "15.00", "12.00", fundCarryOut)
          .row(34, income.get(0), new String[] {"12.00"}, "")
          .row(35, income.get(1), new String[] {breakdownFund}, "")
          .row(36, income.get(2), new String[] {""}, "")
          .row(37, "收入总计", new String[] {"115.00"}, "支出总计", "115.00", "102.00", "13.00");
    };
  }

  @Test
  void aBalancedFiscalSummaryPassesEveryRule() {
    DepartmentBudget b = budget().fiscalSummary(fiscalTable("3.00", "3.00")).build();

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(b).findings()).isEmpty();
  }

  @Test
  void carryOverBySourceFiresWhenTheBreakdownDoesNotAddUp() {
    // 年初 15.00, but 一般公共预算拨款 12.00 + 政府性基金预算拨款 2.00 = 14.00.
    DepartmentBudget b = budget().fiscalSummary(fiscalTable("2.00", "3.00")).build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-003");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(fiscal(33, "年初财政拨款结转和结余", 2));
      assertThat(f.related()).containsExactly(fiscal(34, "一、一般公共预算拨款", 2),
          fiscal(35, "二、政府性基金预算拨款", 2));
      assertThat(f.actual()).contains(Amount.parse("15.00"));
      assertThat(f.expected()).contains(Amount.parse("14.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("年初财政拨款结转和结余 (carry-over) prints"
          + " 15.00, but its breakdown by source 一般公共预算拨款 + 政府性基金预算拨款 adds up to"
          + " 14.00 (difference 1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("年初财政拨款结转和结余 印刷 15.00，但其按资金"
          + "来源的分项 一般公共预算拨款 + 政府性基金预算拨款 之和为 14.00（相差 1.00）。");
    });
  }

  @Test
  void theFiscalSummaryIsCheckedInEachExpenditureColumn() {
    // 年末 prints 4.00 in 政府性基金 (栏次6): 支出总计 13.00 ≠ 10.00 + 4.00 in that column only.
    DepartmentBudget b = budget().fiscalSummary(fiscalTable("3.00", "4.00")).build();

    assertThat(RULES.validate(b).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-BAL-005");
      assertThat(f.location()).isEqualTo(fiscal(37, "支出总计", 6));
      assertThat(f.related()).containsExactly(fiscal(32, "本年支出合计", 6),
          fiscal(33, "年末财政拨款结转和结余", 6));
      assertThat(f.expected()).contains(Amount.parse("14.00"));
      assertThat(f.actual()).contains(Amount.parse("13.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("支出总计 (total expenditure) prints 13.00,"
          + " but 本年支出合计 + 年末财政拨款结转和结余 add up to 14.00 (difference -1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo(
          "支出总计 印刷 13.00，但 本年支出合计 + 年末财政拨款结转和结余 之和为 14.00（相差 -1.00）。");
    });
  }

  @Test
  void theFiscalSummaryClassesAreCheckedInEachColumn() {
    // 四、公共安全支出 prints 31.00 in 一般公共预算 (栏次5): 60.00 + 31.00 = 91.00 ≠ 90.00; 栏次4
    // still holds (70.00 + 30.00 = 100.00).
    DepartmentBudget b = budget().fiscalSummary(fiscalTable("3.00", "3.00", "31.00")).build();

    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(fiscal(32, "本年支出合计", 5));
      assertThat(f.related()).containsExactly(fiscal(1, "一、一般公共服务支出", 5),
          fiscal(4, "四、公共安全支出", 5));
      assertThat(f.actual()).contains(Amount.parse("90.00"));
      assertThat(f.expected()).contains(Amount.parse("91.00"));
    });
  }

  @Test
  void theIncomeItemsOfTheFiscalSummaryAreTheThreeAboveItsTotal() {
    // Rows 34-36 repeat the labels of rows 1-3 but break down the carry-over: they are not
    // income of the year. 90.00 + 11.00 = 101.00 ≠ 100.00.
    DepartmentBudget b = budget().fiscalSummary(t -> {
      List<String> income = StandardRows.incomeItems(TableKind.FISCAL_SUMMARY,
          BudgetKind.DEPARTMENT);
      t.row(1, income.get(0), new String[] {"90.00"}, CLASSES.get(0))
          .row(2, income.get(1), new String[] {"11.00"}, CLASSES.get(1))
          .row(3, income.get(2), new String[] {""}, CLASSES.get(2))
          .row(32, "本年收入合计", new String[] {"100.00"}, "本年支出合计")
          .row(33, "年初财政拨款结转和结余", new String[] {"15.00"}, "年末财政拨款结转和结余")
          .row(34, income.get(0), new String[] {"15.00"}, "");
    }).build();

    assertThat(run(BalanceRules.INCOME_OF_THE_YEAR, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(fiscal(32, "本年收入合计", 2));
      assertThat(f.related()).containsExactly(fiscal(1, "一、一般公共预算拨款", 2),
          fiscal(2, "二、政府性基金预算拨款", 2));
      assertThat(f.expected()).contains(Amount.parse("101.00"));
    });
  }

  @Test
  void pdfLabelsWithSpacesHalfWidthPunctuationAndNoOrdinalAreFound() {
    // LAYOUTS.md §8 item 18: etdz L332 "本年收入 合计", L329 "二十九、 债务发行 费用支出".
    Summary s = Summary.consistent();
    s.classLabels = new java.util.ArrayList<>(CLASSES);
    s.classLabels.set(0, "一、 一般公共 服务支出");
    s.classLabels.set(3, "公共安全支出");
    s.closing = new String[] {"本年收入 合计", "本年支出 合计", "上年结转 结余", "年终结转 结余",
        "收 入 总 计", "支出 总计"};

    assertThat(RULES.tolerance(Tolerance.STRICT).validate(s.budget()).findings()).isEmpty();

    s.classes.put(4, "41.00");
    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).singleElement()
        .satisfies(f -> {
          assertThat(f.location()).isEqualTo(summary(32, "本年支出 合计", 4));
          assertThat(f.related()).containsExactly(summary(1, "一、 一般公共 服务支出", 4),
              summary(4, "公共安全支出", 4));
          assertThat(f.arguments()).containsEntry("total", "本年支出合计")
              .containsEntry("items", "一般公共服务支出 + 公共安全支出");
        });
  }

  @Test
  void aUnitBudgetSumsItsNineIncomeItems() {
    // LAYOUTS.md §3: a 单位预算 lists 事业收入 … 其他收入 instead of 单位资金.
    // 100.00 + 事业收入 10.00 + 其他收入 5.00 = 115.00, but 本年收入合计 prints 110.00.
    Summary s = Summary.consistent();
    s.incomeItems = StandardRows.incomeItems(TableKind.SUMMARY, BudgetKind.UNIT);
    s.income.clear();
    s.income.put(1, "100.00");
    s.income.put(5, "10.00");
    s.income.put(9, "5.00");
    s.yearIn = "110.00";
    DepartmentBudget b = budget().unitBudget().summary(s.rows()).build();

    assertThat(run(BalanceRules.INCOME_OF_THE_YEAR, b)).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(summary(32, "本年收入合计", 2));
      assertThat(f.related()).containsExactly(summary(1, "一、一般公共预算拨款收入", 2),
          summary(5, "五、事业收入", 2), summary(9, "九、其他收入", 2));
      assertThat(f.expected()).contains(Amount.parse("115.00"));
    });
  }

  @Test
  void aCarryOverPrintedUnderAnotherLabelIsTheRowBetweenTheTotals() {
    // "上年结转" without 结余: the row between 本年收入合计 and 收入总计 is the carry-over.
    Summary s = Summary.consistent();
    s.closing[2] = "上年结转";
    s.carryIn = "11.00";

    assertThat(run(BalanceRules.TOTAL_INCOME, s.budget())).singleElement().satisfies(f -> {
      assertThat(f.related()).containsExactly(summary(32, "本年收入合计", 2),
          summary(33, "上年结转", 2));
      assertThat(f.expected()).contains(Amount.parse("131.00"));
    });
  }

  @Test
  void anEditionWithoutSummaryRowsCountsEveryLabelledRowAboveTheTotal() {
    // The bundled catalog names no 收支总表 rows before 2019; a 2018 budget printing the old
    // name 十、医疗卫生与计划生育支出 still has it counted: 80 + 40 + 10 = 130 ≠ 120.
    Summary s = Summary.consistent();
    s.classLabels = new java.util.ArrayList<>(CLASSES);
    s.classLabels.set(9, "十、医疗卫生与计划生育支出");
    s.classes.put(10, "10.00");
    DepartmentBudget b = DepartmentBudget.builder().department("980", "测试单位").year(2018)
        .summary(s.rows()).build();

    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, b)).singleElement().satisfies(f -> {
      assertThat(f.related()).hasSize(3).contains(summary(10, "十、医疗卫生与计划生育支出", 4));
      assertThat(f.expected()).contains(Amount.parse("130.00"));
    });
  }

  @Test
  void rowsThatCannotBeFoundAreSkipped() {
    // No closing rows at all, a table with only the income items, and no tables: nothing to
    // check, and no rule fails.
    DepartmentBudget b = budget()
        .summary(t -> t.row("一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "80.00"))
        .fiscalSummary(t -> t.row("收入总计", "5.00", ""))
        .build();

    assertThat(RULES.validate(b).findings()).isEmpty();
    assertThat(RULES.validate(budget().build()).findings()).isEmpty();
  }

  @Test
  void blankTotalsWithNothingPrintedAreNotChecked() {
    Summary s = new Summary();

    assertThat(RULES.validate(s.budget()).findings()).isEmpty();
  }

  @Test
  void aRowThatIsNotAClassOfTheEditionIsNotCounted() {
    // An extra "其中：基本支出" row under 一 prints 50.00: it is not one of the 31 类 rows of the
    // 2025 edition, so 本年支出合计 120.00 = 80.00 + 40.00 still holds.
    Summary s = Summary.consistent();
    s.classLabels = new java.util.ArrayList<>(CLASSES);
    s.classLabels.add(1, "其中：基本支出");
    s.classes.clear();
    s.classes.put(1, "80.00");
    s.classes.put(2, "50.00");
    s.classes.put(5, "40.00");

    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).isEmpty();

    s.yearOut = "170.00";
    assertThat(run(BalanceRules.EXPENDITURE_OF_THE_YEAR, s.budget())).singleElement()
        .satisfies(f -> {
          assertThat(f.related()).containsExactly(summary(1, "一、一般公共服务支出", 4),
              summary(5, "四、公共安全支出", 4));
          assertThat(f.expected()).contains(Amount.parse("120.00"));
        });
  }

  // --- The three fixture budgets ---------------------------------------------------------------

  @Test
  void theFixturesBalance() {
    // haigang-development-service-center-2025.docx.txt, 收支总表 (L1-224): the only income item
    // 一、一般公共预算拨款收入 2143.14 (L23) = 本年收入合计 2143.14 (L209); 类 一 2100.79 (L25) +
    // 八 17.88 (L67) + 十 10.56 (L79) + 二十 13.91 (L139) = 本年支出合计 2143.14 (L211); both
    // carry-overs blank (L215-217), so 收入总计 = 支出总计 = 2143.14 (L221-223). 财政拨款收支总表
    // (L691-1049): 一、一般公共预算拨款 2143.14 (L719) = 本年收入合计 (L998); the same four 类 in
    // 合计 and 一般公共预算 (L721-892) = 本年支出合计 2143.14 / 2143.14 (L1000); 年初/年末 and
    // their breakdown rows 34-36 blank (L1007-1041); 收入总计 = 支出总计 = 2143.14 (L1043-1045).
    // haigang-government-office-2024.docx.txt, same lines: 1417.69 = 1191.38 + 103.58 + 62.47 +
    // 60.26 on both sides of both tables, nothing carried over.
    // etdz-public-security-bureau-2024.pdf.txt: 11262.73 (L50) = 四 10103.75 + 八 665.73 (L57) +
    // 十 267.16 (L59) + 二十 226.09 (L81) = 本年收入合计 = 本年支出合计 (L105) = 收入总计 = 支出总计
    // (L107); the 财政拨款收支总表 likewise (L249-350, "本年收入 合计" L332, 年初 L333 and its
    // breakdown L334-349 blank). So no finding at all, not even a rounding note.
    for (Fixture fixture : Fixture.values()) {
      assertThat(RULES.tolerance(Tolerance.STRICT).validate(fixture.budget()).findings())
          .as(fixture.name()).isEmpty();
      assertThat(RULES.validate(fixture.budget()).findings()).as(fixture.name()).isEmpty();
    }
  }

  @Test
  void everyPrintedCellOfTheFixturesTwoSidedTablesIsChecked() {
    // Each printed cell is an income item, a 类 row, a 本年 total or a grand total, so changing
    // it by 0.01 (STRICT) or 1.00 (beyond any rounding) must give an ERROR naming that cell.
    List<Integer> checked = new java.util.ArrayList<>();
    for (Fixture fixture : Fixture.values()) {
      DepartmentBudget budget = fixture.budget();
      int cells = 0;
      for (DisclosureTable table : budget.tables()) {
        if (table instanceof SummaryTable) {
          cells += checkEveryCell(budget, (SummaryTable) table);
        }
      }
      checked.add(cells);
    }
    // Each document: 收支总表 1 income item + 4 类 + 2 × 本年合计 + 2 × 总计 = 9 cells;
    // 财政拨款收支总表 1 income item + 4 类 × 2 columns + 本年 and 总计 rows × 3 = 15.
    assertThat(checked).containsExactly(24, 24, 24);
  }

  private static int checkEveryCell(DepartmentBudget budget, SummaryTable table) {
    int checked = 0;
    for (SummaryRow row : table.rows()) {
      for (Map.Entry<Integer, Amount> cell : row.cells().entrySet()) {
        Location where = Location.of(table, row, cell.getKey());
        for (Tolerance tolerance : Tolerance.values()) {
          Amount by = Amount.parse(tolerance == Tolerance.STRICT ? "0.01" : "1.00");
          DepartmentBudget changed = replace(budget,
              withCell(table, row, cell.getKey(), cell.getValue().plus(by)));
          assertThat(RULES.tolerance(tolerance).validate(changed).findings(Severity.ERROR))
              .as("%s %s %s", budget.departmentName(), where, tolerance)
              .anySatisfy(f -> assertThat(f.names(where)).isTrue());
        }
        checked++;
      }
    }
    return checked;
  }

  private static SummaryTable withCell(SummaryTable table, SummaryRow changed, int column,
      Amount amount) {
    SummaryTable.Builder b = SummaryTable.builder();
    b.layout(table.layout()).title(table.title());
    table.note().ifPresent(b::note);
    for (SummaryRow row : table.rows()) {
      if (row == changed) {
        SortedMap<Integer, Amount> cells = new TreeMap<>(row.cells());
        cells.put(column, amount);
        SummaryRow.Builder r = SummaryRow.builder();
        r.from(row);
        b.addRows(r.cells(cells).build());
      } else {
        b.addRows(row);
      }
    }
    return b.build();
  }

  /** The budget with one table replaced (the other sections are left out: no rule here reads them). */
  private static DepartmentBudget replace(DepartmentBudget budget, DisclosureTable table) {
    BudgetBuilder b = DepartmentBudget.builder()
        .department(budget.departmentCode(), budget.departmentName()).year(budget.year())
        .kind(budget.kind()).profile(budget.profile());
    for (DisclosureTable t : budget.tables()) {
      b.table(t.kind().equals(table.kind()) ? table : t);
    }
    return b.build();
  }
}
