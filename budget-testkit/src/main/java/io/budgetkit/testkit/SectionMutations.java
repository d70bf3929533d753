package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.AssetRow;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Indicator;
import io.budgetkit.core.section.Measure;
import io.budgetkit.core.section.PlanPoint;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.core.section.SpendingPlan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The mutations of the 项目绩效目标表, the 政府采购预算 and the 固定资产占用情况表 (areas PROJ, PROC
 * and ASSET). These parts are read by few rules: most mutations change one field; where a change
 * would move a sum, the lines that sum are changed with it.
 */
final class SectionMutations {

  /** 计量单位 of the generated purchases that count whole things (BK-PROC-008). */
  private static final Set<String> WHOLE_UNITS = Set.of("台", "箱", "批", "项", "年");

  private SectionMutations() {}

  // ---- PROJ -----------------------------------------------------------------------------------

  /** A project's field or text changed, as a mutation body describes it. */
  @FunctionalInterface
  interface ProjectChange {
    /** The changed project, or empty if this project offers no place for the change. */
    Optional<ProjectPerformance> apply(ProjectPerformance p, Source s);
  }

  /**
   * Changes one project that offers a place for it, reported at that project's {@code words}
   * (预算数, 6月底…).
   */
  static Optional<Broken> project(DepartmentBudget b, Source s, String what,
      java.util.function.Function<ProjectPerformance, String> words, ProjectChange change) {
    List<ProjectPerformance> projects = b.projects();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      order.add(i);
    }
    List<Integer> shuffled = Draws.distinct(s, order, order.size());
    for (int i : shuffled) {
      ProjectPerformance p = projects.get(i);
      Optional<ProjectPerformance> changed = change.apply(p, s);
      if (changed.isPresent()) {
        List<ProjectPerformance> list = new ArrayList<>(projects);
        list.set(i, changed.get());
        return Broken.of(BudgetRebuild.withProjects(b, list),
            ExpectedLocation.section(SectionKind.PROJECTS).withSubject(p.name())
                .withWords(words.apply(p)), "project " + p.name() + ": " + what);
      }
    }
    return Optional.empty();
  }

  /** BK-PROJ-002: the 3月底 value of a plan goes above the 6月底 value. */
  static Optional<ProjectPerformance> planNotCumulative(ProjectPerformance p, Source s) {
    return plan(p).flatMap(plan -> {
      Measure second = plan.points().get(1).value().orElseThrow();
      String first;
      if (second.isPercentage()) {
        int v = second.number().orElseThrow().intValue();
        if (v >= 100) {
          return Optional.empty();
        }
        first = s.intBetween(v + 1, 100) + "%";
      } else {
        first = Deltas.text(Amount.of(second.number().orElseThrow()).plus(Deltas.any(s)));
      }
      return Optional.of(withPlan(p, plan, 0, first, plan.header()));
    });
  }

  /** BK-PROJ-003: the 12月底 value of a plan is not the 预算数 (or not 100%). */
  static Optional<ProjectPerformance> planEndsElsewhere(ProjectPerformance p, Source s) {
    return plan(p).flatMap(plan -> {
      Measure third = plan.points().get(2).value().orElseThrow();
      String last;
      if (third.isPercentage()) {
        int v = third.number().orElseThrow().intValue();
        if (v >= 100) {
          return Optional.empty();
        }
        last = s.intBetween(v, 99) + "%";
      } else if (p.budget().isPresent()) {
        last = Deltas.text(p.budget().get().plus(Deltas.any(s)));
      } else {
        return Optional.empty();
      }
      return Optional.of(withPlan(p, plan, 3, last, plan.header()));
    });
  }

  /** BK-PROJ-006: a plan of amounts headed （%）. */
  static Optional<ProjectPerformance> planHeadedPercent(ProjectPerformance p, Source s) {
    return plan(p).filter(plan -> !plan.headerSaysPercent()).map(plan -> withPlan(p, plan, 0,
        plan.points().get(0).value().orElseThrow().text(), PERCENT_HEADER));
  }

  /** The header {@link #planHeadedPercent} gives a plan of amounts. */
  static final String PERCENT_HEADER = "资金支出计划（%）";

  /** A quarterly plan with its four values printed. */
  private static Optional<SpendingPlan> plan(ProjectPerformance p) {
    return p.spendingPlan().filter(plan -> plan.points().size() == 4
        && plan.points().stream().allMatch(x -> x.value().flatMap(Measure::number).isPresent()));
  }

  private static ProjectPerformance withPlan(ProjectPerformance p, SpendingPlan plan, int index,
      String value, String header) {
    String[] values = new String[plan.points().size()];
    List<String> dates = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      PlanPoint point = plan.points().get(i);
      dates.add(point.date());
      values[i] = i == index ? value : point.value().map(Measure::text).orElse("");
    }
    return ProjectPerformance.builder().from(p).spendingPlan(SpendingPlan.of(header, dates,
        values)).build();
  }

  /** BK-PROJ-004: the 财政资金 {@code d} higher, the 预算数 and 其他资金 not. */
  static Optional<ProjectPerformance> fundsNotSplit(ProjectPerformance p, Source s) {
    return p.budget().map(budget -> ProjectPerformance.builder().from(p)
        .fiscalFunds(p.fiscalFunds().orElse(Amount.ZERO).plus(Deltas.any(s))).build());
  }

  /** BK-PROJ-005: the cap of the cost indicator 预算支出金额 goes {@code d} above the 预算数. */
  static Optional<ProjectPerformance> costCapAboveBudget(ProjectPerformance p, Source s) {
    if (p.budget().isEmpty() || p.costIndicators().stream()
        .noneMatch(i -> i.level3().equals(COST_INDICATOR))) {
      return Optional.empty();
    }
    String cap = "≤" + Deltas.text(p.budget().get().plus(Deltas.any(s))) + "万元";
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : p.indicators()) {
      indicators.add(i.isCost() && i.level3().equals(COST_INDICATOR)
          ? Indicator.of(i.level1(), i.level2(), i.level3(), i.description(), cap, i.basis()) : i);
    }
    return Optional.of(ProjectPerformance.builder().from(p).indicators(indicators).build());
  }

  /**
   * BK-PROJ-007 (warning): the 资金用途 itemises the whole 预算数 and {@code d} more, with no
   * stated total.
   */
  static Optional<ProjectPerformance> purposeItemsBeyondBudget(ProjectPerformance p, Source s) {
    if (p.budget().isEmpty() || p.purpose().isEmpty()) {
      return Optional.empty();
    }
    String purpose = p.purpose().get().replaceFirst("。$", "") + "，其中包括：1.业务工作经费"
        + Deltas.text(p.budget().get()) + "万元。2.其他相关支出" + Deltas.text(Deltas.any(s))
        + "万元。";
    return Optional.of(ProjectPerformance.builder().from(p).purpose(purpose).build());
  }

  /** The cost indicator of a generated project that caps its whole budget. */
  static final String COST_INDICATOR = "预算支出金额";

  /**
   * BK-COMP-014: {@code x} of the 预算数 is printed as 财政资金 beyond it and −{@code x} 其他资金:
   * the split still adds up, an amount is negative.
   */
  static Optional<ProjectPerformance> negativeOtherFunds(ProjectPerformance p, Source s) {
    return p.budget().map(budget -> {
      Amount x = Deltas.any(s);
      return ProjectPerformance.builder().from(p).fiscalFunds(budget.plus(x))
          .otherFunds(x.negated()).build();
    });
  }

  /**
   * BK-PROJ-001, with BK-NARR-008: a project's 预算数 {@code d} higher, with everything that
   * repeats it inside the project and the procurement table (财政资金, a 资金支出计划 of amounts
   * ending at the 预算数, the 预算资金 of its purchases): the projects no longer add up to the
   * 支出总表's 项目支出. The narrative's list of projects still states the old 预算数, so
   * BK-NARR-008 necessarily fires too (restating it would fire BK-NARR-009 instead).
   */
  static Optional<Broken> projectsBeyondTotal(DepartmentBudget b, Source s) {
    Optional<io.budgetkit.core.table.CodedRow<io.budgetkit.core.code.FunctionCode>> total =
        b.expenditure().flatMap(t -> t.totalRow());
    List<ProjectPerformance> projects = b.projects();
    List<Integer> budgeted = new ArrayList<>();
    for (int i = 0; i < projects.size(); i++) {
      if (projects.get(i).budget().isPresent()) {
        budgeted.add(i);
      }
    }
    if (total.isEmpty() || budgeted.isEmpty()) {
      return Optional.empty();
    }
    int i = s.pick(budgeted);
    ProjectPerformance p = projects.get(i);
    Amount d = Deltas.any(s);
    Amount budget = p.budget().get().plus(d);
    ProjectPerformance.Builder changed = ProjectPerformance.builder().from(p).budget(budget)
        .fiscalFunds(p.fiscalFunds().orElse(Amount.ZERO).plus(d));
    ProjectPerformance q = changed.build();
    Optional<SpendingPlan> plan = plan(p).filter(x -> !x.headerSaysPercent());
    if (plan.isPresent()) {
      q = withPlan(q, plan.get(), 3, Deltas.text(budget), plan.get().header());
    }
    List<ProjectPerformance> list = new ArrayList<>(projects);
    list.set(i, q);
    DepartmentBudget result = BudgetRebuild.withProjects(b, list);
    Optional<Procurement> procurement = b.procurement();
    if (procurement.isPresent()) {
      result = BudgetRebuild.withProcurement(result, withLines(procurement.get(), l ->
          l.kind() == ProcurementLine.Kind.ITEM && l.label().equals(p.name())
              && l.projectBudget().isPresent()
              ? ProcurementLine.builder().from(l).projectBudget(l.projectBudget().get().plus(d))
                  .build() : l));
    }
    return Broken.of(result, ExpectedLocation.cell(io.budgetkit.core.profile.TableKind.EXPENDITURE,
        total.get().seq(), TableLookups.label(total.get()), 5), "project " + p.name() + " 预算数 "
        + Deltas.signed(d) + " (with its 财政资金, plan and 预算资金): the projects add up to more"
        + " than 项目支出");
  }

  // ---- PROC -----------------------------------------------------------------------------------

  /** The item lines of a 政府采购预算. */
  private static List<ProcurementLine> items(Procurement p) {
    return p.lines().stream().filter(l -> l.kind() == ProcurementLine.Kind.ITEM)
        .collect(Collectors.toList());
  }

  /** The 小计 and 合计 lines. */
  private static boolean isSum(ProcurementLine l) {
    return l.kind() != ProcurementLine.Kind.ITEM;
  }

  /** A procurement table with some lines changed. */
  private static Procurement withLines(Procurement p, UnaryOperator<ProcurementLine> change) {
    List<ProcurementLine> lines = p.lines().stream().map(change).collect(Collectors.toList());
    return Procurement.builder(p.layout()).from(p).lines(lines).build();
  }

  /** A line with an amount changed by {@code d} in some funding columns. */
  private static ProcurementLine plus(ProcurementLine l, Amount d, FundingSource... sources) {
    TreeMap<FundingSource, Amount> amounts = new TreeMap<>(l.amounts());
    for (FundingSource source : sources) {
      amounts.put(source, l.amount(source).plus(d));
    }
    return ProcurementLine.builder().from(l).amounts(amounts).build();
  }

  /** The position of a funding column, as the rules count the table's columns. */
  static int column(Procurement p, FundingSource source) {
    return 8 + p.layout().funding().indexOf(source);
  }

  private static ExpectedLocation at(ProcurementLine l, int column) {
    ExpectedLocation where = ExpectedLocation.section(SectionKind.PROCUREMENT)
        .withSubject(l.label().strip()).withColumn(column);
    return l.itemName().map(String::strip).map(where::withWords).orElse(where);
  }

  private static Optional<Procurement> procurement(DepartmentBudget b) {
    return b.procurement().filter(p -> !items(p).isEmpty());
  }

  /** BK-PROC-001: the 小计 and 合计 lines {@code d} higher in 合计 and 一般公共预算拨款. */
  static Optional<Broken> subtotals(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    Optional<ProcurementLine> subtotal = p.flatMap(x -> x.lines().stream()
        .filter(l -> l.kind() == ProcurementLine.Kind.SUBTOTAL).findFirst());
    if (subtotal.isEmpty()) {
      return Optional.empty();
    }
    Amount d = Deltas.any(s);
    Procurement changed = withLines(p.get(), l -> isSum(l)
        ? plus(l, d, FundingSource.TOTAL, FundingSource.GENERAL_PUBLIC) : l);
    return Broken.of(BudgetRebuild.withProcurement(b, changed),
        at(subtotal.get(), column(p.get(), FundingSource.TOTAL)), "政府采购 "
            + subtotal.get().label() + " and 合计 " + Deltas.signed(d)
            + ": the lines no longer add up to the 小计");
  }

  /**
   * BK-PROC-002: a line, its 小计 and the 合计 {@code d} higher in 一般公共预算拨款 only: the columns
   * still add up, the funding no longer makes the line's 合计.
   */
  static Optional<Broken> fundingSum(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    ProcurementLine line = s.pick(items(p.get()));
    Amount d = Deltas.any(s);
    Procurement changed = withLines(p.get(), l -> isSum(l) || l == line
        ? plus(l, d, FundingSource.GENERAL_PUBLIC) : l);
    return Broken.of(BudgetRebuild.withProcurement(b, changed),
        at(line, column(p.get(), FundingSource.TOTAL)), "政府采购 " + line.label() + " "
            + line.itemName().orElse("") + " 一般公共预算拨款 " + Deltas.signed(d)
            + " (with 小计 and 合计): no longer its 合计");
  }

  /**
   * BK-PROC-003: a line's 数量 raised until its project's lines spend {@code d} more than the
   * project's 预算资金; its 合计 (数量 × 单价), the 小计 and the 合计 follow.
   */
  static Optional<Broken> beyondProjectBudget(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    List<ProcurementLine> candidates = items(p.get()).stream()
        .filter(l -> l.quantity().isPresent() && l.unitPrice().filter(u -> !u.isZero())
            .isPresent() && l.projectBudget().isPresent()).collect(Collectors.toList());
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    ProcurementLine line = s.pick(candidates);
    List<ProcurementLine> project = items(p.get()).stream()
        .filter(l -> l.label().equals(line.label())).collect(Collectors.toList());
    ProcurementLine first = project.stream().filter(l -> l.projectBudget().isPresent())
        .findFirst().orElseThrow();
    Amount spent = Amount.sum(project.stream().map(l -> l.amount(FundingSource.TOTAL))
        .collect(Collectors.toList()));
    long room = Deltas.hundredths(first.projectBudget().get().minus(spent));
    long price = Deltas.hundredths(line.unitPrice().get());
    long beyond = Deltas.hundredths(Deltas.any(s));
    long more = Math.floorDiv(room + beyond + price - 1, price);
    Amount added = Draws.wan(more * price);
    Procurement changed = withLines(p.get(), l -> {
      if (l == line) {
        ProcurementLine q = ProcurementLine.builder().from(l)
            .quantity(l.quantity().get().add(BigDecimal.valueOf(more))).build();
        return plus(q, added, FundingSource.TOTAL, FundingSource.GENERAL_PUBLIC);
      }
      return isSum(l) ? plus(l, added, FundingSource.TOTAL, FundingSource.GENERAL_PUBLIC) : l;
    });
    return Broken.of(BudgetRebuild.withProcurement(b, changed), at(first, 2), "政府采购 "
        + line.label() + " " + line.itemName().orElse("") + " 数量 +" + more + " ("
        + Deltas.signed(added) + "): the project's lines spend more than its 预算资金");
  }

  /** BK-PROC-004 (warning): a line's 单价 {@code d} higher, its 合计 not. */
  static Optional<Broken> quantityTimesPrice(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    List<ProcurementLine> lines = p.map(x -> items(x).stream()
        .filter(l -> l.unitPrice().isPresent() && l.quantity().isPresent())
        .collect(Collectors.toList())).orElse(List.of());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    ProcurementLine line = s.pick(lines);
    Amount d = Deltas.any(s);
    Procurement changed = withLines(p.get(), l -> l == line
        ? ProcurementLine.builder().from(l).unitPrice(l.unitPrice().get().plus(d)).build() : l);
    return Broken.of(BudgetRebuild.withProcurement(b, changed),
        at(line, column(p.get(), FundingSource.TOTAL)), "政府采购 " + line.label() + " "
            + line.itemName().orElse("") + " 单价 " + Deltas.signed(d)
            + ": 数量 × 单价 is no longer its 合计");
  }

  /**
   * BK-PROC-005: a line's 预留中小微企业份额 set {@code d} above its 合计; the 小计 and 合计 lines'
   * 份额 follow.
   */
  static Optional<Broken> reserveAboveAmount(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    ProcurementLine line = s.pick(items(p.get()));
    Amount reserve = line.amount(FundingSource.TOTAL).plus(Deltas.any(s));
    Amount more = reserve.minus(line.smeReserve().orElse(Amount.ZERO));
    Procurement changed = withLines(p.get(), l -> l == line || isSum(l)
        ? ProcurementLine.builder().from(l)
            .smeReserve(l.smeReserve().orElse(Amount.ZERO).plus(more)).build() : l);
    int column = 8 + p.get().layout().funding().size();
    return Broken.of(BudgetRebuild.withProcurement(b, changed), at(line, column), "政府采购 "
        + line.label() + " " + line.itemName().orElse("") + " 预留份额 " + Deltas.text(reserve)
        + ": more than its 合计 " + Deltas.text(line.amount(FundingSource.TOTAL)));
  }

  /**
   * BK-PROC-006 (warning) and BK-PROC-007 (warning): the 预算资金 of a project's lines
   * {@code d} higher — all of them (no longer the project's 预算数), or only the second
   * (no longer the first line's).
   */
  static Optional<Broken> projectBudget(DepartmentBudget b, Source s, boolean secondOnly) {
    Optional<Procurement> p = procurement(b);
    if (p.isEmpty()) {
      return Optional.empty();
    }
    List<String> projects = items(p.get()).stream().map(ProcurementLine::label).distinct()
        .filter(label -> items(p.get()).stream().filter(l -> l.label().equals(label)
            && l.projectBudget().isPresent()).count() >= (secondOnly ? 2 : 1)
            && (secondOnly || b.projects().stream().anyMatch(x -> x.name().equals(label))))
        .collect(Collectors.toList());
    if (projects.isEmpty()) {
      return Optional.empty();
    }
    String project = s.pick(projects);
    List<ProcurementLine> lines = items(p.get()).stream()
        .filter(l -> l.label().equals(project) && l.projectBudget().isPresent())
        .collect(Collectors.toList());
    ProcurementLine at = secondOnly ? lines.get(1) : lines.get(0);
    Amount d = Deltas.any(s);
    Procurement changed = withLines(p.get(), l -> (secondOnly ? l == at : lines.contains(l))
        ? ProcurementLine.builder().from(l).projectBudget(l.projectBudget().get().plus(d)).build()
        : l);
    return Broken.of(BudgetRebuild.withProcurement(b, changed), at(at, 2), "政府采购 " + project
        + (secondOnly ? " second line's" : "") + " 预算资金 " + Deltas.signed(d) + ": no longer "
        + (secondOnly ? "the first line's" : "the project's 预算数"));
  }

  /**
   * BK-PROC-008 (warning): a line counted in whole units prints half a unit: 数量 halved (as
   * often as it takes to make it fractional) and 单价 doubled as often, so 数量 × 单价 holds.
   */
  static Optional<Broken> fractionalQuantity(DepartmentBudget b, Source s) {
    Optional<Procurement> p = procurement(b);
    List<ProcurementLine> lines = p.map(x -> items(x).stream()
        .filter(l -> l.quantity().isPresent() && l.unitPrice().isPresent()
            && l.measureUnit().filter(WHOLE_UNITS::contains).isPresent())
        .collect(Collectors.toList())).orElse(List.of());
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    ProcurementLine line = s.pick(lines);
    long q = line.quantity().get().longValueExact();
    int halvings = Long.numberOfTrailingZeros(q) + 1;
    BigDecimal quantity = BigDecimal.valueOf(q).divide(BigDecimal.valueOf(1L << halvings));
    Amount price = line.unitPrice().get().multipliedBy(1L << halvings);
    Procurement changed = withLines(p.get(), l -> l == line ? ProcurementLine.builder().from(l)
        .quantity(quantity).unitPrice(price).build() : l);
    return Broken.of(BudgetRebuild.withProcurement(b, changed), at(line, 6), "政府采购 "
        + line.label() + " " + line.itemName().orElse("") + " 数量 " + quantity.toPlainString()
        + line.measureUnit().get() + " at 单价 " + Deltas.text(price));
  }

  // ---- ASSET ----------------------------------------------------------------------------------

  /** BK-ASSET-001: a component {@code d} higher, 资产总额 not. */
  static Optional<Broken> assetComponents(DepartmentBudget b, Source s) {
    Optional<FixedAssets> assets = b.fixedAssets();
    Optional<AssetRow> total = assets.flatMap(FixedAssets::total);
    List<AssetRow> components = assets.map(a -> a.rows().stream()
        .filter(r -> !r.isTotal() && !r.item().startsWith("其中") && r.value().isPresent())
        .collect(Collectors.toList())).orElse(List.of());
    if (total.isEmpty() || components.isEmpty()) {
      return Optional.empty();
    }
    AssetRow row = s.pick(components);
    Amount d = Deltas.any(s);
    DepartmentBudget changed = withAsset(b, assets.get(), row,
        row.value().get().plus(d));
    return Broken.of(changed, assetCell(total.get()), "固定资产 " + row.item() + " "
        + Deltas.signed(d) + ": the components no longer add up to 资产总额");
  }

  /** BK-ASSET-002: the 其中 row (办公用房) {@code d} above the row it is part of (房屋). */
  static Optional<Broken> assetOfWhich(DepartmentBudget b, Source s) {
    Optional<FixedAssets> assets = b.fixedAssets();
    if (assets.isEmpty()) {
      return Optional.empty();
    }
    List<AssetRow> rows = assets.get().rows();
    for (int i = 1; i < rows.size(); i++) {
      AssetRow part = rows.get(i);
      AssetRow whole = rows.get(i - 1);
      if (part.item().startsWith("其中") && !whole.isTotal()) {
        Amount value = whole.value().orElse(Amount.ZERO).plus(Deltas.any(s));
        return Broken.of(withAsset(b, assets.get(), part, value), assetCell(part), "固定资产 "
            + part.item() + " " + Deltas.text(value) + ": more than " + whole.item());
      }
    }
    return Optional.empty();
  }

  private static DepartmentBudget withAsset(DepartmentBudget b, FixedAssets assets, AssetRow row,
      Amount value) {
    List<AssetRow> rows = new ArrayList<>();
    for (AssetRow r : assets.rows()) {
      rows.add(r == row ? AssetRow.builder().from(r).value(value).build() : r);
    }
    return BudgetRebuild.withFixedAssets(b, FixedAssets.builder().from(assets).rows(rows)
        .build());
  }

  private static ExpectedLocation assetCell(AssetRow row) {
    return ExpectedLocation.section(SectionKind.ASSETS).withSubject(row.item().strip())
        .withColumn(3);
  }
}
