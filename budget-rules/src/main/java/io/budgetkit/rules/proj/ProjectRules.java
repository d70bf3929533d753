package io.budgetkit.rules.proj;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.FunctionCode;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.profile.ColumnType;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Measure;
import io.budgetkit.core.section.PlanPoint;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The 项目绩效目标表 (area {@code PROJ}).
 *
 * <ul>
 *   <li>{@code BK-PROJ-001}: the projects' 预算数 add up to the 项目支出 of the 支出总表;</li>
 *   <li>{@code BK-PROJ-002}: a 资金支出计划 is cumulative: it never decreases;</li>
 *   <li>{@code BK-PROJ-003}: a 资金支出计划 ends at the 预算数 (amounts) or at 100% (percentages),
 *       at 12月底;</li>
 *   <li>{@code BK-PROJ-004}: 财政资金 + 其他资金 = 预算数;</li>
 *   <li>{@code BK-PROJ-005}: a cost indicator's cap (万元, 万, 元, or a monthly rate × 12) is not
 *       above the 预算数, and several caps together are not either (warning);</li>
 *   <li>{@code BK-PROJ-006}: a 资金支出计划 headed （%） holds percentages (warning);</li>
 *   <li>{@code BK-PROJ-007}: the amounts the 资金用途 itemises add up to its stated total, or to
 *       the 预算数 where it states none (warning).</li>
 * </ul>
 *
 * <p>Per-unit rates ({@code ≤400元/套}, {@code ≤5500元/人/月}, {@code ≤100元/人/天}) cannot be
 * compared with a budget without the number of units, and are skipped; so are caps with a
 * lower-bound comparator and values without a number ({@code 按规定执行}).
 */
public final class ProjectRules {

  /** Project amounts are printed to 0.01 万元. */
  static final Precision PRINTED = Precision.HUNDREDTHS_OF_WAN;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  /** BK-PROJ-001. */
  public static final Rule PROJECTS_TOTAL = Rule.of("BK-PROJ-001", Severity.ERROR,
      "The projects' 预算数 add up to the 项目支出 of the 支出总表",
      ProjectRules::checkProjectsTotal);

