package io.budgetkit.rules.narr;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The figures stated in the 情况说明 against the tables, and the narrative's own arithmetic
 * (area {@code NARR}).
 *
 * <ul>
 *   <li>{@code BK-NARR-001}: the stated total income (预算收入, and the 预算收支安排 of the change
 *       paragraph) equals the 收支总表's 收入总计;</li>
 *   <li>{@code BK-NARR-002}: each stated income source equals its 收支总表 income row;</li>
 *   <li>{@code BK-NARR-003}: the stated 支出预算 equals the 支出总表's 合计;</li>
 *   <li>{@code BK-NARR-004}: the stated 基本支出 equals the 支出总表's 合计 基本支出;</li>
 *   <li>{@code BK-NARR-005}: the stated 人员经费 and 日常公用经费 equal the 基本支出表's 合计
 *       人员经费 and 公用经费;</li>
 *   <li>{@code BK-NARR-006}: the stated 项目支出 equals the 支出总表's 合计 项目支出;</li>
 *   <li>{@code BK-NARR-007}: the stated “三公” figures equal the “三公” table's 小计 and lines;</li>
 *   <li>{@code BK-NARR-008}: each project amount the narrative lists equals that project's 预算数
 *       (a listed project without a table is a warning);</li>
 *   <li>{@code BK-NARR-009}: the listed project amounts add up to the stated 项目支出 when they
 *       name every project, and never exceed it;</li>
 *   <li>{@code BK-NARR-010}: the stated 上年末固定资产金额 equals the asset table's 资产总额;</li>
 *   <li>{@code BK-NARR-011}: the stated planned fixed-asset purchases do not exceed the goods of
 *       the 政府采购预算 (warning);</li>
 *   <li>{@code BK-NARR-012}: each stated total equals the sum of its stated parts (支出 = 基本 +
 *       项目, 基本 = 人员 + 公用, 收入 = its sources, “三公” = its three parts, 公务用车 = 购置 +
 *       运维, 机关运行经费 = its itemised parts);</li>
 *   <li>{@code BK-NARR-013}: the stated change of the total equals the changes of basic and of
 *       project expenditure, signed;</li>
 *   <li>{@code BK-NARR-014}: a stated change equals the sum of the components listed for it
 *       (warning; a note when the list ends with 等);</li>
 *   <li>{@code BK-NARR-015}: a listed component states its direction when the others do
 *       (warning).</li>
 * </ul>
 *
 * <p>The 机关运行经费 against the 公用经费 is a cross-table rule (area XT), not repeated here.
 * Narrative figures are compared exactly, as amounts (a figure may carry more decimals than a
 * table, {@code 28.135万元}), under the caller's tolerance: they are read as printed to 0.01 万元,
 * or to the table's precision where that is coarser.
 */
public final class NarrativeRules {

  /** Narrative figures are written to 0.01 万元 (or fewer decimals). */
  static final Precision NARRATIVE = Precision.HUNDREDTHS_OF_WAN;

  /** BK-NARR-001. */
  public static final Rule INCOME_TOTAL = Rule.of("BK-NARR-001", Severity.ERROR,
      "The stated total income equals the 收入总计 of the 收支总表",
      NarrativeRules::checkIncomeTotal);

  /** BK-NARR-002. */
  public static final Rule INCOME_SOURCES = Rule.of("BK-NARR-002", Severity.ERROR,
      "Each stated income source equals its income row of the 收支总表",
      NarrativeRules::checkIncomeSources);

  /** BK-NARR-003. */
  public static final Rule EXPENDITURE_TOTAL = Rule.of("BK-NARR-003", Severity.ERROR,
      "The stated 支出预算 equals the 合计 of the 支出总表",
      (b, f) -> checkExpenditureColumn(b, f, FigureKind.EXPENDITURE, "合计", "本年支出合计"));

  /** BK-NARR-004. */
  public static final Rule BASIC_EXPENDITURE = Rule.of("BK-NARR-004", Severity.ERROR,
      "The stated 基本支出 equals the 合计 基本支出 of the 支出总表",
      (b, f) -> checkExpenditureColumn(b, f, FigureKind.BASIC_EXPENDITURE, "基本支出", null));

  /** BK-NARR-005. */
  public static final Rule PERSONNEL_AND_PUBLIC = Rule.of("BK-NARR-005", Severity.ERROR,
      "The stated 人员经费 and 日常公用经费 equal the 合计 row of the 基本支出表",
      NarrativeRules::checkPersonnelAndPublic);

