package io.budgetkit.rules.xt;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.catalog.SummaryRowName;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.CodeLevel;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Cross-table reconciliation (area {@code XT}): the nine tables print the same budget several
 * times over, and every pair that DOMAIN.md lists must agree.
 *
 * <ul>
 *   <li>{@code BK-XT-001}: each 类 of the 收支总表's expenditure side equals the 支出总表's 类 合计;
 *   <li>{@code BK-XT-002}: the 收入总表 and the 支出总表 print the same 合计 for every 类 and in
 *       their 合计 rows;
 *   <li>{@code BK-XT-003}: the 收支总表's 本年收入合计, 上年结转结余 and 本年支出合计 equal the 合计
 *       rows of the 收入总表 (本年收入小计, 上年结转) and of the 支出总表;
 *   <li>{@code BK-XT-004}: the 收支总表's income sources equal the source columns of the
 *       收入总表's 合计 row (三项财政拨款 = 财政拨款收入, 财政专户 = 财政专户收入, 单位资金 = 事业 +
 *       经营 + 上级补助 + 附属单位上缴 + 其他);
 *   <li>{@code BK-XT-005}: the 财政拨款收支总表's three income items equal the 收支总表's;
 *   <li>{@code BK-XT-006}, {@code 007}, {@code 008}: the 一般公共预算, 政府性基金 and 国有资本经营
 *       columns of the 财政拨款收支总表 equal, 类 by 类 and in 本年支出合计, the 合计 of tables 5, 7
 *       and 8 (an empty table is zero);
 *   <li>{@code BK-XT-009}: table 5's 基本支出 合计 equals table 6's 合计;
 *   <li>{@code BK-XT-010}: each “三公” economic code of table 6 is at most its “三公” line (30212,
 *       30217, 30231, 31013; part ≤ whole, an empty “三公” table counting as zeros);
 *   <li>{@code BK-XT-011}: 30215 会议费 and 30216 培训费 are at most the 会议费 / 培训费 rows where
 *       printed, or together at most the undisclosed 合计 − 小计 where 合计 counts them unprinted;
 *   <li>{@code BK-XT-012} (warning): 机关运行经费 stated in the narrative equals table 6's 公用经费
 *       for administrative units;
 *   <li>{@code BK-XT-013} (warning): pension, medical and housing-fund items of table 5's 基本支出
 *       correspond to their economic 款 in table 6.
 * </ul>
 *
 * <p>A rule compares only tables that are present: an absent table is a completeness matter, not
 * a disagreement. Within a present table, a row that is not printed counts as zero.
 */
public final class CrossTableRules {

  /** BK-XT-001. */
  public static final Rule SUMMARY_CLASSES = Rule.of("BK-XT-001", Severity.ERROR,
      "Each 类 row of the 收支总表's expenditure side equals the 支出总表's 类 合计",
      CrossTableRules::summaryClassesMatchExpenditure);

  /** BK-XT-002. */
  public static final Rule INCOME_EXPENDITURE_CLASSES = Rule.of("BK-XT-002", Severity.ERROR,
      "The 收入总表 and the 支出总表 print the same 合计 for every 类 and in their 合计 rows",
      CrossTableRules::incomeClassesMatchExpenditure);

  /** BK-XT-003. */
  public static final Rule SUMMARY_TOTALS = Rule.of("BK-XT-003", Severity.ERROR,
      "The 收支总表's 本年收入合计, 上年结转结余 and 本年支出合计 equal the 合计 rows of the"
          + " 收入总表 and the 支出总表",
      CrossTableRules::summaryTotalsMatchDetail);

  /** BK-XT-004. */
  public static final Rule SUMMARY_INCOME_SOURCES = Rule.of("BK-XT-004", Severity.ERROR,
      "The 收支总表's income sources equal the source columns of the 收入总表's 合计 row",
      CrossTableRules::summaryIncomeSourcesMatchIncome);

  /** BK-XT-005. */
  public static final Rule FISCAL_INCOME = Rule.of("BK-XT-005", Severity.ERROR,
      "The 财政拨款收支总表's 一般公共预算, 政府性基金 and 国有资本经营 income equal the 收支总表's",
      CrossTableRules::fiscalIncomeMatchesSummary);