  /** BK-PROJ-002. */
  public static final Rule PLAN_CUMULATIVE = Rule.of("BK-PROJ-002", Severity.ERROR,
      "A 资金支出计划 is cumulative: no value is below the one before it",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkPlanCumulative));

  /** BK-PROJ-003. */
  public static final Rule PLAN_END = Rule.of("BK-PROJ-003", Severity.ERROR,
      "A 资金支出计划 ends at the 预算数 or at 100%, at 12月底",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkPlanEnd));

  /** BK-PROJ-004. */
  public static final Rule FUNDS_SPLIT = Rule.of("BK-PROJ-004", Severity.ERROR,
      "财政资金 + 其他资金 = 预算数",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkFundsSplit));

  /** BK-PROJ-005. */
  public static final Rule COST_CAPS = Rule.of("BK-PROJ-005", Severity.WARNING,
      "Cost indicators' caps are not above the 预算数, alone or together",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkCostCaps));

  /** BK-PROJ-006. */
  public static final Rule PLAN_PERCENT_HEADER = Rule.of("BK-PROJ-006", Severity.WARNING,
      "A 资金支出计划 headed （%） holds percentages, not amounts",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkPercentHeader));

  /** BK-PROJ-007. */
  public static final Rule PURPOSE_ITEMS = Rule.of("BK-PROJ-007", Severity.WARNING,
      "The amounts the 资金用途 itemises add up to its stated total or the 预算数",
      Validator.forEach(DepartmentBudget::projects, ProjectRules::checkPurposeItems));

  private ProjectRules() {}

  /**
   * Returns the rules of this area, in order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(PROJECTS_TOTAL, PLAN_CUMULATIVE, PLAN_END, FUNDS_SPLIT, COST_CAPS,
        PLAN_PERCENT_HEADER, PURPOSE_ITEMS);
  }

  // ---- BK-PROJ-001 -------------------------------------------------------------------------

  private static void checkProjectsTotal(DepartmentBudget budget, Findings findings) {
    List<ProjectPerformance> projects = budget.projects();
    Optional<CodedTable<FunctionCode>> table = budget.expenditure();
    if (projects.isEmpty() || table.isEmpty()) {
      return;
    }
    CodedTable<FunctionCode> t = table.get();
    Optional<Integer> column = t.layout().columns().stream()
        .filter(c -> c.type() == ColumnType.AMOUNT && c.shortName().equals("项目支出"))
        .map(Column::number).findFirst();
    Optional<CodedRow<FunctionCode>> total = t.totalRow();
    if (column.isEmpty() || total.isEmpty()) {
      return;
    }
    Location cell = Location.of(t, total.get(), column.get());
    Amount printed = total.get().amount(column.get());
    List<Location> parts = new ArrayList<>();
    List<Amount> budgets = new ArrayList<>();
    for (ProjectPerformance p : projects) {
      p.budget().ifPresent(a -> {
        parts.add(at(p, "预算数"));
        budgets.add(a);
      });
    }
    if (parts.isEmpty()) {
      return;
    }
    Map<String, String> args = Map.of("count", Integer.toString(parts.size()));
    if (parts.size() == projects.size()) {
      findings.checkSum(cell, printed, parts, budgets, t.layout().precision(), args);
    } else {
      // Some tables (layout P3) print no 预算数: the others can only be at most 项目支出.
      Optional<Findings.Excess> over = findings.excessOver(budgets, printed, cell, parts);
      if (over.isEmpty()) {
        return;
      }
      reportExcess(findings, cell, printed, over.get().sum(), over.get().excess(), parts.size(),
          parts,
          t.layout().precision(), "BK-PROJ-001.partial", args);
    }
  }

  // ---- BK-PROJ-002 -------------------------------------------------------------------------

  private static void checkPlanCumulative(ProjectPerformance project, Findings findings) {
    Optional<SpendingPlan> plan = project.spendingPlan();
    if (plan.isEmpty()) {
      return;
    }
    PlanPoint previous = null;
    for (PlanPoint point : plan.get().points()) {
      if (point.value().isEmpty() || point.value().get().number().isEmpty()) {
        continue;
      }
      Measure value = point.value().get();
      if (previous != null) {
        Measure before = previous.value().get();
        if (before.isPercentage() == value.isPercentage()
            && value.number().get().compareTo(before.number().get()) < 0) {
          PlanPoint prior = previous;
          findings.report(at(project, point.date()), b -> {
            b.addRelated(at(project, prior.date())).putArguments("project", project.name())
                .putArguments("date", point.date()).putArguments("value", value.text())
                .putArguments("previousDate", prior.date())
                .putArguments("previous", before.text());
            planAmount(value).ifPresent(b::actual);
            planAmount(before).ifPresent(b::expected);
          });
        }
      }
      previous = point;
    }
  }

  // ---- BK-PROJ-003 -------------------------------------------------------------------------

  private static void checkPlanEnd(ProjectPerformance project, Findings findings) {
    Optional<SpendingPlan> plan = project.spendingPlan();
    if (plan.isEmpty()) {
      return;
    }
    PlanPoint last = null;
    for (PlanPoint point : plan.get().points()) {
      if (point.value().isPresent() && point.value().get().number().isPresent()) {
        last = point;
      }
    }
    if (last == null) {
      return;
    }
    boolean toYearEnd = plan.get().points().stream()
        .anyMatch(p -> Text.matchKey(p.date()).startsWith("12月"));
    Measure value = last.value().get();
    Location where = at(project, last.date());
    String lastDate = last.date();
    if (value.isPercentage()) {
      if (value.number().get().compareTo(HUNDRED) != 0) {
        findings.report(where, b -> b
            .messageKey(toYearEnd ? "BK-PROJ-003.percent" : "BK-PROJ-003.early")
            .putArguments("project", project.name()).putArguments("date", lastDate)
            .putArguments("value", value.text()).putArguments("target", "100%"));
      }
      return;
    }
    Optional<Amount> amount = planAmount(value);
    if (amount.isEmpty() || project.budget().isEmpty()) {
      return;
    }
    Amount budget = project.budget().get();
    Amount difference;
    try {
      difference = amount.get().minus(budget);
    } catch (ArithmeticException e) {
      findings.reportOverflow(where, List.of(at(project, "预算数")));
      return;
    }
    Tolerance.Outcome outcome = findings.context().tolerance().compare(difference, 1, PRINTED);
    if (outcome == Tolerance.Outcome.EXACT) {
      return;
    }
    boolean rounding = outcome == Tolerance.Outcome.ROUNDING;
    findings.report(rounding ? Severity.INFO : findings.severity(), where, b -> b
        .messageKey(rounding ? "rounding" : toYearEnd ? "BK-PROJ-003" : "BK-PROJ-003.early")
        .actual(amount.get()).expected(budget).addRelated(at(project, "预算数"))
        .putArguments("project", project.name()).putArguments("date", lastDate)
        .putArguments("value", value.text()).putArguments("target", budget.toString())
        .putArguments("terms", "1")
        .putArguments("tolerance", PRINTED.roundingTolerance(1).toPlainString()));
  }

  // ---- BK-PROJ-004 -------------------------------------------------------------------------

  private static void checkFundsSplit(ProjectPerformance project, Findings findings) {
    if (project.budget().isEmpty()
        || (project.fiscalFunds().isEmpty() && project.otherFunds().isEmpty())) {
      return;
    }
    findings.checkSum(at(project, "预算数"), project.budget().get(),
        List.of(at(project, "财政资金"), at(project, "其他资金")),
        List.of(project.fiscalFunds().orElse(Amount.ZERO),
            project.otherFunds().orElse(Amount.ZERO)),
        PRINTED, Map.of("project", project.name()));
  }

  // ---- BK-PROJ-005 -------------------------------------------------------------------------

  private static void checkCostCaps(ProjectPerformance project, Findings findings) {
    if (project.budget().isEmpty()) {
      return;
    }
    Amount budget = project.budget().get();
    List<Location> caps = new ArrayList<>();
    List<Amount> amounts = new ArrayList<>();
    boolean singleAbove = false;
    for (Indicator cost : project.costIndicators()) {
      Optional<Amount> cap = cap(cost.value());
      if (cap.isEmpty()) {
        continue;
      }
      Location where = at(project, cost.level3());
      caps.add(where);
      amounts.add(cap.get());
      if (cap.get().isGreaterThan(budget)) {
        singleAbove = true;
        Amount excess;
        try {
          excess = cap.get().minus(budget);
        } catch (ArithmeticException e) {
          findings.reportOverflow(where, List.of(at(project, "预算数")));
          continue;
        }
        reportExcess(findings, where, cap.get(), budget, excess, 1,
            List.of(at(project, "预算数")), PRINTED, "BK-PROJ-005.single",
            Map.of("project", project.name(), "indicator", cost.level3(),
                "value", cost.value().text()));
      }
    }
    if (caps.size() >= 2 && !singleAbove) {
      List<Location> related = new ArrayList<>(caps);
      related.add(at(project, "预算数"));
      Optional<Findings.Excess> over =
          findings.excessOver(amounts, budget, at(project, "成本指标"), related);
      if (over.isEmpty()) {
        return;
      }
      reportExcess(findings, at(project, "成本指标"), over.get().sum(), budget,
          over.get().excess(), caps.size(),
          related, PRINTED, "BK-PROJ-005.total",
          Map.of("project", project.name(), "count", Integer.toString(caps.size()),
              "caps", amounts.stream().map(Amount::toString).collect(Collectors.joining(" + "))));
    }
  }

  /**
   * Returns the yearly amount a cost indicator caps: a sum of money in 万元, 万 or 元, or a rate
   * per month (× 12) or per year; per-unit rates and lower bounds have none.
   */
  static Optional<Amount> cap(Measure value) {
    if (value.comparator().isPresent()) {
      switch (value.comparator().get()) {
        case AT_MOST:
        case LESS:
        case EQUAL:
          break;
        default:
          return Optional.empty();
      }
    }
    Optional<Amount> money = value.amount();
    if (money.isPresent() || value.number().isEmpty() || value.unit().isEmpty()) {
      return money;
    }
    BigDecimal n = value.number().get();
    BigDecimal wan;
    switch (value.unit().get()) {
      case "元/月":
        wan = n.multiply(MONTHS).movePointLeft(4);
        break;
      case "万元/月":
      case "万/月":
        wan = n.multiply(MONTHS);
        break;
      case "元/年":
        wan = n.movePointLeft(4);
        break;
      case "万元/年":
      case "万/年":
        wan = n;
        break;
      default:
        return Optional.empty(); // 元/套, 元/人/月, 元/人/天…: per unit, not comparable
    }
    try {
      return Optional.of(Amount.of(wan));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  // ---- BK-PROJ-006 -------------------------------------------------------------------------

  private static void checkPercentHeader(ProjectPerformance project, Findings findings) {
    Optional<SpendingPlan> plan = project.spendingPlan();
    if (plan.isEmpty() || !plan.get().headerSaysPercent()) {
      return;
    }
    List<Measure> amounts = plan.get().values().stream()
        .filter(v -> v.number().isPresent() && !v.isPercentage()).collect(Collectors.toList());
    if (amounts.isEmpty()) {
      return;
    }
    findings.report(at(project, plan.get().header()), b -> b
        .putArguments("project", project.name()).putArguments("header", plan.get().header())
        .putArguments("values", plan.get().values().stream().map(Measure::text)
            .collect(Collectors.joining(" "))));
  }

  // ---- BK-PROJ-007 -------------------------------------------------------------------------

  private static void checkPurposeItems(ProjectPerformance project, Findings findings) {
    Optional<PurposeItems> read = project.purpose().flatMap(PurposeItems::read);
    if (read.isEmpty()) {
      return;
    }
    PurposeItems items = read.get();
    Optional<Amount> total = items.statedTotal.or(project::budget);
    if (total.isEmpty()) {
      return;
    }
    String against = items.statedTotal.isPresent() ? "共计" : "预算数";
    // Against its own 共计 the text is compared with itself; against the 预算数, with that cell.
    List<Location> related = items.statedTotal.isPresent() ? List.of()
        : List.of(at(project, "预算数"));
    Amount sum;
    Amount difference;
    try {
      sum = Amount.sum(items.items);
      difference = total.get().minus(sum);
    } catch (ArithmeticException e) {
      findings.reportOverflow(at(project, "资金用途"), related);
      return;
    }
    Tolerance.Outcome outcome = findings.context().tolerance()
        .compare(difference, items.items.size(), PRINTED);
    if (outcome == Tolerance.Outcome.EXACT) {
      return;
    }
    boolean rounding = outcome == Tolerance.Outcome.ROUNDING;
    int terms = items.items.size();
    findings.report(rounding ? Severity.INFO : findings.severity(), at(project, "资金用途"),
        b -> b.messageKey(rounding ? "rounding" : "BK-PROJ-007").actual(total.get())
            .expected(sum).addAllRelated(related)
            .putArguments("project", project.name()).putArguments("against", against)
            .putArguments("count", Integer.toString(terms))
            .putArguments("items", items.items.stream().map(Amount::toString)
                .collect(Collectors.joining(" + ")))
            .putArguments("terms", Integer.toString(terms))
            .putArguments("tolerance", PRINTED.roundingTolerance(terms).toPlainString()));
  }

  // ---- helpers ----------------------------------------------------------------------------

  /** A place in a project's table: the section, the project's name and the words there. */
  static Location at(ProjectPerformance project, String words) {
    return Location.builder().section(SectionKind.PROJECTS).subject(project.name()).words(words)
        .build();
  }

  /** A plan cell that is not a percentage: an amount in 万元 (bare, or with 万元/万). */
  private static Optional<Amount> planAmount(Measure value) {
    if (value.isPercentage() || value.number().isEmpty()) {
      return Optional.empty();
    }
    String unit = value.unit().orElse("");
    if (!unit.isEmpty() && !unit.equals("万元") && !unit.equals("万")) {
      return Optional.empty();
    }
    try {
      return Optional.of(Amount.of(value.number().get()));
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

}