  /** BK-NARR-006. */
  public static final Rule PROJECT_EXPENDITURE = Rule.of("BK-NARR-006", Severity.ERROR,
      "The stated 项目支出 equals the 合计 项目支出 of the 支出总表",
      (b, f) -> checkExpenditureColumn(b, f, FigureKind.PROJECT_EXPENDITURE, "项目支出", null));

  /** BK-NARR-007. */
  public static final Rule THREE_PUBLIC = Rule.of("BK-NARR-007", Severity.ERROR,
      "The stated “三公” figures equal the “三公” table (an empty table is all zeros)",
      NarrativeRules::checkThreePublic);

  /** BK-NARR-008. */
  public static final Rule PROJECT_AMOUNTS = Rule.of("BK-NARR-008", Severity.ERROR,
      "Each project amount listed in the narrative equals the project's 预算数",
      Validator.forEach(b -> b.narrative().figures(FigureKind.PROJECT_AMOUNT),
          NarrativeRules::checkProjectAmount));

  /** BK-NARR-009. */
  public static final Rule PROJECT_LIST_TOTAL = Rule.of("BK-NARR-009", Severity.ERROR,
      "The listed project amounts add up to the stated 项目支出 when they name every project",
      NarrativeRules::checkProjectListTotal);

  /** BK-NARR-010. */
  public static final Rule FIXED_ASSETS = Rule.of("BK-NARR-010", Severity.ERROR,
      "The stated 上年末固定资产金额 equals the 资产总额 of the asset table",
      NarrativeRules::checkFixedAssets);

  /** BK-NARR-011. */
  public static final Rule PLANNED_PURCHASES = Rule.of("BK-NARR-011", Severity.WARNING,
      "The stated planned fixed-asset purchases do not exceed the goods of the 政府采购预算",
      NarrativeRules::checkPlannedPurchases);

  /** BK-NARR-012. */
  public static final Rule STATED_TOTALS = Rule.of("BK-NARR-012", Severity.ERROR,
      "Each stated total equals the sum of its stated parts",
      NarrativeRules::checkStatedTotals);

  /** BK-NARR-013. */
  public static final Rule CHANGE_TOTAL = Rule.of("BK-NARR-013", Severity.ERROR,
      "The stated change of the total equals the changes of basic and project expenditure",
      NarrativeRules::checkChangeTotal);

  /** BK-NARR-014. */
  public static final Rule CHANGE_COMPONENTS = Rule.of("BK-NARR-014", Severity.WARNING,
      "A stated change equals the sum of the components listed for it",
      Validator.forEach(b -> ChangeGroup.of(b.narrative()), NarrativeRules::checkChangeComponents));

  /** BK-NARR-015. */
  public static final Rule COMPONENT_DIRECTION = Rule.of("BK-NARR-015", Severity.WARNING,
      "A listed component of a change states its direction when the others do",
      Validator.forEach(b -> ChangeGroup.of(b.narrative()),
          NarrativeRules::checkComponentDirection));

  private static final Map<FigureKind, List<String>> INCOME_ROWS = new EnumMap<>(FigureKind.class);
  private static final List<String> UNIT_FUNDS_PARTS =
      List.of("事业收入", "事业单位经营收入", "上级补助收入", "附属单位上缴收入", "其他收入");
  private static final Map<FigureKind, ThreePublicLine> THREE_PUBLIC_LINES =
      new EnumMap<>(FigureKind.class);

