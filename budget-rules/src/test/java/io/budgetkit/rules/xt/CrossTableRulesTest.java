package io.budgetkit.rules.xt;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRows;
import io.budgetkit.core.table.SummaryRows;
import io.budgetkit.core.table.ThreePublicRows;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.Finding;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.Tolerance;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The cross-table rules on small budgets built to break one relation at a time, and on the three
 * fixture budgets.
 *
 * <p>The base tables below make one consistent budget: 100.00 of 一般公共预算拨款; 201 80.00
 * (基本 60.00 + 项目 20.00) and 208 20.00 (基本, 2080505 12.00 + 2080506 8.00); 基本支出 80.00 =
 * 人员经费 68.00 + 公用经费 12.00, of which 30217 公务接待费 0.68 and 30231 公务用车运行维护费 9.00,
 * the “三公” table printing exactly those (layout C); empty tables 7 and 8; one 行政 unit and a
 * stated 机关运行经费 of 12.00.
 */
class CrossTableRulesTest {

  private static final Consumer<SummaryRows> SUMMARY = t -> t
      .row(1, "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出", "80.00")
      .row(2, "二、政府性基金预算拨款收入", "", "二、外交支出")
      .row(3, "三、国有资本经营预算拨款收入", "", "三、国防支出")
      .row(4, "四、财政专户管理资金收入", "", "四、公共安全支出")
      .row(5, "五、单位资金", "", "五、教育支出")
      .row(8, "", "", "八、社会保障和就业支出", "20.00")
      .row(32, "本年收入合计", "100.00", "本年支出合计", "100.00")
      .row(33, "上年结转结余", "", "年终结转结余")
      .row(34, "收入总计", "100.00", "支出总计", "100.00");

  private static final Consumer<CodedRows<FunctionCode>> INCOME = t -> t
      .total("100.00", "100.00", "100.00")
      .row("201", "一般公共服务支出", "80.00", "80.00", "80.00")
      .row("208", "社会保障和就业支出", "20.00", "20.00", "20.00");

  private static final Consumer<CodedRows<FunctionCode>> EXPENDITURE = t -> t
      .total("100.00", "80.00", "20.00")
      .row("201", "一般公共服务支出", "80.00", "60.00", "20.00")
      .row("208", "社会保障和就业支出", "20.00", "20.00");

  private static final Consumer<SummaryRows> FISCAL = t -> t
      .row(1, "一、一般公共预算拨款", "100.00", "一、一般公共服务支出", "80.00", "80.00")
      .row(2, "二、政府性基金预算拨款", "", "二、外交支出")
      .row(3, "三、国有资本经营预算拨款", "", "三、国防支出")
      .row(8, "", "", "八、社会保障和就业支出", "20.00", "20.00")
      .row(12, "", "", "十二、城乡社区支出")
      .row(22, "", "", "二十二、国有资本经营预算支出")
      .row(32, "本年收入合计", "100.00", "本年支出合计", "100.00", "100.00")
      .row(33, "年初财政拨款结转和结余", "", "年末财政拨款结转和结余")
      .row(34, "一、一般公共预算拨款", "", "")
      .row(35, "二、政府性基金预算拨款", "", "")
      .row(36, "三、国有资本经营预算拨款", "", "")
      .row(37, "收入总计", "100.00", "支出总计", "100.00", "100.00");

  private static final Consumer<CodedRows<FunctionCode>> GENERAL = t -> t
      .total("100.00", "80.00", "20.00")
      .row("201", "一般公共服务支出", "80.00", "60.00", "20.00")
      .row("208", "社会保障和就业支出", "20.00", "20.00")
      .row("20805", "行政事业单位养老支出", "20.00", "20.00")
      .row("2080505", "机关事业单位基本养老保险缴费支出", "12.00", "12.00")
      .row("2080506", "机关事业单位职业年金缴费支出", "8.00", "8.00");

  /** Rows: 合计 1, 301 2, 30101 3, 30108 4, 30109 5, 302 6, 30201 7, 30217 8, 30231 9. */
  private static final Consumer<CodedRows<EconomicCode>> BASIC = basic("0.68", "9.00");

  private static final Consumer<CodedRows<FunctionCode>> FUND_EMPTY =
      t -> t.note("注：无政府性基金预算财政拨款预算，空表列示。");

  private static final Consumer<CodedRows<FunctionCode>> CAPITAL_EMPTY =
      t -> t.note("注：无国有资本经营预算财政拨款预算，空表列示。");

  /** Layout C: 小计 1, 出国 2-4, 公务用车 5-7, 公务接待费 8. */
  private static final Consumer<ThreePublicRows> THREE = t -> t
      .row("“三公”经费小计", "9.68", "9.68")
      .row("一、因公出国（境）费", "0", "0")
      .row("其中：教学科研人员因公出国（境）费", "0", "0")
      .row("其他因公出国（境）费", "0", "0")
      .row("二、公务用车购置及运维费", "9.00", "9.00")
      .row("其中：公务用车购置费", "0", "0")
      .row("公务用车运行维护费", "9.00", "9.00")
      .row("三、公务接待费", "0.68", "0.68");

  private static Consumer<CodedRows<EconomicCode>> basic(String reception, String vehicles) {
    return t -> t
        .total("80.00", "68.00", "12.00")
        .row("301", "工资福利支出", "68.00", "68.00")
        .row("30101", "基本工资", "48.00", "48.00")
        .row("30108", "机关事业单位基本养老保险缴费", "12.00", "12.00")
        .row("30109", "职业年金缴费", "8.00", "8.00")
        .row("302", "商品和服务支出", "12.00", "", "12.00")
        .row("30201", "办公费", "2.32", "", "2.32")
        .row("30217", "公务接待费", reception, "", reception)
        .row("30231", "公务用车运行维护费", vehicles, "", vehicles);
  }

  private static BudgetBuilder budget() {
    return DepartmentBudget.builder().department("980", "测试单位").year(2025);
  }