  /** BK-XT-006. */
  public static final Rule GENERAL_PUBLIC_COLUMN = Rule.of("BK-XT-006", Severity.ERROR,
      "The 财政拨款收支总表's 一般公共预算 column equals the 一般公共预算财政拨款支出表, 类 by 类"
          + " and in total",
      fundColumn("一般公共预算财政拨款", DepartmentBudget::generalPublicExpenditure));

  /** BK-XT-007. */
  public static final Rule GOVERNMENT_FUND_COLUMN = Rule.of("BK-XT-007", Severity.ERROR,
      "The 财政拨款收支总表's 政府性基金 column equals the 政府性基金预算财政拨款支出表, 类 by 类"
          + " and in total",
      fundColumn("政府性基金预算财政拨款", DepartmentBudget::governmentFundExpenditure));

  /** BK-XT-008. */
  public static final Rule STATE_CAPITAL_COLUMN = Rule.of("BK-XT-008", Severity.ERROR,
      "The 财政拨款收支总表's 国有资本经营 column equals the 国有资本经营预算财政拨款支出表, 类 by 类"
          + " and in total",
      fundColumn("国有资本经营预算财政拨款", DepartmentBudget::stateCapitalExpenditure));

  /** BK-XT-009. */
  public static final Rule BASIC_TOTAL = Rule.of("BK-XT-009", Severity.ERROR,
      "The 一般公共预算财政拨款支出表's 基本支出 合计 equals the 基本支出表's 合计",
      CrossTableRules::basicTotalMatchesBasicTable);

  /** BK-XT-010. */
  public static final Rule THREE_PUBLIC_ITEMS = Rule.of("BK-XT-010", Severity.ERROR,
      "Each 三公 economic code of the 基本支出表 (30212, 30217, 30231, 31013) is at most its"
          + " 三公 line",
      CrossTableRules::threePublicItemsWithinLines);

  /** BK-XT-011. */
  public static final Rule MEETINGS_AND_TRAINING = Rule.of("BK-XT-011", Severity.ERROR,
      "30215 会议费 and 30216 培训费 of the 基本支出表 are at most the 三公 table's 会议费 and 培训费,"
          + " printed or left undisclosed in its 合计",
      CrossTableRules::meetingsAndTrainingWithinThreePublic);

  /** BK-XT-012. */
  public static final Rule OPERATING_COSTS = Rule.of("BK-XT-012", Severity.WARNING,
      "机关运行经费 stated in the narrative equals the 基本支出表's 公用经费 for administrative units",
      CrossTableRules::operatingCostsMatchPublicExpenses);

  /** BK-XT-013. */
  public static final Rule SOCIAL_INSURANCE = Rule.of("BK-XT-013", Severity.WARNING,
      "Pension, medical and housing-fund items of table 5's 基本支出 correspond to their economic"
          + " 款 in the 基本支出表",
      CrossTableRules::socialInsuranceCorresponds);

  private static final String TOTAL = "合计";

  /** 30212 ≤ 因公出国（境）费, 30217 ≤ 公务接待费, 30231 ≤ 公务用车运行维护费, 31013 ≤ 公务用车购置费. */
  private static final List<Map.Entry<String, ThreePublicLine>> THREE_PUBLIC_CODES = List.of(
      Map.entry("30212", ThreePublicLine.OVERSEAS),
      Map.entry("30217", ThreePublicLine.RECEPTION),
      Map.entry("30231", ThreePublicLine.VEHICLE_OPERATION),
      Map.entry("31013", ThreePublicLine.VEHICLE_PURCHASE));

  /** 30215 ≤ 会议费, 30216 ≤ 培训费. */
  private static final List<Map.Entry<String, ThreePublicLine>> MEETING_CODES = List.of(
      Map.entry("30215", ThreePublicLine.MEETINGS),
      Map.entry("30216", ThreePublicLine.TRAINING));

  /** Economic 款 of table 6 → the functional 项 of table 5 whose 基本支出 it corresponds to. */
  private static final List<Map.Entry<String, List<String>>> CORRESPONDENCES = List.of(
      Map.entry("30108", List.of("2080505")),
      Map.entry("30109", List.of("2080506")),
      Map.entry("30110", List.of("2101101", "2101102")),
      Map.entry("30111", List.of("2101103")),
      Map.entry("30113", List.of("2210201")));