  static {
    INCOME_ROWS.put(FigureKind.INCOME_GENERAL_PUBLIC,
        List.of("一般公共预算拨款收入", "一般公共预算拨款", "一般公共预算收入"));
    INCOME_ROWS.put(FigureKind.INCOME_GOVERNMENT_FUND,
        List.of("政府性基金预算拨款收入", "政府性基金预算拨款", "政府性基金预算收入"));
    INCOME_ROWS.put(FigureKind.INCOME_STATE_CAPITAL,
        List.of("国有资本经营预算拨款收入", "国有资本经营预算拨款", "国有资本经营预算收入"));
    INCOME_ROWS.put(FigureKind.INCOME_SPECIAL_ACCOUNT,
        List.of("财政专户管理资金收入", "财政专户管理资金", "财政专户核拨收入"));
    INCOME_ROWS.put(FigureKind.INCOME_UNIT_FUNDS, List.of("单位资金", "单位资金收入"));
    INCOME_ROWS.put(FigureKind.INCOME_CARRYOVER, List.of("上年结转结余", "上年结转"));
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC, ThreePublicLine.SUBTOTAL);
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC_OVERSEAS, ThreePublicLine.OVERSEAS);
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC_VEHICLES, ThreePublicLine.VEHICLES);
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE,
        ThreePublicLine.VEHICLE_PURCHASE);
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC_VEHICLE_OPERATION,
        ThreePublicLine.VEHICLE_OPERATION);
    THREE_PUBLIC_LINES.put(FigureKind.THREE_PUBLIC_RECEPTION, ThreePublicLine.RECEPTION);
  }

  private NarrativeRules() {}

  /**
   * Returns the rules of this area, in order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(INCOME_TOTAL, INCOME_SOURCES, EXPENDITURE_TOTAL, BASIC_EXPENDITURE,
        PERSONNEL_AND_PUBLIC, PROJECT_EXPENDITURE, THREE_PUBLIC, PROJECT_AMOUNTS,
        PROJECT_LIST_TOTAL, FIXED_ASSETS, PLANNED_PURCHASES, STATED_TOTALS, CHANGE_TOTAL,
        CHANGE_COMPONENTS, COMPONENT_DIRECTION);
  }

  // ---- BK-NARR-001 -------------------------------------------------------------------------

  private static void checkIncomeTotal(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    List<NarrativeFigure> figures = new ArrayList<>(n.figures(FigureKind.INCOME));
    figures.addAll(n.figures(FigureKind.CHANGE_BASE));
    // The cells are looked up once, not once per figure: each lookup reads a table's rows.
    Optional<Cell> total = summaryIncome(budget, List.of("收入总计"))
        .or(() -> budget.income().flatMap(t -> totalCell(t, "合计")));
    Optional<Cell> current = summaryIncome(budget, List.of("本年收入合计"));
    for (NarrativeFigure figure : figures) {
      Optional<Amount> stated = figure.value().amount();
      if (stated.isEmpty() || total.isEmpty()) {
        continue;
      }
      Location at = FigureText.location(findings, n, figure);
      if (!stated.get().equals(total.get().amount) && current.isPresent()
          && stated.get().equals(current.get().amount)) {
        // The figure is the income of the year alone: 收入总计 adds 上年结转结余 to it.
        findings.report(Severity.WARNING, at, b -> b.messageKey("BK-NARR-001.currentYear")
            .actual(stated.get()).expected(total.get().amount)
            .addRelated(total.get().location, current.get().location)
            .putArguments("figure", figure.words()).putArguments("cell", total.get().describe())
            .putArguments("current", current.get().amount.toString()));
        continue;
      }
      compare(findings, at, stated.get(), total.get(), figure);
    }
  }

  // ---- BK-NARR-002 -------------------------------------------------------------------------

  private static void checkIncomeSources(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    if (budget.summary().isEmpty()) {
      return;
    }
    // 单位预算 and older templates split 单位资金 into five rows: looked up once, like the rows.
    List<Location> parts = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (String item : UNIT_FUNDS_PARTS) {
      summaryIncome(budget, List.of(item)).ifPresent(c -> {
        parts.add(c.location);
        amounts.add(c.amount);
        items.add(c.location.code().orElse(item));
      });
    }
    for (Map.Entry<FigureKind, List<String>> source : INCOME_ROWS.entrySet()) {
      List<NarrativeFigure> stating = n.figures(source.getKey());
      Optional<Cell> row = stating.isEmpty() ? Optional.empty()
          : summaryIncome(budget, source.getValue());
      for (NarrativeFigure figure : stating) {
        Optional<Amount> stated = figure.value().amount();
        if (stated.isEmpty()) {
          continue;
        }
        Location at = FigureText.location(findings, n, figure);
        if (row.isPresent()) {
          compare(findings, at, stated.get(), row.get(), figure);
        } else if (source.getKey() == FigureKind.INCOME_UNIT_FUNDS) {
          if (!parts.isEmpty()) {
            findings.checkSum(at, stated.get(), parts, amounts,
                coarser(budget.summary().get().layout().precision()),
                Map.of("figure", figure.words(),
                    "cell", "收支总表 " + String.join(" + ", items)));
          }
        }
      }
    }
  }

  // ---- BK-NARR-003, 004, 006 ---------------------------------------------------------------

  private static void checkExpenditureColumn(DepartmentBudget budget, Findings findings,
      FigureKind kind, String column, String summaryItem) {
    Narrative n = budget.narrative();
    List<NarrativeFigure> stating = n.figures(kind);
    if (stating.isEmpty()) {
      return;
    }
    Optional<Cell> cell = budget.expenditure().flatMap(t -> totalCell(t, column));
    if (cell.isEmpty() && summaryItem != null) {
      cell = summaryExpenditure(budget, summaryItem);
    }
    for (NarrativeFigure figure : stating) {
      Optional<Amount> stated = figure.value().amount();
      if (stated.isPresent() && cell.isPresent()) {
        compare(findings, FigureText.location(findings, n, figure), stated.get(), cell.get(), figure);
      }
    }
  }

  // ---- BK-NARR-005 -------------------------------------------------------------------------

  private static void checkPersonnelAndPublic(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    Map<FigureKind, String> columns = new LinkedHashMap<>();
    columns.put(FigureKind.PERSONNEL, "人员经费");
    columns.put(FigureKind.PUBLIC_EXPENSES, "公用经费");
    columns.forEach((kind, column) -> {
      Optional<Cell> cell = budget.basicExpenditure().flatMap(t -> totalCell(t, column));
      for (NarrativeFigure figure : n.figures(kind)) {
        Optional<Amount> stated = figure.value().amount();
        if (stated.isPresent() && cell.isPresent()) {
          compare(findings, FigureText.location(findings, n, figure), stated.get(), cell.get(), figure);
        }
      }
    });
  }

  // ---- BK-NARR-007 -------------------------------------------------------------------------

  private static void checkThreePublic(DepartmentBudget budget, Findings findings) {
    Optional<ThreePublicTable> table = budget.threePublic();
    if (table.isEmpty()) {
      return;
    }
    ThreePublicTable t = table.get();
    Narrative n = budget.narrative();
    OptionalInt column = amountColumn(t, "合计");
    if (column.isEmpty()) {
      return;
    }
    int col = column.getAsInt();
    THREE_PUBLIC_LINES.forEach((kind, line) -> {
      List<NarrativeFigure> stating = n.figures(kind);
      if (stating.isEmpty()) {
        return;
      }
      Optional<ThreePublicRow> row = t.row(line);
      if (row.isEmpty() && line == ThreePublicLine.SUBTOTAL) {
        row = t.row(ThreePublicLine.TOTAL);
      }
      for (NarrativeFigure figure : stating) {
        Optional<Amount> stated = figure.value().amount();
        if (stated.isEmpty()) {
          continue;
        }
        Cell cell;
        if (row.isPresent()) {
          cell = new Cell(Location.of(t, row.get(), col), row.get().amount(col),
              t.layout().precision());
        } else if (t.isEmpty()) {
          // Layout A: an empty table states that every line is zero.
          cell = new Cell(Location.of(t.kind()), Amount.ZERO, t.layout().precision());
        } else {
          continue;
        }
        compare(findings, FigureText.location(findings, n, figure), stated.get(), cell, figure);
      }
    });
  }

  // ---- BK-NARR-008 -------------------------------------------------------------------------

  private static void checkProjectAmount(NarrativeFigure figure, Findings findings) {
    DepartmentBudget budget = findings.context().budget();
    Optional<Amount> stated = figure.value().amount();
    if (stated.isEmpty() || budget.projects().isEmpty()) {
      return; // no project tables at all: a completeness matter, not one per listed name
    }
    String name = figure.subject().orElse(figure.words());
    Location at = FigureText.location(findings, budget.narrative(), figure);
    Optional<ProjectPerformance> project = ProjectNames.index(findings, budget.projects())
        .match(name);
    if (project.isEmpty()) {
      findings.report(Severity.WARNING, at, b -> b.messageKey("BK-NARR-008.unmatched")
          .putArguments("name", name).putArguments("amount", stated.get().toString()));
      return;
    }
    ProjectPerformance p = project.get();
    if (p.budget().isPresent()) {
      findings.checkEqual(at, stated.get(), projectBudget(p), p.budget().get(), NARRATIVE,
          Map.of("figure", figure.words(), "project", p.name()));
    }
  }

  // ---- BK-NARR-009 -------------------------------------------------------------------------

  private static void checkProjectListTotal(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    List<Location> listed = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    Set<ProjectPerformance> named = Collections.newSetFromMap(new IdentityHashMap<>());
    ProjectNames.Index projects = ProjectNames.index(findings, budget.projects());
    for (NarrativeFigure figure : n.figures(FigureKind.PROJECT_AMOUNT)) {
      figure.value().amount().ifPresent(a -> {
        listed.add(FigureText.location(findings, n, figure));
        amounts.add(a);
        projects.match(figure.subject().orElse(figure.words())).ifPresent(named::add);
      });
    }
    if (listed.isEmpty()) {
      return;
    }
    Location at;
    Amount total;
    Precision precision = NARRATIVE;
    Optional<NarrativeFigure> stated = n.figure(FigureKind.PROJECT_EXPENDITURE)
        .filter(f -> f.value().amount().isPresent());
    if (stated.isPresent()) {
      at = FigureText.location(findings, n, stated.get());
      total = stated.get().value().amount().get();
    } else {
      Optional<Cell> cell = budget.expenditure().flatMap(t -> totalCell(t, "项目支出"));
      if (cell.isEmpty()) {
        return;
      }
      at = cell.get().location;
      total = cell.get().amount;
      precision = cell.get().precision;
    }
    boolean complete = !budget.projects().isEmpty()
        && budget.projects().stream().allMatch(named::contains);
    Map<String, String> args = Map.of("count", Integer.toString(listed.size()));
    if (complete) {
      findings.checkSum(at, total, listed, amounts, precision, args);
    } else {
      Optional<Findings.Excess> over = findings.excessOver(amounts, total, at, listed);
      if (over.isEmpty()) {
        return;
      }
      reportExcess(findings, at, total, over.get().sum(), over.get().excess(), listed.size(),
          listed, precision,
          "BK-NARR-009.exceeds", args);
    }
  }

  // ---- BK-NARR-010 -------------------------------------------------------------------------

  private static void checkFixedAssets(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    Optional<AssetRow> total = budget.fixedAssets().flatMap(a -> a.total());
    if (total.isEmpty() || total.get().value().isEmpty()) {
      return;
    }
    Location cell = Location.builder().section(SectionKind.ASSETS).subject(total.get().item())
        .words("价值").build();
    for (NarrativeFigure figure : n.figures(FigureKind.FIXED_ASSETS)) {
      figure.value().amount().ifPresent(stated -> findings.checkEqual(
          FigureText.location(findings, n, figure), stated, cell, total.get().value().get(), NARRATIVE,
          Map.of("figure", figure.words())));
    }
  }

  // ---- BK-NARR-011 -------------------------------------------------------------------------

  private static void checkPlannedPurchases(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    if (budget.procurement().isEmpty()) {
      return;
    }
    List<Location> goods = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    for (ProcurementLine line : budget.procurement().get().lines()) {
      // 政府采购品目 A… are goods (货物); B… works and C… services are not assets.
      if (line.kind() == ProcurementLine.Kind.ITEM && line.catalogueNumber()
          .map(c -> c.strip().toUpperCase(Locale.ROOT).startsWith("A")).orElse(false)) {
        Location.Builder l = Location.builder().section(SectionKind.PROCUREMENT)
            .subject(line.label());
        line.itemName().ifPresent(l::words);
        goods.add(l.build());
        amounts.add(line.amount(FundingSource.TOTAL));
      }
    }
    Optional<Amount> sum;
    try {
      sum = Optional.of(Amount.sum(amounts));
    } catch (ArithmeticException e) {
      sum = Optional.empty(); // reported below on each figure that cannot be compared
    }
    for (NarrativeFigure figure : n.figures(FigureKind.FIXED_ASSETS_PLANNED_PURCHASES)) {
      Optional<Amount> goodsTotal = sum;
      figure.value().amount().ifPresent(stated -> {
        Location at = FigureText.location(findings, n, figure);
        Optional<Amount> excess = goodsTotal.flatMap(g -> minus(stated, g));
        if (excess.isEmpty()) {
          findings.reportOverflow(at, goods);
          return;
        }
        reportExcess(findings, at, stated, goodsTotal.get(), excess.get(),
            Math.max(1, goods.size()), goods, NARRATIVE, "BK-NARR-011",
            Map.of("figure", figure.words(), "count", Integer.toString(goods.size())));
      });
    }
  }

  // ---- BK-NARR-012 -------------------------------------------------------------------------

  private static void checkStatedTotals(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    if (otherExpenditurePrinted(budget)) {
      // The 支出总表 also spends on 经营支出, 上解上级 or 对附属单位补助: 基本 + 项目 is only a part
      // of the stated 支出, which it may not exceed.
      statedPart(n, findings, FigureKind.EXPENDITURE,
          List.of(FigureKind.BASIC_EXPENDITURE, FigureKind.PROJECT_EXPENDITURE));
    } else {
      statedSum(n, findings, FigureKind.EXPENDITURE,
          List.of(FigureKind.BASIC_EXPENDITURE, FigureKind.PROJECT_EXPENDITURE));
    }
    statedSum(n, findings, FigureKind.BASIC_EXPENDITURE,
        List.of(FigureKind.PERSONNEL, FigureKind.PUBLIC_EXPENSES));
    statedSum(n, findings, FigureKind.THREE_PUBLIC, List.of(FigureKind.THREE_PUBLIC_OVERSEAS,
        FigureKind.THREE_PUBLIC_VEHICLES, FigureKind.THREE_PUBLIC_RECEPTION));
    statedSum(n, findings, FigureKind.THREE_PUBLIC_VEHICLES, List.of(
        FigureKind.THREE_PUBLIC_VEHICLE_PURCHASE, FigureKind.THREE_PUBLIC_VEHICLE_OPERATION));
    // Income: an enumeration of two or more sources is the whole; one source alone is only a
    // part ("其中：一般公共预算收入…", the other sources left unsaid).
    List<NarrativeFigure> sources = new ArrayList<>();
    for (FigureKind kind : INCOME_ROWS.keySet()) {
      n.figure(kind).filter(f -> f.value().amount().isPresent()).ifPresent(sources::add);
    }
    Optional<NarrativeFigure> income = n.figure(FigureKind.INCOME)
        .filter(f -> f.value().amount().isPresent());
    if (income.isPresent() && sources.size() >= 2) {
      sum(n, findings, income.get(), sources);
    } else if (income.isPresent() && sources.size() == 1) {
      NarrativeFigure part = sources.get(0);
      Amount p = part.value().amount().get();
      Amount whole = income.get().value().amount().get();
      Location at = FigureText.location(findings, n, part);
      List<Location> related = List.of(FigureText.location(findings, n, income.get()));
      Optional<Amount> excess = minus(p, whole);
      if (excess.isEmpty()) {
        findings.reportOverflow(at, related);
      } else {
        reportExcess(findings, at, p, whole, excess.get(), 1, related, NARRATIVE,
            "BK-NARR-012.part", Map.of("figure", income.get().words(), "parts", part.words()));
      }
    }
    Optional<NarrativeFigure> operating = n.figure(FigureKind.OPERATING_COSTS)
        .filter(f -> f.value().amount().isPresent());
    List<NarrativeFigure> items = new ArrayList<>();
    n.figures(FigureKind.OPERATING_COSTS_COMPONENT).stream()
        .filter(f -> f.value().amount().isPresent()).forEach(items::add);
    if (operating.isPresent() && !items.isEmpty()) {
      sum(n, findings, operating.get(), items);
    }
  }

  private static void statedSum(Narrative n, Findings findings, FigureKind total,
      List<FigureKind> parts) {
    Optional<NarrativeFigure> t = n.figure(total).filter(f -> f.value().amount().isPresent());
    List<NarrativeFigure> p = new ArrayList<>();
    for (FigureKind kind : parts) {
      n.figure(kind).filter(f -> f.value().amount().isPresent()).ifPresent(p::add);
    }
    if (t.isPresent() && p.size() == parts.size()) {
      sum(n, findings, t.get(), p);
    }
  }

  /** Whether the 支出总表's 合计 row prints 经营支出, 上解上级支出 or 对附属单位补助支出 (栏次 6-8). */
  private static boolean otherExpenditurePrinted(DepartmentBudget budget) {
    return budget.expenditure().flatMap(CodedTable::totalRow)
        .map(r -> r.cells().entrySet().stream()
            .anyMatch(e -> e.getKey() >= 6 && !e.getValue().isZero()))
        .orElse(false);
  }

  private static void statedPart(Narrative n, Findings findings, FigureKind total,
      List<FigureKind> parts) {
    Optional<NarrativeFigure> t = n.figure(total).filter(f -> f.value().amount().isPresent());
    List<NarrativeFigure> p = new ArrayList<>();
    for (FigureKind kind : parts) {
      n.figure(kind).filter(f -> f.value().amount().isPresent()).ifPresent(p::add);
    }
    if (t.isEmpty() || p.isEmpty()) {
      return;
    }
    List<Location> locations = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    for (NarrativeFigure f : p) {
      locations.add(FigureText.location(findings, n, f));
      words.add(f.words());
      amounts.add(f.value().amount().get());
    }
    Amount whole = t.get().value().amount().get();
    Location at = FigureText.location(findings, n, t.get());
    Optional<Findings.Excess> over = findings.excessOver(amounts, whole, at, locations);
    if (over.isEmpty()) {
      return;
    }
    reportExcess(findings, at, over.get().sum(), whole, over.get().excess(), p.size(), locations,
        NARRATIVE,
        "BK-NARR-012.part", Map.of("figure", t.get().words(), "parts", String.join(" + ", words)));
  }

  private static void sum(Narrative n, Findings findings, NarrativeFigure total,
      List<NarrativeFigure> parts) {
    List<Location> locations = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    List<String> words = new ArrayList<>();
    for (NarrativeFigure p : parts) {
      locations.add(FigureText.location(findings, n, p));
      amounts.add(p.value().amount().get());
      words.add(p.words());
    }
    findings.checkSum(FigureText.location(findings, n, total), total.value().amount().get(), locations,
        amounts, NARRATIVE, Map.of("figure", total.words(), "parts", String.join(" + ", words)));
  }

  // ---- BK-NARR-013 -------------------------------------------------------------------------

  private static void checkChangeTotal(DepartmentBudget budget, Findings findings) {
    Narrative n = budget.narrative();
    Optional<NarrativeFigure> total = n.figure(FigureKind.CHANGE_TOTAL);
    Optional<NarrativeFigure> basic = n.figure(FigureKind.CHANGE_BASIC);
    Optional<NarrativeFigure> project = n.figure(FigureKind.CHANGE_PROJECT);
    if (total.isEmpty() || basic.isEmpty() || project.isEmpty()
        || total.get().signedValue().isEmpty() || basic.get().signedValue().isEmpty()
        || project.get().signedValue().isEmpty()) {
      return;
    }
    findings.checkSum(FigureText.location(findings, n, total.get()), total.get().signedValue().get(),
        List.of(FigureText.location(findings, n, basic.get()), FigureText.location(findings, n, project.get())),
        List.of(basic.get().signedValue().get(), project.get().signedValue().get()), NARRATIVE,
        Map.of("figure", total.get().words(),
            "parts", basic.get().words() + " + " + project.get().words()));
  }

  // ---- BK-NARR-014, 015 --------------------------------------------------------------------

  private static void checkChangeComponents(ChangeGroup group, Findings findings) {
    Narrative n = findings.context().budget().narrative();
    Optional<Amount> change = group.change.signedValue();
    if (change.isEmpty() || group.components.isEmpty()) {
      return;
    }
    List<Location> locations = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Location at = FigureText.location(findings, n, group.change);
    for (NarrativeFigure c : group.components) {
      Optional<Amount> signed;
      try {
        signed = group.signed(c);
      } catch (ArithmeticException e) {
        findings.reportOverflow(FigureText.location(findings, n, c), List.of(at));
        return;
      }
      if (signed.isEmpty()) {
        return;
      }
      locations.add(FigureText.location(findings, n, c));
      amounts.add(signed.get());
      words.add(c.words());
    }
    Map<String, String> args = Map.of("figure", group.change.words(),
        "parts", String.join(" + ", words), "count", Integer.toString(amounts.size()));
    Amount sum;
    boolean within;
    try {
      sum = Amount.sum(amounts);
      within = !sum.abs().isGreaterThan(change.get().abs());
    } catch (ArithmeticException e) {
      findings.reportOverflow(at, locations);
      return;
    }
    NarrativeFigure last = group.components.get(group.components.size() - 1);
    // Whether the list ends in 等 is read from the text last: only a sum short of the change
    // needs it.
    if (!sum.equals(change.get()) && within && sum.signum() * change.get().signum() >= 0
        && FigureText.endsWithEtc(findings, n, last)) {
      // The list is declared incomplete (…等): it explains only part of the change.
      findings.report(Severity.INFO, at, b -> b.messageKey("BK-NARR-014.partial")
          .actual(change.get()).expected(sum).addAllRelated(locations).putAllArguments(args));
      return;
    }
    findings.checkSum(at, change.get(), locations, amounts, NARRATIVE, args);
  }

  private static void checkComponentDirection(ChangeGroup group, Findings findings) {
    Narrative n = findings.context().budget().narrative();
    boolean anyStated = group.components.stream().anyMatch(c -> c.direction().isPresent());
    if (!anyStated) {
      return; // none states one: the list reads as amounts of the change itself
    }
    for (NarrativeFigure c : group.components) {
      if (c.direction().isEmpty()) {
        String read = group.change.isDecrease() ? "减少" : "增加";
        findings.report(FigureText.location(findings, n, c), b -> {
          b.putArguments("figure", c.words()).putArguments("change", group.change.words())
              .putArguments("direction", read)
              .addRelated(FigureText.location(findings, n, group.change));
          c.value().amount().ifPresent(b::actual);
        });
      }
    }
  }

  /**
   * A stated change (CHANGE_TOTAL, CHANGE_BASIC or CHANGE_PROJECT) with the CHANGE_COMPONENT
   * figures that follow it in reading order, up to the next figure of another kind.
   */
  static final class ChangeGroup {
    final NarrativeFigure change;
    final List<NarrativeFigure> components = new ArrayList<>();

    private ChangeGroup(NarrativeFigure change) {
      this.change = change;
    }

    static List<ChangeGroup> of(Narrative narrative) {
      List<ChangeGroup> groups = new ArrayList<>();
      ChangeGroup current = null;
      for (NarrativeFigure f : narrative.figures()) {
        switch (f.kind()) {
          case CHANGE_TOTAL:
          case CHANGE_BASIC:
          case CHANGE_PROJECT:
            current = new ChangeGroup(f);
            groups.add(current);
            break;
          case CHANGE_COMPONENT:
            if (current != null) {
              current.components.add(f);
            }
            break;
          default:
            current = null;
        }
      }
      return groups;
    }

    /**
     * Returns a component's signed amount: as its words state, or, where they state no
     * direction, in the direction of the change it belongs to.
     */
    Optional<Amount> signed(NarrativeFigure component) {
      if (component.direction().isPresent()) {
        return component.signedValue();
      }
      return component.value().amount().map(a -> change.isDecrease() ? a.negated() : a);
    }
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A printed cell: where it is, its amount and the precision it is printed at. */
  private static final class Cell {
    final Location location;
    final Amount amount;
    final Precision precision;

    Cell(Location location, Amount amount, Precision precision) {
      this.location = location;
      this.amount = amount;
      this.precision = precision;
    }

    String describe() {
      return location.describe(Locale.CHINESE);
    }
  }

  private static void compare(Findings findings, Location at, Amount stated, Cell cell,
      NarrativeFigure figure) {
    findings.checkEqual(at, stated, cell.location, cell.amount, coarser(cell.precision),
        Map.of("figure", figure.words(), "cell", cell.describe()));
  }

  /** The difference, or none when it is too large to be held (reported as an overflow). */
  private static Optional<Amount> minus(Amount a, Amount b) {
    try {
      return Optional.of(a.minus(b));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Reports an excess under one of this area's message keys (see Findings#checkNoExcess). */
  private static void reportExcess(Findings findings, Location at, Amount actual,
      Amount expected, Amount excess, int terms, List<Location> related, Precision precision,
      String key, Map<String, String> args) {
    findings.withMessage(key).checkNoExcess(at, actual, expected, excess, terms, related,
        precision, args);
  }


  /** Narrative figures are read at 0.01 万元, or at the table's precision if that is coarser. */
  private static Precision coarser(Precision table) {
    return table.step().isGreaterThan(NARRATIVE.step()) ? table : NARRATIVE;
  }

  private static Location projectBudget(ProjectPerformance p) {
    return Location.builder().section(SectionKind.PROJECTS).subject(p.name()).words("预算数")
        .build();
  }

  private static Optional<Cell> summaryIncome(DepartmentBudget budget, List<String> items) {
    Optional<SummaryTable> table = budget.summary();
    if (table.isEmpty() || table.get().incomeColumns().isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int column = t.incomeColumns().get(0).number();
    for (String item : items) {
      Optional<SummaryRow> row = t.incomeRow(item);
      if (row.isPresent()) {
        return Optional.of(new Cell(Location.of(t, row.get(), column),
            row.get().amount(column), t.layout().precision()));
      }
    }
    return Optional.empty();
  }

  private static Optional<Cell> summaryExpenditure(DepartmentBudget budget, String item) {
    Optional<SummaryTable> table = budget.summary();
    if (table.isEmpty() || table.get().expenditureColumns().isEmpty()) {
      return Optional.empty();
    }
    SummaryTable t = table.get();
    int column = t.expenditureColumns().get(0).number();
    return t.expenditureRow(item).map(r -> new Cell(Location.of(t, r, column), r.amount(column),
        t.layout().precision()));
  }

  private static Optional<Cell> totalCell(CodedTable<?> table, String column) {
    OptionalInt c = amountColumn(table, column);
    if (c.isEmpty()) {
      return Optional.empty();
    }
    Optional<? extends CodedRow<?>> row = table.totalRow();
    return row.map(r -> new Cell(Location.of(table, r, c.getAsInt()), r.amount(c.getAsInt()),
        table.layout().precision()));
  }

  /** The amount column whose header (without its group) reads as given. */
  private static OptionalInt amountColumn(DisclosureTable table, String shortName) {
    for (Column c : table.layout().columns()) {
      if (c.type() == ColumnType.AMOUNT && c.shortName().equals(shortName)) {
        return OptionalInt.of(c.number());
      }
    }
    return OptionalInt.empty();
  }
}