  private static BudgetBuilder consistent() {
    return budget().summary(SUMMARY).income(INCOME).expenditure(EXPENDITURE)
        .fiscalSummary(FISCAL).generalPublicExpenditure(GENERAL).basicExpenditure(BASIC)
        .governmentFundExpenditure(FUND_EMPTY).stateCapitalExpenditure(CAPITAL_EMPTY)
        .threePublic(THREE)
        .organisationUnit("测试单位本级", "行政", "正科级", "财政拨款")
        .narrative(n -> n.figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", "12.00万元"));
  }

  private static List<Finding> run(Rule rule, BudgetBuilder budget) {
    return filled(RuleSet.of("x", List.of(rule)).validate(budget.build()).findings());
  }

  /** Every finding a test sees has its message, placeholders filled, in both languages. */
  private static List<Finding> filled(List<Finding> findings) {
    for (Finding f : findings) {
      for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
        assertThat(f.message(locale)).doesNotContain("{").doesNotContain("}")
            .doesNotContain("no message text").doesNotContain("缺少消息文本");
      }
    }
    return findings;
  }

  @Test
  void everyRuleHasAMessageInBothLanguages() throws IOException {
    Properties en = bundle("xt.properties");
    Properties zh = bundle("xt_zh.properties");
    assertThat(zh.keySet()).isEqualTo(en.keySet());
    for (Rule rule : CrossTableRules.rules()) {
      assertThat(en.containsKey(rule.id())).as(rule.id()).isTrue();
    }
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (Reader r = new InputStreamReader(CrossTableRulesTest.class.getResourceAsStream(
        "/io/budgetkit/rules/messages/" + name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Location cell(TableKind table, int row, String code, int column,
      String columnName) {
    return Location.builder().table(table).row(row).code(code).column(column)
        .columnName(columnName).build();
  }

  /** The place of a row the table does not print. */
  private static Location absent(TableKind table, String code, int column, String columnName) {
    return Location.builder().table(table).code(code).column(column).columnName(columnName)
        .build();
  }

  private static Amount amount(String s) {
    return Amount.parse(s);
  }

  @Test
  void aConsistentBudgetHasNoCrossTableFinding() {
    assertThat(RuleSet.of("xt", CrossTableRules.rules()).tolerance(Tolerance.STRICT)
        .validate(consistent().build()).findings()).isEmpty();
  }

  @Test
  void rulesAreListedInIdOrder() {
    assertThat(CrossTableRules.rules()).extracting(Rule::id).containsExactly(
        "BK-XT-001", "BK-XT-002", "BK-XT-003", "BK-XT-004", "BK-XT-005", "BK-XT-006",
        "BK-XT-007", "BK-XT-008", "BK-XT-009", "BK-XT-010", "BK-XT-011", "BK-XT-012",
        "BK-XT-013");
    assertThat(CrossTableRules.OPERATING_COSTS.severity()).isEqualTo(Severity.WARNING);
    assertThat(CrossTableRules.SOCIAL_INSURANCE.severity()).isEqualTo(Severity.WARNING);
  }

  // BK-XT-001 ------------------------------------------------------------------------------------

  @Test
  void summaryClassFiresAtTheSummaryCellWithTheExpenditureCellRelated() {
    // 收支总表 prints 201 as 80.10, the 支出总表 80.00.
    List<Finding> found = run(CrossTableRules.SUMMARY_CLASSES, budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.10", "一、一般公共服务支出", "80.10")
            .row(8, "", "", "八、社会保障和就业支出", "20.00"))
        .expenditure(EXPENDITURE));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-001");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location())
          .isEqualTo(cell(TableKind.SUMMARY, 1, "一、一般公共服务支出", 4, "预算数"));
      assertThat(f.related()).containsExactly(cell(TableKind.EXPENDITURE, 2, "201", 3, "合计"));
      assertThat(f.actual()).contains(amount("80.10"));
      assertThat(f.expected()).contains(amount("80.00"));
      assertThat(f.difference()).contains(amount("0.10"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 收支总表 prints 80.10 for"
          + " 一、一般公共服务支出, but the 支出总表's 合计 for 类 201 is 80.00 (difference 0.10);"
          + " both tables must print the same amount for every 类.");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("收支总表“一、一般公共服务支出”为 80.10，"
          + "支出总表类 201 合计为 80.00（相差 0.10）；两表各类支出应一致。");
    });
  }

  @Test
  void summaryClassPassesWhenEvery类Agrees() {
    assertThat(run(CrossTableRules.SUMMARY_CLASSES, budget().summary(SUMMARY)
        .expenditure(EXPENDITURE))).isEmpty();
  }

  @Test
  void aClassTheSummaryDoesNotPrintIsReportedWhereItsRowWouldBe() {
    // The 支出总表 has 221 住房保障支出 5.00; the 收支总表 prints no 二十、住房保障支出 row.
    List<Finding> found = run(CrossTableRules.SUMMARY_CLASSES, budget().summary(SUMMARY)
        .expenditure(t -> t.total("105.00", "85.00", "20.00")
            .row("201", "一般公共服务支出", "80.00", "60.00", "20.00")
            .row("208", "社会保障和就业支出", "20.00", "20.00")
            .row("221", "住房保障支出", "5.00", "5.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location())
          .isEqualTo(absent(TableKind.SUMMARY, "二十、住房保障支出", 4, "预算数"));
      assertThat(f.related()).containsExactly(cell(TableKind.EXPENDITURE, 4, "221", 3, "合计"));
      assertThat(f.actual()).contains(Amount.ZERO);
      assertThat(f.expected()).contains(amount("5.00"));
    });
  }

  @Test
  void aRoundingDifferenceOfOneCentIsANoteUnlessStrict() {
    // 80.01 vs 80.00: 0.01 ≤ 0.005 × (1 + 1).
    BudgetBuilder b = budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.01", "一、一般公共服务支出", "80.01")
            .row(8, "", "", "八、社会保障和就业支出", "20.00"))
        .expenditure(EXPENDITURE);
    DepartmentBudget built = b.build();

    assertThat(RuleSet.of("x", List.of(CrossTableRules.SUMMARY_CLASSES)).validate(built)
        .findings()).singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.messageKey()).isEqualTo("rounding");
        });
    assertThat(RuleSet.of("x", List.of(CrossTableRules.SUMMARY_CLASSES))
        .tolerance(Tolerance.STRICT).validate(built).findings())
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.ERROR);
  }

  // BK-XT-002 ------------------------------------------------------------------------------------

  @Test
  void incomeAndExpenditureClassesFireAtTheIncomeCell() {
    List<Finding> found = run(CrossTableRules.INCOME_EXPENDITURE_CLASSES, budget()
        .income(t -> t.total("100.00", "100.00", "100.00")
            .row("201", "一般公共服务支出", "79.50", "79.50", "79.50")
            .row("208", "社会保障和就业支出", "20.50", "20.50", "20.50"))
        .expenditure(EXPENDITURE));

    assertThat(found).hasSize(2);
    assertThat(found.get(1)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-002");
      assertThat(f.location()).isEqualTo(cell(TableKind.INCOME, 3, "208", 3, "合计"));
      assertThat(f.related()).containsExactly(cell(TableKind.EXPENDITURE, 3, "208", 3, "合计"));
      assertThat(f.actual()).contains(amount("20.50"));
      assertThat(f.expected()).contains(amount("20.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 收入总表's 合计 for 类 208 is 20.50, but"
          + " the 支出总表's is 20.00 (difference 0.50); income and expenditure must agree for"
          + " every 类 and in total.");
    });
    assertThat(found.get(0).location()).isEqualTo(cell(TableKind.INCOME, 2, "201", 3, "合计"));
  }

  @Test
  void incomeAndExpenditureTotalsAreCompared() {
    List<Finding> found = run(CrossTableRules.INCOME_EXPENDITURE_CLASSES, budget()
        .income(t -> t.total("101.00", "101.00", "101.00")
            .row("201", "一般公共服务支出", "80.00", "80.00", "80.00")
            .row("208", "社会保障和就业支出", "20.00", "20.00", "20.00"))
        .expenditure(EXPENDITURE));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.INCOME, 1, "合计", 3, "合计"));
      assertThat(f.related()).containsExactly(cell(TableKind.EXPENDITURE, 1, "合计", 3, "合计"));
      assertThat(f.expected()).contains(amount("100.00"));
      assertThat(f.message(Locale.CHINESE)).isEqualTo("收入总表合计行合计为 101.00，支出总表为 100.00"
          + "（相差 1.00）；收入与支出各类及合计应一致。");
    });
  }

  @Test
  void aClassMissingFromTheIncomeTableCountsAsZero() {
    List<Finding> found = run(CrossTableRules.INCOME_EXPENDITURE_CLASSES, budget()
        .income(t -> t.total("100.00", "100.00", "100.00")
            .row("201", "一般公共服务支出", "80.00", "80.00", "80.00"))
        .expenditure(EXPENDITURE));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(absent(TableKind.INCOME, "208", 3, "合计"));
      assertThat(f.actual()).contains(Amount.ZERO);
      assertThat(f.expected()).contains(amount("20.00"));
    });
  }

  @Test
  void incomeAndExpenditurePass() {
    assertThat(run(CrossTableRules.INCOME_EXPENDITURE_CLASSES,
        budget().income(INCOME).expenditure(EXPENDITURE))).isEmpty();
  }

  // BK-XT-003 ------------------------------------------------------------------------------------

  @Test
  void summaryIncomeTotalFiresAgainstTheIncomeTablesSubtotal() {
    List<Finding> found = run(CrossTableRules.SUMMARY_TOTALS, budget()
        .summary(t -> t.row(32, "本年收入合计", "99.00", "本年支出合计", "100.00"))
        .income(INCOME).expenditure(EXPENDITURE));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-003");
      assertThat(f.location()).isEqualTo(cell(TableKind.SUMMARY, 32, "本年收入合计", 2, "预算数"));
      assertThat(f.related()).containsExactly(cell(TableKind.INCOME, 1, "合计", 4, "小计"));
      assertThat(f.actual()).contains(amount("99.00"));
      assertThat(f.expected()).contains(amount("100.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 收支总表's 本年收入合计 is 99.00, but"
          + " the 收入总表's 合计 row prints 100.00 under 小计 (difference -1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("收支总表“本年收入合计”为 99.00，"
          + "收入总表合计行“小计”为 100.00（相差 -1.00）。");
    });
  }

  @Test
  void summaryCarryOverAndExpenditureTotalsAreCompared() {
    // 收入总表 上年结转 5.00 while the 收支总表's 上年结转结余 is blank; 支出总表 合计 101.00.
    List<Finding> found = run(CrossTableRules.SUMMARY_TOTALS, budget()
        .summary(SUMMARY)
        .income(t -> t.total("105.00", "100.00", "100.00", "", "", "", "", "", "", "5.00"))
        .expenditure(t -> t.total("101.00", "81.00", "20.00")));

    assertThat(found).extracting(Finding::location).containsExactly(
        cell(TableKind.SUMMARY, 32, "本年支出合计", 4, "预算数"),
        cell(TableKind.SUMMARY, 33, "上年结转结余", 2, "预算数"));
    assertThat(found.get(1).related())
        .containsExactly(cell(TableKind.INCOME, 1, "合计", 12, "上年结转"));
    assertThat(found.get(1).expected()).contains(amount("5.00"));
    assertThat(found.get(0).related())
        .containsExactly(cell(TableKind.EXPENDITURE, 1, "合计", 3, "合计"));
  }

  @Test
  void summaryTotalsAreNotComparedWithAMissing合计Row() {
    assertThat(run(CrossTableRules.SUMMARY_TOTALS, budget().summary(SUMMARY)
        .income(t -> t.row("201", "一般公共服务支出", "1.00", "1.00", "1.00"))
        .expenditure(t -> t.row("201", "一般公共服务支出", "1.00", "1.00")))).isEmpty();
  }

  // BK-XT-004 ------------------------------------------------------------------------------------

  @Test
  void fiscalIncomeOfTheSummaryIsComparedWithThe财政拨款收入Column() {
    // 一般公共预算 100.00 + 政府性基金 5.00 = 105.00, but the 收入总表 prints 财政拨款收入 100.00.
    List<Finding> found = run(CrossTableRules.SUMMARY_INCOME_SOURCES, budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出")
            .row(2, "二、政府性基金预算拨款收入", "5.00", "二、外交支出")
            .row(3, "三、国有资本经营预算拨款收入", "", "三、国防支出"))
        .income(INCOME));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-004");
      assertThat(f.location()).isEqualTo(cell(TableKind.INCOME, 1, "合计", 5, "财政拨款收入"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.SUMMARY, 1, "一、一般公共预算拨款收入", 2, "预算数"),
          cell(TableKind.SUMMARY, 2, "二、政府性基金预算拨款收入", 2, "预算数"),
          cell(TableKind.SUMMARY, 3, "三、国有资本经营预算拨款收入", 2, "预算数"));
      assertThat(f.actual()).contains(amount("100.00"));
      assertThat(f.expected()).contains(amount("105.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("收入总表 合计 财政拨款收入 is 100.00, but"
          + " 收支总表 一、一般公共预算拨款收入 + 二、政府性基金预算拨款收入 + 三、国有资本经营预算拨款收入"
          + " come to 105.00 (difference -5.00); the 收支总表's income sources must agree with"
          + " the source columns of the 收入总表.");
    });
  }

  @Test
  void unitFundsAreComparedWithTheFiveNonFiscalColumns() {
    List<Finding> found = run(CrossTableRules.SUMMARY_INCOME_SOURCES, budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出")
            .row(4, "四、财政专户管理资金收入", "", "四、公共安全支出")
            .row(5, "五、单位资金", "3.00", "五、教育支出"))
        .income(INCOME));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.SUMMARY, 5, "五、单位资金", 2, "预算数"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.INCOME, 1, "合计", 7, "事业收入"),
          cell(TableKind.INCOME, 1, "合计", 8, "经营收入"),
          cell(TableKind.INCOME, 1, "合计", 9, "上级补助收入"),
          cell(TableKind.INCOME, 1, "合计", 10, "附属单位上缴收入"),
          cell(TableKind.INCOME, 1, "合计", 11, "其他收入"));
      assertThat(f.actual()).contains(amount("3.00"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void theSpecialAccountIsComparedWith财政专户收入() {
    List<Finding> found = run(CrossTableRules.SUMMARY_INCOME_SOURCES, budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出")
            .row(4, "四、财政专户管理资金收入", "", "四、公共安全支出"))
        .income(t -> t.total("102.00", "102.00", "100.00", "2.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location())
          .isEqualTo(cell(TableKind.SUMMARY, 4, "四、财政专户管理资金收入", 2, "预算数"));
      assertThat(f.related()).containsExactly(cell(TableKind.INCOME, 1, "合计", 6, "财政专户收入"));
      assertThat(f.expected()).contains(amount("2.00"));
    });
  }

  @Test
  void aUnitBudgetComparesEachOfItsFiveSources() {
    // 单位预算 template: 事业收入 2.00 agrees with 栏次7; 事业单位经营收入 1.00 has no 经营收入.
    List<Finding> found = run(CrossTableRules.SUMMARY_INCOME_SOURCES, budget().unitBudget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "100.00", "一、一般公共服务支出")
            .row(5, "五、事业收入", "2.00", "五、教育支出")
            .row(6, "六、事业单位经营收入", "1.00", "六、科学技术支出"))
        .income(t -> t.total("102.00", "102.00", "100.00", "", "2.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location())
          .isEqualTo(cell(TableKind.SUMMARY, 6, "六、事业单位经营收入", 2, "预算数"));
      assertThat(f.related()).containsExactly(cell(TableKind.INCOME, 1, "合计", 8, "经营收入"));
      assertThat(f.actual()).contains(amount("1.00"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void incomeSourcesPass() {
    assertThat(run(CrossTableRules.SUMMARY_INCOME_SOURCES,
        budget().summary(SUMMARY).income(INCOME))).isEmpty();
  }

  // BK-XT-005 ------------------------------------------------------------------------------------

  @Test
  void fiscalIncomeFiresAtTheFiscalSummaryCell() {
    List<Finding> found = run(CrossTableRules.FISCAL_INCOME, budget().summary(SUMMARY)
        .fiscalSummary(t -> t.row(1, "一、一般公共预算拨款", "99.00", "一、一般公共服务支出")
            .row(2, "二、政府性基金预算拨款", "", "二、外交支出")
            .row(3, "三、国有资本经营预算拨款", "", "三、国防支出")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-005");
      assertThat(f.location())
          .isEqualTo(cell(TableKind.FISCAL_SUMMARY, 1, "一、一般公共预算拨款", 2, "金额"));
      assertThat(f.related())
          .containsExactly(cell(TableKind.SUMMARY, 1, "一、一般公共预算拨款收入", 2, "预算数"));
      assertThat(f.actual()).contains(amount("99.00"));
      assertThat(f.expected()).contains(amount("100.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 财政拨款收支总表 prints 99.00 for"
          + " 一、一般公共预算拨款, but the 收支总表 prints 100.00 for 一、一般公共预算拨款收入"
          + " (difference -1.00).");
    });
  }

  @Test
  void theCarryOverBreakdownRowsAreNotThisYearsIncome() {
    // Rows 34-36 repeat the labels for the 年初结转 breakdown (7.00): not compared.
    assertThat(run(CrossTableRules.FISCAL_INCOME, budget().summary(SUMMARY)
        .fiscalSummary(t -> t.row(32, "本年收入合计", "100.00", "本年支出合计")
            .row(33, "年初财政拨款结转和结余", "7.00", "年末财政拨款结转和结余")
            .row(34, "一、一般公共预算拨款", "7.00", "")))).isEmpty();
    assertThat(run(CrossTableRules.FISCAL_INCOME,
        budget().summary(SUMMARY).fiscalSummary(FISCAL))).isEmpty();
  }

  // BK-XT-006, 007, 008 --------------------------------------------------------------------------

  @Test
  void generalPublicColumnFiresPer类AndInTotal() {
    List<Finding> found = run(CrossTableRules.GENERAL_PUBLIC_COLUMN, budget().fiscalSummary(FISCAL)
        .generalPublicExpenditure(t -> t.total("99.00", "79.00", "20.00")
            .row("201", "一般公共服务支出", "79.00", "59.00", "20.00")
            .row("208", "社会保障和就业支出", "20.00", "20.00")));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-006");
      assertThat(f.location()).isEqualTo(cell(TableKind.FISCAL_SUMMARY, 1, "一、一般公共服务支出",
          5, "一般公共预算财政拨款"));
      assertThat(f.related())
          .containsExactly(cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 2, "201", 3, "合计"));
      assertThat(f.actual()).contains(amount("80.00"));
      assertThat(f.expected()).contains(amount("79.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 财政拨款收支总表 prints 80.00 under"
          + " 一般公共预算财政拨款 for 一、一般公共服务支出, but the 一般公共预算财政拨款支出表 prints"
          + " 79.00 in 合计 for 201 (difference 1.00).");
      assertThat(f.message(Locale.CHINESE)).isEqualTo("财政拨款收支总表“一、一般公共服务支出”的"
          + "一般公共预算财政拨款为 80.00，一般公共预算财政拨款支出表 201（合计栏）为 79.00（相差 1.00）。");
    });
    assertThat(found.get(1)).satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.FISCAL_SUMMARY, 32, "本年支出合计", 5,
          "一般公共预算财政拨款"));
      assertThat(f.related())
          .containsExactly(cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 1, "合计", 3, "合计"));
      assertThat(f.expected()).contains(amount("99.00"));
    });
  }

  @Test
  void generalPublicColumnPasses() {
    assertThat(run(CrossTableRules.GENERAL_PUBLIC_COLUMN,
        budget().fiscalSummary(FISCAL).generalPublicExpenditure(GENERAL))).isEmpty();
  }

  @Test
  void governmentFundColumnAgainstAnEmptyTable7CountsAsZero() {
    // 十二、城乡社区支出 10.00 of 政府性基金 in table 4, while table 7 is published empty.
    List<Finding> found = run(CrossTableRules.GOVERNMENT_FUND_COLUMN, budget()
        .fiscalSummary(t -> t
            .row(12, "", "", "十二、城乡社区支出", "10.00", "", "10.00")
            .row(32, "本年收入合计", "10.00", "本年支出合计", "10.00", "", "10.00"))
        .governmentFundExpenditure(FUND_EMPTY));

    assertThat(found).hasSize(2);
    assertThat(found.get(0)).satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-007");
      assertThat(f.location()).isEqualTo(cell(TableKind.FISCAL_SUMMARY, 12, "十二、城乡社区支出",
          6, "政府性基金预算财政拨款"));
      assertThat(f.related())
          .containsExactly(absent(TableKind.GOVERNMENT_FUND_EXPENDITURE, "212", 3, "合计"));
      assertThat(f.actual()).contains(amount("10.00"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
    assertThat(found.get(1).location()).isEqualTo(cell(TableKind.FISCAL_SUMMARY, 32,
        "本年支出合计", 6, "政府性基金预算财政拨款"));
    assertThat(found.get(1).related())
        .containsExactly(absent(TableKind.GOVERNMENT_FUND_EXPENDITURE, "合计", 3, "合计"));
  }

  @Test
  void fundColumnsPassAgainstEmptyTablesAndSkipAbsentOnes() {
    assertThat(run(CrossTableRules.GOVERNMENT_FUND_COLUMN,
        budget().fiscalSummary(FISCAL).governmentFundExpenditure(FUND_EMPTY))).isEmpty();
    assertThat(run(CrossTableRules.STATE_CAPITAL_COLUMN,
        budget().fiscalSummary(FISCAL).stateCapitalExpenditure(CAPITAL_EMPTY))).isEmpty();
    // Table 7 is not published at all: a completeness matter, nothing to compare with.
    assertThat(run(CrossTableRules.GOVERNMENT_FUND_COLUMN, budget().fiscalSummary(t -> t
        .row(12, "", "", "十二、城乡社区支出", "10.00", "", "10.00")))).isEmpty();
  }

  @Test
  void stateCapitalColumnFiresWhereTable8PrintsA类Table4LeavesBlank() {
    List<Finding> found = run(CrossTableRules.STATE_CAPITAL_COLUMN, budget()
        .fiscalSummary(FISCAL)
        .stateCapitalExpenditure(t -> t.total("5.00", "", "5.00")
            .row("223", "国有资本经营预算支出", "5.00", "", "5.00")));

    assertThat(found).extracting(Finding::location).containsExactly(
        cell(TableKind.FISCAL_SUMMARY, 22, "二十二、国有资本经营预算支出", 7, "国有资本经营预算财政拨款"),
        cell(TableKind.FISCAL_SUMMARY, 32, "本年支出合计", 7, "国有资本经营预算财政拨款"));
    assertThat(found.get(0).ruleId()).isEqualTo("BK-XT-008");
    assertThat(found.get(0).related())
        .containsExactly(cell(TableKind.STATE_CAPITAL_EXPENDITURE, 2, "223", 3, "合计"));
    assertThat(found.get(0).actual()).contains(Amount.ZERO);
    assertThat(found.get(0).expected()).contains(amount("5.00"));
  }

  @Test
  void a类Table4DoesNotPrintIsReportedWhereItsRowWouldBe() {
    List<Finding> found = run(CrossTableRules.STATE_CAPITAL_COLUMN, budget()
        .fiscalSummary(t -> t.row(1, "一、一般公共预算拨款", "", "一、一般公共服务支出"))
        .stateCapitalExpenditure(t -> t.row("223", "国有资本经营预算支出", "5.00", "", "5.00")));

    assertThat(found).singleElement().satisfies(f -> assertThat(f.location()).isEqualTo(
        absent(TableKind.FISCAL_SUMMARY, "二十二、国有资本经营预算支出", 7, "国有资本经营预算财政拨款")));
  }

  // BK-XT-009 ------------------------------------------------------------------------------------

  @Test
  void basicTotalFiresAtTable5() {
    List<Finding> found = run(CrossTableRules.BASIC_TOTAL, budget()
        .generalPublicExpenditure(GENERAL).basicExpenditure(t -> t.total("81.00", "69.00", "12.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-009");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location())
          .isEqualTo(cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 1, "合计", 4, "基本支出"));
      assertThat(f.related())
          .containsExactly(cell(TableKind.BASIC_EXPENDITURE, 1, "合计", 3, "合计"));
      assertThat(f.actual()).contains(amount("80.00"));
      assertThat(f.expected()).contains(amount("81.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 一般公共预算财政拨款支出表's 合计 row"
          + " prints 80.00 as 基本支出, but the 基本支出表's 合计 is 81.00 (difference -1.00).");
    });
  }

  @Test
  void basicTotalPasses() {
    assertThat(run(CrossTableRules.BASIC_TOTAL,
        budget().generalPublicExpenditure(GENERAL).basicExpenditure(BASIC))).isEmpty();
  }

  // BK-XT-010 ------------------------------------------------------------------------------------

  @Test
  void anEconomicItemAboveIts三公LineFires() {
    List<Finding> found = run(CrossTableRules.THREE_PUBLIC_ITEMS,
        budget().basicExpenditure(basic("0.68", "9.50")).threePublic(THREE));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-010");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 9, "30231", 3, "合计"));
      assertThat(f.related()).containsExactly(cell(TableKind.THREE_PUBLIC, 7, "公务用车运行维护费", 3,
          "一般公共预算财政拨款"));
      assertThat(f.actual()).contains(amount("9.50"));
      assertThat(f.expected()).contains(amount("9.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 基本支出表 prints 9.50 under 30231"
          + " 公务用车运行维护费, more than the 9.00 of “公务用车运行维护费” in the “三公” table"
          + " (difference 0.50); the “三公” table covers basic and project spending, so its line"
          + " cannot be less than the basic-expenditure item.");
    });
  }

  @Test
  void anEconomicItemBelowIts三公LinePasses() {
    // Part ≤ whole, never equality: 30231 8.00 against 9.00 of 公务用车运行维护费 holds.
    assertThat(run(CrossTableRules.THREE_PUBLIC_ITEMS,
        budget().basicExpenditure(basic("0.68", "8.00")).threePublic(THREE))).isEmpty();
  }

  @Test
  void anEmpty三公TableCountsAsZeros() {
    List<Finding> found = run(CrossTableRules.THREE_PUBLIC_ITEMS, budget()
        .basicExpenditure(basic("0.05", ""))
        .threePublic(t -> t.note("注：无财政拨款“三公”经费支出预算，空表列示。")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 8, "30217", 3, "合计"));
      assertThat(f.related()).containsExactly(
          absent(TableKind.THREE_PUBLIC, "公务接待费", 3, "一般公共预算财政拨款"));
      assertThat(f.actual()).contains(amount("0.05"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void aLineThe三公TableDoesNotPrintIsNotCompared() {
    // The table prints amounts but no 公务接待费 row: nothing to compare 30217 with.
    assertThat(run(CrossTableRules.THREE_PUBLIC_ITEMS, budget().basicExpenditure(BASIC)
        .threePublic(t -> t.row("“三公”经费小计", "9.00", "9.00")
            .row("公务用车运行维护费", "9.00", "9.00")))).isEmpty();
  }

  @Test
  void anEconomicItemWithinRoundingOfIts三公LineIsANote() {
    assertThat(run(CrossTableRules.THREE_PUBLIC_ITEMS,
        budget().basicExpenditure(basic("0.69", "9.00")).threePublic(THREE)))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  // BK-XT-011 ------------------------------------------------------------------------------------

  /** Layout B: 合计 1, 小计 2, …, 四、会议费 10, 其中 11-12, 五、培训费 13. */
  private static Consumer<ThreePublicRows> layoutB(String meetings, String training) {
    return t -> t
        .row("合计", "12.68", "12.68")
        .row("“三公”经费小计", "9.68", "9.68")
        .row("一、因公出国（境）费")
        .row("其中：教学科研人员因公出国（境）费")
        .row("其他因公出国（境）费")
        .row("二、公务用车购置及运维费", "9.00", "9.00")
        .row("其中：公务用车购置费")
        .row("公务用车运行维护费", "9.00", "9.00")
        .row("三、公务接待费", "0.68", "0.68")
        .row("四、会议费", meetings, meetings)
        .row("其中：省属高校业务性会议费")
        .row("其他会议费", meetings, meetings)
        .row("五、培训费", training, training);
  }

  /** Layout D as in the etdz fixture: 合计 124.59, 小计 104.07, no 会议费 / 培训费 rows. */
  private static final Consumer<ThreePublicRows> LAYOUT_D = t -> t
      .row("合计", "124.59", "124.59")
      .row("“三公”经费小计", "104.07", "104.07")
      .row("一、因公出国(境)费")
      .row("其中：教学科研人员因公出国(境)费")
      .row("其他因公出国(境)费")
      .row("二、公务用车购置及运维费", "97.26", "97.26")
      .row("其中：公务用车购置费")
      .row("公务用车运行维护费", "97.26", "97.26")
      .row("三、公务接待费", "6.81", "6.81");

  private static Consumer<CodedRows<EconomicCode>> meetingsAndTraining(String meetings,
      String training) {
    // Rows: 合计 1, 302 2, 30215 3, 30216 4.
    return t -> t.total("", "", "")
        .row("302", "商品和服务支出", "", "", "")
        .row("30215", "会议费", meetings, "", meetings)
        .row("30216", "培训费", training, "", training);
  }

  @Test
  void meetingsAbovePrinted会议费Fire() {
    List<Finding> found = run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("3.00", "1.00")).threePublic(layoutB("2.00", "1.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-011");
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 3, "30215", 3, "合计"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.THREE_PUBLIC, 10, "四、会议费", 3, "一般公共预算财政拨款"));
      assertThat(f.actual()).contains(amount("3.00"));
      assertThat(f.expected()).contains(amount("2.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 基本支出表 prints 3.00 under 30215"
          + " 会议费, more than the 2.00 the “三公” table leaves for it (四、会议费;"
          + " difference 1.00).");
    });
  }

  @Test
  void trainingWithinTheUndisclosed合计Passes() {
    // etdz: 30216 培训费 20.52 = 合计 124.59 − 小计 104.07.
    assertThat(run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("", "20.52")).threePublic(LAYOUT_D))).isEmpty();
  }

  @Test
  void trainingAboveTheUndisclosed合计Fires() {
    List<Finding> found = run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("", "20.60")).threePublic(LAYOUT_D));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 4, "30216", 3, "合计"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.THREE_PUBLIC, 1, "合计", 3, "一般公共预算财政拨款"),
          cell(TableKind.THREE_PUBLIC, 2, "“三公”经费小计", 3, "一般公共预算财政拨款"));
      assertThat(f.actual()).contains(amount("20.60"));
      assertThat(f.expected()).contains(amount("20.52"));
      assertThat(f.message(Locale.CHINESE)).isEqualTo("基本支出表 30216 培训费 为 20.60，"
          + "超过“三公”经费支出表可容纳的 20.52（按 合计 − “三公”经费小计 计，相差 0.08）。");
    });
  }

  @Test
  void meetingsAndTrainingTogetherAboveTheUndisclosed合计Fire() {
    // 30215 10.00 fits in 20.52; 30216 15.00 does not fit in the 10.52 left.
    List<Finding> found = run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("10.00", "15.00")).threePublic(LAYOUT_D));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 4, "30216", 3, "合计"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.THREE_PUBLIC, 1, "合计", 3, "一般公共预算财政拨款"),
          cell(TableKind.THREE_PUBLIC, 2, "“三公”经费小计", 3, "一般公共预算财政拨款"),
          cell(TableKind.BASIC_EXPENDITURE, 3, "30215", 3, "合计"));
      assertThat(f.actual()).contains(amount("15.00"));
      assertThat(f.expected()).contains(amount("10.52"));
      assertThat(f.arguments()).containsEntry("whole", "合计 − “三公”经费小计 − 30215");
    });
  }

  @Test
  void trainingOneCentAboveTheUndisclosed合计IsARoundingNote() {
    // 20.53 vs 124.59 − 104.07: 0.01 ≤ 0.005 × (2 + 1).
    assertThat(run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("", "20.53")).threePublic(LAYOUT_D)))
        .singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
  }

  @Test
  void meetingsAndTrainingAreNotComparedWithoutA合计() {
    // Layout C has no 合计: the table does not count 会议费 / 培训费.
    assertThat(run(CrossTableRules.MEETINGS_AND_TRAINING, budget()
        .basicExpenditure(meetingsAndTraining("1.00", "1.00")).threePublic(THREE))).isEmpty();
  }

  // BK-XT-012 ------------------------------------------------------------------------------------

  private static BudgetBuilder operatingCosts(String stated, String... natures) {
    BudgetBuilder b = budget().basicExpenditure(BASIC)
        .narrative(n -> n.figure(FigureKind.OPERATING_COSTS, "机关运行经费共计安排", stated));
    for (int i = 0; i < natures.length; i++) {
      b.organisationUnit("单位" + i, natures[i], "正科级", "财政拨款");
    }
    return b;
  }

  @Test
  void operatingCostsOfAnAdministrativeUnitFireAsAWarning() {
    List<Finding> found = run(CrossTableRules.OPERATING_COSTS, operatingCosts("11.00万元", "行政"));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-012");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location())
          .isEqualTo(Location.of(SectionKind.OPERATING_COSTS, "机关运行经费共计安排"));
      assertThat(f.related())
          .containsExactly(cell(TableKind.BASIC_EXPENDITURE, 1, "合计", 5, "公用经费"));
      assertThat(f.actual()).contains(amount("11.00"));
      assertThat(f.expected()).contains(amount("12.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The narrative states 机关运行经费 of"
          + " 11.00, but the 基本支出表's 公用经费 is 12.00 (difference -1.00); for administrative"
          + " units the two are the same.");
    });
  }

  @Test
  void operatingCostsPassForAnAdministrativeUnitAndAreSkippedForOthers() {
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("12.00万元", "行政")))
        .isEmpty();
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("11.00万元", "事业")))
        .isEmpty();
    // A figure that is not a sum of money is not compared.
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("若干", "行政"))).isEmpty();
  }

  @Test
  void operatingCostsOfMixedUnitsMayNotExceed公用经费() {
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("11.00万元", "行政", "事业")))
        .isEmpty();
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("13.00万元", "行政", "事业")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.messageKey()).isEqualTo("BK-XT-012.mixed");
          assertThat(f.expected()).contains(amount("12.00"));
          assertThat(f.message(Locale.CHINESE)).isEqualTo("情况说明所述机关运行经费 13.00 超过"
              + "基本支出表公用经费 12.00（相差 1.00）；行政单位的机关运行经费是公用经费的一部分。");
        });
  }

  @Test
  void operatingCostsWithoutAnOrganisationTableAreANote() {
    assertThat(run(CrossTableRules.OPERATING_COSTS, operatingCosts("11.00万元")))
        .singleElement().satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.INFO);
          assertThat(f.messageKey()).isEqualTo("BK-XT-012.unknown");
          assertThat(f.message(Locale.ENGLISH)).isEqualTo("The narrative states 机关运行经费 of"
              + " 11.00 and the 基本支出表's 公用经费 is 12.00 (difference -1.00); they agree for"
              + " administrative units, but no 机构设置 table tells whether the units are"
              + " administrative.");
        });
  }

  // BK-XT-013 ------------------------------------------------------------------------------------

  @Test
  void occupationalPensionFiresAsAWarningAtTheEconomicCell() {
    List<Finding> found = run(CrossTableRules.SOCIAL_INSURANCE, budget()
        .generalPublicExpenditure(GENERAL)
        .basicExpenditure(t -> t.total("80.50", "68.50", "12.00")
            .row("30108", "机关事业单位基本养老保险缴费", "12.00", "12.00")
            .row("30109", "职业年金缴费", "8.50", "8.50")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-013");
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 3, "30109", 3, "合计"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 6, "2080506", 4, "基本支出"));
      assertThat(f.actual()).contains(amount("8.50"));
      assertThat(f.expected()).contains(amount("8.00"));
      assertThat(f.message(Locale.ENGLISH)).isEqualTo("The 基本支出表 prints 8.50 under 30109,"
          + " but the 一般公共预算财政拨款支出表 prints 8.00 as 基本支出 under 2080506"
          + " (difference 0.50); these items usually correspond.");
    });
  }

  @Test
  void medicalInsuranceSumsTwoFunctionalItems() {
    // 30110 6.00 against 2101101 3.00 + 2101102 3.50 = 6.50.
    List<Finding> found = run(CrossTableRules.SOCIAL_INSURANCE, budget()
        .generalPublicExpenditure(t -> t.total("6.50", "6.50")
            .row("2101101", "行政单位医疗", "3.00", "3.00")
            .row("2101102", "事业单位医疗", "3.50", "3.50"))
        .basicExpenditure(t -> t.total("6.00", "6.00")
            .row("30110", "职工基本医疗保险缴费", "6.00", "6.00")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 2, "30110", 3, "合计"));
      assertThat(f.related()).containsExactly(
          cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 2, "2101101", 4, "基本支出"),
          cell(TableKind.GENERAL_PUBLIC_EXPENDITURE, 3, "2101102", 4, "基本支出"));
      assertThat(f.expected()).contains(amount("6.50"));
      assertThat(f.arguments()).containsEntry("functional", "2101101 + 2101102");
    });
  }

  @Test
  void anItemPrintedOnOneSideOnlyIsComparedWithZero() {
    List<Finding> found = run(CrossTableRules.SOCIAL_INSURANCE, budget()
        .generalPublicExpenditure(t -> t.total("4.50", "4.50"))
        .basicExpenditure(t -> t.total("4.50", "4.50")
            .row("30111", "公务员医疗补助缴费", "4.50", "4.50")));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.location()).isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 2, "30111", 3, "合计"));
      assertThat(f.related()).containsExactly(
          absent(TableKind.GENERAL_PUBLIC_EXPENDITURE, "2101103", 4, "基本支出"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void correspondencesPassAndSkipWhatNeitherSidePrints() {
    // 30108 ↔ 2080505 and 30109 ↔ 2080506 agree; 30110, 30111, 30113 are printed nowhere.
    assertThat(run(CrossTableRules.SOCIAL_INSURANCE,
        budget().generalPublicExpenditure(GENERAL).basicExpenditure(BASIC))).isEmpty();
  }

  // Rules never throw on bad data ----------------------------------------------------------------

  @Test
  void aBudgetWithoutTablesGivesNoFinding() {
    assertThat(RuleSet.of("xt", CrossTableRules.rules()).validate(budget().build()).findings())
        .isEmpty();
  }

  @Test
  void tablesWithoutTheir合计RowsGiveNoTotalFinding() {
    DepartmentBudget b = budget()
        .summary(t -> t.row(1, "一、一般公共预算拨款收入", "1.00", "一、一般公共服务支出", "1.00"))
        .income(t -> t.row("201", "一般公共服务支出", "1.00", "1.00", "1.00"))
        .expenditure(t -> t.row("201", "一般公共服务支出", "1.00", "1.00"))
        .fiscalSummary(t -> t.row(1, "一、一般公共预算拨款", "1.00", "一、一般公共服务支出", "1.00", "1.00"))
        .generalPublicExpenditure(t -> t.row("201", "一般公共服务支出", "1.00", "1.00"))
        .basicExpenditure(t -> t.row("30201", "办公费", "1.00", "", "1.00"))
        .build();

    assertThat(RuleSet.of("xt", CrossTableRules.rules()).validate(b).findings()).isEmpty();
  }

  // The fixtures ---------------------------------------------------------------------------------

  @Test
  void haigangDevelopmentServiceCenter2025() {
    List<Finding> found = RuleSet.of("xt", CrossTableRules.rules())
        .validate(Fixture.HAIGANG_DEVELOPMENT_SERVICE_CENTER_2025.budget()).findings();

    // L1299-1304: the 基本支出表 prints 序号13 30217 公务接待费 0.05, while the “三公” table
    // (L1397-1428) is published empty with its 空表 note, and the narrative (L1463) confirms
    // 公务接待费 0.00万元: 30217 ≤ 公务接待费 is broken. Nothing else: tables 1-8 agree 类 by
    // 类, and the 机构设置 table (L1441-1449) says 事业, so 机关运行经费 (L1461, 5.58, which
    // equals 公用经费 anyway) is not compared.
    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("BK-XT-010");
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.location())
          .isEqualTo(cell(TableKind.BASIC_EXPENDITURE, 13, "30217", 3, "合计"));
      assertThat(f.related()).containsExactly(
          absent(TableKind.THREE_PUBLIC, "公务接待费", 3, "一般公共预算财政拨款"));
      assertThat(f.actual()).contains(amount("0.05"));
      assertThat(f.expected()).contains(Amount.ZERO);
    });
  }

  @Test
  void haigangGovernmentOffice2024() {
    // Every pair holds: tables 1-5 agree 类 by 类 (201 1191.38, 208 103.58, 210 62.47,
    // 221 60.26; L1-1188); 基本支出 884.29 = table 6's 合计 (L1192-1381); 30217 0.68 and 30231
    // 9.01 equal their “三公” lines (layout C, L1453-1530: no 合计, so 会议费/培训费 are not
    // counted); 机关运行经费 111.81 (L1581) = 公用经费 111.81 of an administrative unit
    // (L1565-1574); 30108/30110/30111/30113 equal 2080505/2101101/2101103/2210201.
    assertThat(RuleSet.of("xt", CrossTableRules.rules()).tolerance(Tolerance.STRICT)
        .validate(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget()).findings()).isEmpty();
  }

  @Test
  void etdzPublicSecurityBureau2024() {
    // Every pair holds: tables 1-5 agree (204 10103.75, 208 665.73, 210 267.16, 221 226.09;
    // L38-397); 基本支出 6798.73 = table 6's 合计 (L399-464); 30217 6.81 and 30231 97.26 equal
    // their “三公” lines (L508-516); 30216 培训费 20.52 (L441) fits exactly in what the “三公”
    // 合计 124.59 holds beyond 小计 104.07 (L508-509, layout D); 机关运行经费 935.92 (L563) =
    // 公用经费 935.92 of an administrative unit (L540-543); the five social-insurance pairs agree
    // (e.g. 30109 190.73 = 2080506 190.73). The unexplained 三公 合计 itself is BK-TPUB-006's.
    assertThat(RuleSet.of("xt", CrossTableRules.rules()).tolerance(Tolerance.STRICT)
        .validate(Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget()).findings()).isEmpty();
  }
}