  private CrossTableRules() {}

  /**
   * Returns the rules of this area, in order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(SUMMARY_CLASSES, INCOME_EXPENDITURE_CLASSES, SUMMARY_TOTALS,
        SUMMARY_INCOME_SOURCES, FISCAL_INCOME, GENERAL_PUBLIC_COLUMN, GOVERNMENT_FUND_COLUMN,
        STATE_CAPITAL_COLUMN, BASIC_TOTAL, THREE_PUBLIC_ITEMS, MEETINGS_AND_TRAINING,
        OPERATING_COSTS, SOCIAL_INSURANCE);
  }

  // BK-XT-001 ------------------------------------------------------------------------------------

  private static void summaryClassesMatchExpenditure(DepartmentBudget budget, Findings findings) {
    if (budget.summary().isEmpty() || budget.expenditure().isEmpty()) {
      return;
    }
    SummaryTable summary = budget.summary().get();
    CodedTable<FunctionCode> expenditure = budget.expenditure().get();
    OptionalInt left = expenditureColumn(summary);
    OptionalInt right = column(expenditure, TOTAL);
    if (left.isPresent() && right.isPresent()) {
      compareClasses(findings,
          ClassColumn.of(summary, left.getAsInt(), findings.context().edition()),
          ClassColumn.of(expenditure, right.getAsInt()), Map.of());
    }
  }

  // BK-XT-002 ------------------------------------------------------------------------------------

  private static void incomeClassesMatchExpenditure(DepartmentBudget budget, Findings findings) {
    if (budget.income().isEmpty() || budget.expenditure().isEmpty()) {
      return;
    }
    CodedTable<FunctionCode> income = budget.income().get();
    CodedTable<FunctionCode> expenditure = budget.expenditure().get();
    OptionalInt left = column(income, TOTAL);
    OptionalInt right = column(expenditure, TOTAL);
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    compareClasses(findings, ClassColumn.of(income, left.getAsInt()),
        ClassColumn.of(expenditure, right.getAsInt()), Map.of());
    Optional<Cell> a = total(income, left.getAsInt());
    Optional<Cell> b = total(expenditure, right.getAsInt());
    if (a.isPresent() && b.isPresent()) {
      findings.checkEqual(a.get().location, a.get().amount, b.get().location, b.get().amount,
          precision(income), Map.of("code", TOTAL, "item", "合计行"));
    }
  }

  // BK-XT-003 ------------------------------------------------------------------------------------

  private static void summaryTotalsMatchDetail(DepartmentBudget budget, Findings findings) {
    if (budget.summary().isEmpty()) {
      return;
    }
    SummaryTable summary = budget.summary().get();
    OptionalInt in = incomeColumn(summary);
    OptionalInt out = expenditureColumn(summary);
    budget.income().ifPresent(income -> in.ifPresent(c -> {
      summaryTotal(findings, summary, incomeRow(summary, "本年收入合计"), c, income, "小计");
      summaryTotal(findings, summary, incomeRow(summary, "上年结转结余", "上年结转"), c, income,
          "上年结转");
    }));
    budget.expenditure().ifPresent(expenditure -> out.ifPresent(c -> summaryTotal(findings,
        summary, summary.expenditureRow("本年支出合计"), c, expenditure, TOTAL)));
  }

  private static void summaryTotal(Findings findings, SummaryTable summary,
      Optional<SummaryRow> row, int column, CodedTable<FunctionCode> detail, String detailColumn) {
    OptionalInt c = column(detail, detailColumn);
    if (row.isEmpty() || c.isEmpty()) {
      return;
    }
    total(detail, c.getAsInt()).ifPresent(t -> {
      Location at = Location.of(summary, row.get(), column);
      findings.checkEqual(at, row.get().amount(column), t.location, t.amount, precision(summary),
          Map.of("item", at.code().orElse(""), "table", detail.kind().baseTitle(),
              "column", detailColumn));
    });
  }

  // BK-XT-004 ------------------------------------------------------------------------------------

  private static void summaryIncomeSourcesMatchIncome(DepartmentBudget budget,
      Findings findings) {
    if (budget.summary().isEmpty() || budget.income().isEmpty()) {
      return;
    }
    SummaryTable summary = budget.summary().get();
    CodedTable<FunctionCode> income = budget.income().get();
    OptionalInt in = incomeColumn(summary);
    if (in.isEmpty()) {
      return;
    }
    int c = in.getAsInt();
    // 收入总表 财政拨款收入 = 一般公共预算 + 政府性基金 + 国有资本经营 拨款收入 (LAYOUTS.md §3).
    List<SummaryRow> fiscal = new ArrayList<>();
    for (String item : List.of("一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入")) {
      incomeRow(summary, item).ifPresent(fiscal::add);
    }
    Optional<Cell> fiscalCell = column(income, "财政拨款收入").stream().boxed().findFirst()
        .flatMap(col -> total(income, col));
    if (!fiscal.isEmpty() && fiscalCell.isPresent()) {
      List<Location> parts = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      for (SummaryRow r : fiscal) {
        Location l = Location.of(summary, r, c);
        parts.add(l);
        amounts.add(r.amount(c));
        labels.add(l.code().orElse(""));
      }
      findings.checkSum(fiscalCell.get().location, fiscalCell.get().amount, parts, amounts,
          precision(income), Map.of("subject", "收入总表 合计 财政拨款收入",
              "object", "收支总表 " + String.join(" + ", labels)));
    }
    // 财政专户管理资金收入 = 财政专户收入; 单位资金 = 事业 + 经营 + 上级补助 + 附属单位上缴 + 其他;
    // the 单位预算 template prints those five instead of 单位资金.
    sourceEqual(findings, summary, c, income, "财政专户管理资金收入", "财政专户收入");
    incomeRow(summary, "单位资金").ifPresent(row -> {
      List<Location> parts = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      List<String> names = List.of("事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入");
      for (String name : names) {
        OptionalInt col = column(income, name);
        Optional<Cell> cell = col.isPresent() ? total(income, col.getAsInt()) : Optional.empty();
        if (cell.isEmpty()) {
          return;
        }
        parts.add(cell.get().location);
        amounts.add(cell.get().amount);
      }
      Location at = Location.of(summary, row, c);
      findings.checkSum(at, row.amount(c), parts, amounts, precision(summary),
          Map.of("subject", "收支总表 " + at.code().orElse(""),
              "object", "收入总表 合计 " + String.join(" + ", names)));
    });
    sourceEqual(findings, summary, c, income, "事业收入", "事业收入");
    sourceEqual(findings, summary, c, income, "事业单位经营收入", "经营收入");
    sourceEqual(findings, summary, c, income, "上级补助收入", "上级补助收入");
    sourceEqual(findings, summary, c, income, "附属单位上缴收入", "附属单位上缴收入");
    sourceEqual(findings, summary, c, income, "其他收入", "其他收入");
  }

  private static void sourceEqual(Findings findings, SummaryTable summary, int column,
      CodedTable<FunctionCode> income, String item, String incomeColumn) {
    Optional<SummaryRow> row = incomeRow(summary, item);
    OptionalInt col = column(income, incomeColumn);
    if (row.isEmpty() || col.isEmpty()) {
      return;
    }
    total(income, col.getAsInt()).ifPresent(t -> {
      Location at = Location.of(summary, row.get(), column);
      findings.checkEqual(at, row.get().amount(column), t.location, t.amount, precision(summary),
          Map.of("subject", "收支总表 " + at.code().orElse(""),
              "object", "收入总表 合计 " + incomeColumn));
    });
  }

  // BK-XT-005 ------------------------------------------------------------------------------------

  private static void fiscalIncomeMatchesSummary(DepartmentBudget budget, Findings findings) {
    if (budget.fiscalSummary().isEmpty() || budget.summary().isEmpty()) {
      return;
    }
    SummaryTable fiscal = budget.fiscalSummary().get();
    SummaryTable summary = budget.summary().get();
    OptionalInt left = incomeColumn(fiscal);
    OptionalInt right = incomeColumn(summary);
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    // Rows 34-36 of the 财政拨款收支总表 repeat the three labels to break 年初结转 down: only the
    // rows above 本年收入合计 are this year's income.
    Optional<SummaryRow> closing = fiscal.incomeRow("本年收入合计");
    for (String kind : List.of("一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款")) {
      Optional<SummaryRow> a = fiscal.incomeRow(kind)
          .filter(r -> closing.isEmpty() || r.seq() < closing.get().seq());
      Optional<SummaryRow> b = incomeRow(summary, kind + "收入", kind);
      if (a.isPresent() && b.isPresent()) {
        Location at = Location.of(fiscal, a.get(), left.getAsInt());
        Location other = Location.of(summary, b.get(), right.getAsInt());
        findings.checkEqual(at, a.get().amount(left.getAsInt()), other,
            b.get().amount(right.getAsInt()), precision(fiscal),
            Map.of("item", at.code().orElse(kind), "other", other.code().orElse(kind)));
      }
    }
  }

  // BK-XT-006, 007, 008 --------------------------------------------------------------------------

  private static Validator<DepartmentBudget> fundColumn(String fiscalColumn,
      Function<DepartmentBudget, Optional<CodedTable<FunctionCode>>> fundTable) {
    return (budget, findings) -> {
      Optional<CodedTable<FunctionCode>> table = fundTable.apply(budget);
      if (budget.fiscalSummary().isEmpty() || table.isEmpty()) {
        return;
      }
      SummaryTable fiscal = budget.fiscalSummary().get();
      OptionalInt left = column(fiscal, fiscalColumn);
      OptionalInt right = column(table.get(), TOTAL);
      if (left.isEmpty() || right.isEmpty()) {
        return;
      }
      Map<String, String> args = Map.of("column", fiscalColumn,
          "table", table.get().kind().baseTitle());
      compareClasses(findings,
          ClassColumn.of(fiscal, left.getAsInt(), findings.context().edition()),
          ClassColumn.of(table.get(), right.getAsInt()), args);
      Optional<SummaryRow> closing = fiscal.expenditureRow("本年支出合计");
      Optional<Cell> total = total(table.get(), right.getAsInt());
      if (closing.isPresent() && total.isPresent()) {
        Location at = Location.of(fiscal, closing.get(), left.getAsInt());
        Map<String, String> withItem = new HashMap<>(args);
        withItem.put("item", at.code().orElse("本年支出合计"));
        withItem.put("code", TOTAL);
        findings.checkEqual(at, closing.get().amount(left.getAsInt()), total.get().location,
            total.get().amount, precision(fiscal), withItem);
      }
    };
  }

  // BK-XT-009 ------------------------------------------------------------------------------------

  private static void basicTotalMatchesBasicTable(DepartmentBudget budget, Findings findings) {
    if (budget.generalPublicExpenditure().isEmpty() || budget.basicExpenditure().isEmpty()) {
      return;
    }
    CodedTable<FunctionCode> general = budget.generalPublicExpenditure().get();
    CodedTable<EconomicCode> basic = budget.basicExpenditure().get();
    OptionalInt left = column(general, "基本支出");
    OptionalInt right = column(basic, TOTAL);
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    Optional<Cell> a = total(general, left.getAsInt());
    Optional<Cell> b = total(basic, right.getAsInt());
    if (a.isPresent() && b.isPresent()) {
      findings.checkEqual(a.get().location, a.get().amount, b.get().location, b.get().amount,
          precision(general), Map.of());
    }
  }

  // BK-XT-010 ------------------------------------------------------------------------------------

  private static void threePublicItemsWithinLines(DepartmentBudget budget, Findings findings) {
    if (budget.basicExpenditure().isEmpty() || budget.threePublic().isEmpty()) {
      return;
    }
    CodedTable<EconomicCode> basic = budget.basicExpenditure().get();
    ThreePublicTable three = budget.threePublic().get();
    OptionalInt left = column(basic, TOTAL);
    OptionalInt right = column(three, "一般公共预算财政拨款");
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    for (Map.Entry<String, ThreePublicLine> e : THREE_PUBLIC_CODES) {
      Optional<CodedRow<EconomicCode>> item = basic.row(EconomicCode.parse(e.getKey()));
      if (item.isEmpty()) {
        continue;
      }
      Optional<ThreePublicRow> line = three.row(e.getValue());
      if (line.isEmpty() && !three.isEmpty()) {
        // The table prints amounts but not this line: nothing to compare with.
        continue;
      }
      // An empty “三公” table (layout A) says the department has no such costs: its lines are 0.
      Cell whole = Cell.of(three, line, e.getValue().label(), right.getAsInt());
      Cell part = Cell.of(basic, item.get(), left.getAsInt());
      findings.checkAtMost(part.location, part.amount, whole.location, whole.amount,
          precision(basic), Map.of("code", e.getKey(), "name", item.get().name().strip(),
              "line", line.map(r -> r.item().strip()).orElse(e.getValue().label())));
    }
  }

  // BK-XT-011 ------------------------------------------------------------------------------------

  private static void meetingsAndTrainingWithinThreePublic(DepartmentBudget budget,
      Findings findings) {
    if (budget.basicExpenditure().isEmpty() || budget.threePublic().isEmpty()) {
      return;
    }
    CodedTable<EconomicCode> basic = budget.basicExpenditure().get();
    ThreePublicTable three = budget.threePublic().get();
    OptionalInt left = column(basic, TOTAL);
    OptionalInt right = column(three, "一般公共预算财政拨款");
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    int l = left.getAsInt();
    int r = right.getAsInt();
    Precision precision = precision(basic);
    // Printed rows (layout B) bound their code directly; the codes whose row is not printed
    // share what 合计 holds beyond 小计 and the printed rows (layout D, LAYOUTS.md §4).
    List<CodedRow<EconomicCode>> unprinted = new ArrayList<>();
    List<Cell> printedRows = new ArrayList<>();
    for (Map.Entry<String, ThreePublicLine> e : MEETING_CODES) {
      Optional<CodedRow<EconomicCode>> item = basic.row(EconomicCode.parse(e.getKey()));
      Optional<ThreePublicRow> line = three.row(e.getValue());
      if (line.isPresent()) {
        Cell whole = Cell.of(three, line.get(), r);
        printedRows.add(whole);
        item.ifPresent(i -> findings.checkAtMost(Location.of(basic, i, l), i.amount(l),
            whole.location, whole.amount, precision, Map.of("code", e.getKey(),
                "name", i.name().strip(), "whole", line.get().item().strip())));
      } else {
        // A blank or zero item takes no room and is no party to the comparison.
        item.filter(i -> !i.amount(l).isZero()).ifPresent(unprinted::add);
      }
    }
    Optional<ThreePublicRow> total = three.row(ThreePublicLine.TOTAL);
    Optional<ThreePublicRow> subtotal = three.row(ThreePublicLine.SUBTOTAL);
    if (unprinted.isEmpty() || total.isEmpty() || subtotal.isEmpty()) {
      // Without a 合计 the table does not count 会议费 / 培训费 at all (layouts A and C).
      return;
    }
    // room = 合计 − 小计 − printed 会议费/培训费 rows − the codes already placed in it.
    List<Location> whole = new ArrayList<>(List.of(Location.of(three, total.get(), r),
        Location.of(three, subtotal.get(), r)));
    List<Amount> signed = new ArrayList<>(List.of(total.get().amount(r),
        subtotal.get().amount(r)));
    StringBuilder words = new StringBuilder(total.get().item().strip()).append(" − ")
        .append(subtotal.get().item().strip());
    for (Cell c : printedRows) {
      whole.add(c.location);
      signed.add(c.amount);
      words.append(" − ").append(c.location.code().orElse(""));
    }
    for (CodedRow<EconomicCode> item : unprinted) {
      Location at = Location.of(basic, item, l);
      Amount room;
      try {
        // Every term but 合计 is taken away; negating them all first is one addition each.
        List<Amount> terms = new ArrayList<>(signed.subList(0, 1));
        signed.subList(1, signed.size()).forEach(a -> terms.add(a.negated()));
        room = Amount.sum(terms);
        if (item.amount(l).isGreaterThan(room)) {
          findings.checkSum(at, item.amount(l), whole, terms, precision,
              Map.of("code", item.code().map(Object::toString).orElse(""),
                  "name", item.name().strip(), "whole", words.toString()));
          return;
        }
      } catch (ArithmeticException e) {
        findings.reportOverflow(at, whole);
        return;
      }
      whole.add(at);
      signed.add(item.amount(l));
      words.append(" − ").append(item.code().map(Object::toString).orElse(""));
    }
  }

  // BK-XT-012 ------------------------------------------------------------------------------------

  private static void operatingCostsMatchPublicExpenses(DepartmentBudget budget,
      Findings findings) {
    Optional<NarrativeFigure> figure = budget.narrative().figure(FigureKind.OPERATING_COSTS);
    Optional<Amount> stated = figure.flatMap(f -> f.value().amount());
    if (stated.isEmpty() || budget.basicExpenditure().isEmpty()) {
      return;
    }
    CodedTable<EconomicCode> basic = budget.basicExpenditure().get();
    Optional<Cell> publicExpenses = column(basic, "公用经费").stream().boxed().findFirst()
        .flatMap(c -> total(basic, c));
    if (publicExpenses.isEmpty()) {
      return;
    }
    Location at = Location.of(SectionKind.OPERATING_COSTS, figure.get().words());
    Cell table = publicExpenses.get();
    Precision precision = precision(basic);
    List<OrganisationUnit> units = budget.organisation();
    long administrative = units.stream().filter(OrganisationUnit::isAdministrative).count();
    if (units.isEmpty()) {
      // No 机构设置 table: whether the units are administrative is unknown, so a difference is
      // only a note (docs/rules/xt.md).
      findings.withSeverity(Severity.INFO).withMessage("BK-XT-012.unknown")
          .checkEqual(at, stated.get(), table.location, table.amount, precision, Map.of());
    } else if (administrative == units.size()) {
      findings.checkEqual(at, stated.get(), table.location, table.amount, precision, Map.of());
    } else if (administrative > 0 && stated.get().isGreaterThan(table.amount)) {
      // 公用经费 also covers the non-administrative units: 机关运行经费 is only a part of it.
      findings.withMessage("BK-XT-012.mixed")
          .checkEqual(at, stated.get(), table.location, table.amount, precision, Map.of());
    }
  }

  // BK-XT-013 ------------------------------------------------------------------------------------

  private static void socialInsuranceCorresponds(DepartmentBudget budget, Findings findings) {
    if (budget.generalPublicExpenditure().isEmpty() || budget.basicExpenditure().isEmpty()) {
      return;
    }
    CodedTable<FunctionCode> general = budget.generalPublicExpenditure().get();
    CodedTable<EconomicCode> basic = budget.basicExpenditure().get();
    OptionalInt left = column(basic, TOTAL);
    OptionalInt right = column(general, "基本支出");
    if (left.isEmpty() || right.isEmpty()) {
      return;
    }
    for (Map.Entry<String, List<String>> e : CORRESPONDENCES) {
      Optional<CodedRow<EconomicCode>> economic = basic.row(EconomicCode.parse(e.getKey()));
      List<Location> parts = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      boolean printed = economic.isPresent();
      for (String code : e.getValue()) {
        Optional<CodedRow<FunctionCode>> row = general.row(FunctionCode.parse(code));
        printed |= row.isPresent();
        Cell cell = Cell.of(general, row, code, right.getAsInt());
        parts.add(cell.location);
        amounts.add(cell.amount);
      }
      if (!printed) {
        continue;
      }
      Cell at = Cell.of(basic, economic, e.getKey(), left.getAsInt());
      findings.checkSum(at.location, at.amount, parts, amounts, precision(basic),
          Map.of("code", e.getKey(), "functional", String.join(" + ", e.getValue())));
    }
  }

  // Helpers --------------------------------------------------------------------------------------

  /**
   * Compares the 类 rows of two tables in one column each; a 类 printed in one only is compared
   * with zero, and reported at the first table's place for it.
   */
  private static void compareClasses(Findings findings, ClassColumn a, ClassColumn b,
      Map<String, String> arguments) {
    TreeSet<FunctionCode> codes = new TreeSet<>(a.rows.keySet());
    codes.addAll(b.rows.keySet());
    for (FunctionCode code : codes) {
      Cell x = a.cell(code);
      Cell y = b.cell(code);
      Map<String, String> args = new HashMap<>(arguments);
      args.put("code", code.value());
      args.put("item", a.describe(code));
      findings.checkEqual(x.location, x.amount, y.location, y.amount, precision(a.table), args);
    }
  }

  /** The 合计 row's cell of a coded table; zero if the table is empty, none if 合计 is missing. */
  private static <C extends ClassificationCode<C>> Optional<Cell> total(CodedTable<C> table,
      int column) {
    Optional<CodedRow<C>> row = table.totalRow();
    if (row.isPresent()) {
      return Optional.of(Cell.of(table, row.get(), column));
    }
    // An empty table is zero throughout; a table with data but no 合计 row cannot be compared
    // (the hierarchy and completeness rules report the missing row).
    return table.isEmpty() ? Optional.of(Cell.absent(table, TOTAL, column)) : Optional.empty();
  }

  /** The first income row printed under one of the labels. */
  private static Optional<SummaryRow> incomeRow(SummaryTable table, String... labels) {
    for (String label : labels) {
      Optional<SummaryRow> row = table.incomeRow(label);
      if (row.isPresent()) {
        return row;
      }
    }
    return Optional.empty();
  }

  private static OptionalInt column(DisclosureTable table, String shortName) {
    return table.layout().amountColumns().stream().filter(c -> c.shortName().equals(shortName))
        .mapToInt(Column::number).findFirst();
  }

  private static OptionalInt incomeColumn(SummaryTable table) {
    return table.incomeColumns().stream().mapToInt(Column::number).findFirst();
  }

  private static OptionalInt expenditureColumn(SummaryTable table) {
    return table.expenditureColumns().stream().mapToInt(Column::number).findFirst();
  }

  private static Precision precision(DisclosureTable table) {
    return table.layout().precision();
  }

  /** A cell as a comparison sees it: where it is printed, or would be, and its amount. */
  private static final class Cell {
    final Location location;
    final Amount amount;

    private Cell(Location location, Amount amount) {
      this.location = location;
      this.amount = amount;
    }

    static Cell of(DisclosureTable table, TableRow row, int column) {
      return new Cell(Location.of(table, row, column), row.amount(column));
    }

    static Cell of(DisclosureTable table, Optional<? extends TableRow> row, String label,
        int column) {
      return row.isPresent() ? of(table, row.get(), column) : absent(table, label, column);
    }

    /** The place of a row the table does not print: table, code or label and column; zero. */
    static Cell absent(DisclosureTable table, String label, int column) {
      Location.Builder b = Location.builder();
      b.table(table.kind()).code(label).column(column);
      table.layout().column(column).map(Column::shortName).ifPresent(b::columnName);
      return new Cell(b.build(), Amount.ZERO);
    }
  }

  /** One column of a table's 类 rows, by code. */
  private static final class ClassColumn {
    final DisclosureTable table;
    final int column;
    final Map<FunctionCode, TableRow> rows;
    final Function<FunctionCode, String> absentLabel;

    private ClassColumn(DisclosureTable table, int column, Map<FunctionCode, TableRow> rows,
        Function<FunctionCode, String> absentLabel) {
      this.table = table;
      this.column = column;
      this.rows = rows;
      this.absentLabel = absentLabel;
    }

    /** The expenditure side's 类 rows of a two-sided table, by the catalog's names. */
    static ClassColumn of(SummaryTable table, int column, CatalogEdition edition) {
      Map<FunctionCode, TableRow> rows = new LinkedHashMap<>();
      for (SummaryRow r : table.rows()) {
        SummaryTable.expenditureClass(r, edition).ifPresent(c -> rows.putIfAbsent(c, r));
      }
      return new ClassColumn(table, column, rows, code -> edition.summaryRows().stream()
          .filter(n -> n.code().filter(code::equals).isPresent()).findFirst()
          .map(SummaryRowName::printedLabel).orElse(code.value()));
    }

    /** The 类 rows of a functional table. */
    static ClassColumn of(CodedTable<FunctionCode> table, int column) {
      Map<FunctionCode, TableRow> rows = new LinkedHashMap<>();
      for (CodedRow<FunctionCode> r : table.rows()) {
        r.code().filter(c -> c.level() == CodeLevel.CLASS).ifPresent(c -> rows.putIfAbsent(c, r));
      }
      return new ClassColumn(table, column, rows, FunctionCode::value);
    }

    Cell cell(FunctionCode code) {
      TableRow row = rows.get(code);
      return row != null ? Cell.of(table, row, column)
          : Cell.absent(table, absentLabel.apply(code), column);
    }

    /** How messages name the 类: its printed label, or 类 and its code in a coded table. */
    String describe(FunctionCode code) {
      return table instanceof SummaryTable ? cell(code).location.code().orElse(code.value())
          : "类 " + code.value();
    }
  }
}
