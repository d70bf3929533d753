package io.budgetkit.rules.proc;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.Text;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.section.FundingSource;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The 政府采购预算 table (area {@code PROC}).
 *
 * <ul>
 *   <li>{@code BK-PROC-001}: the item lines add up to their unit's 小计 and the 小计 lines to the
 *       合计 (a table without 小计: the items add up to the 合计), in every funding column and in
 *       the 预留中小微企业份额;</li>
 *   <li>{@code BK-PROC-002}: on every line the funding columns (一般公共预算拨款 … 上年结转结余) add
 *       up to the line's 合计;</li>
 *   <li>{@code BK-PROC-003}: the lines bought for one project (same 项目名称) do not spend more
 *       than the project's 预算资金;</li>
 *   <li>{@code BK-PROC-004} (warning): 数量 × 单价 gives the line's 合计, within the rounding of a
 *       单价 printed to 0.01 万元 (数量 × 0.005 + 0.005);</li>
 *   <li>{@code BK-PROC-005}: the 预留中小微企业份额 of a line is not more than its 合计;</li>
 *   <li>{@code BK-PROC-006} (warning): the 预算资金 printed for a project equals the 预算数 of the
 *       project's 绩效目标表 when the names match;</li>
 *   <li>{@code BK-PROC-007} (warning): the lines of one project print the same 预算资金;</li>
 *   <li>{@code BK-PROC-008} (warning): a 数量 counted in whole units (个, 台, 套, 批, 项, 年…) is a
 *       whole number; a fractional one usually means 数量 and 单价 were swapped.</li>
 * </ul>
 *
 * <p>Procurement findings point at {@link SectionKind#PROCUREMENT}, with the line's 项目名称 (or the
 * 合计 / 小计 label) as subject, its 采购物品名称 as words and the column by its position in the
 * layout (G1: 1 项目名称, 2 预算资金, 3 采购物品名称, 4 目录序号, 5 计量单位, 6 数量, 7 单价, 8 合计 …
 * 14 上年结转结余, 15 预留份额; G2 has one funding column more), since the table prints no 栏次.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProcurementRules {

  /** Position of 预算资金 in both layouts. */
  static final int BUDGET_COLUMN = 2;
  /** Position of 数量. */
  static final int QUANTITY_COLUMN = 6;
  /** Position of 单价. */
  static final int UNIT_PRICE_COLUMN = 7;
  /** Position of the first funding column, 合计. */
  static final int FIRST_FUNDING_COLUMN = 8;

  /** BK-PROC-001. */
  public static final Rule SUBTOTALS = Rule.of("BK-PROC-001", Severity.ERROR,
      "Procurement lines add up to their 小计 and the 小计 lines to the 合计, per column",
      procurement(ProcurementRules::checkSubtotals));

  /** BK-PROC-002. */
  public static final Rule FUNDING_SUM = Rule.of("BK-PROC-002", Severity.ERROR,
      "On every procurement line the funding columns add up to the line's 合计",
      procurement(ProcurementRules::checkFundingSum));

  /** BK-PROC-003. */
  public static final Rule WITHIN_PROJECT_BUDGET = Rule.of("BK-PROC-003", Severity.ERROR,
      "The procurement lines of one project do not exceed the project's 预算资金",
      procurement(ProcurementRules::checkWithinProjectBudget));

  /** BK-PROC-004. */
  public static final Rule QUANTITY_TIMES_PRICE = Rule.of("BK-PROC-004", Severity.WARNING,
      "数量 × 单价 equals the line's 合计 within the rounding of the printed 单价",
      procurement(ProcurementRules::checkQuantityTimesPrice));

  /** BK-PROC-005. */
  public static final Rule RESERVE_WITHIN_AMOUNT = Rule.of("BK-PROC-005", Severity.ERROR,
      "The 预留中小微企业份额 of a line is not more than its 合计",
      procurement(ProcurementRules::checkReserve));

  /** BK-PROC-006. */
  public static final Rule BUDGET_MATCHES_PROJECT = Rule.of("BK-PROC-006", Severity.WARNING,
      "A project's 预算资金 equals the 预算数 of its 绩效目标表 when the names match",
      ProcurementRules::checkBudgetMatchesProject);

  /** BK-PROC-007. */
  public static final Rule ONE_BUDGET_PER_PROJECT = Rule.of("BK-PROC-007", Severity.WARNING,
      "The lines of one project print the same 预算资金",
      procurement(ProcurementRules::checkOneBudgetPerProject));

  /** BK-PROC-008. */
  public static final Rule WHOLE_QUANTITY = Rule.of("BK-PROC-008", Severity.WARNING,
      "A 数量 counted in whole units is a whole number",
      procurement(ProcurementRules::checkWholeQuantity));

  /**
   * 计量单位 that count whole things or whole periods. Area, weight and volume units (平方米, 吨,
   * 升…) and 月/天 (a part of which can be bought) are not among them.
   */
  static final Set<String> WHOLE_UNITS = Set.of("个", "台", "套", "件", "辆", "包", "盒", "把",
      "张", "本", "部", "批", "项", "次", "年", "块", "只", "支", "箱", "桶", "册", "份", "组",
      "副", "双", "条", "根", "座", "栋", "间", "处", "户", "所", "家", "人", "名", "卷", "瓶",
      "架", "具", "樘", "扇", "面", "枚", "颗", "株", "棵", "头", "匹", "口", "顶", "床");

  private ProcurementRules() {}

  /**
   * Returns the rules of this area, in id order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(SUBTOTALS, FUNDING_SUM, WITHIN_PROJECT_BUDGET, QUANTITY_TIMES_PRICE,
        RESERVE_WITHIN_AMOUNT, BUDGET_MATCHES_PROJECT, ONE_BUDGET_PER_PROJECT, WHOLE_QUANTITY);
  }

  /** Runs a check of the procurement table when the budget publishes one. */
  private static Validator<DepartmentBudget> procurement(ProcurementCheck check) {
    return (budget, findings) -> budget.procurement()
        .ifPresent(p -> check.check(p, precision(budget), findings));
  }

  @FunctionalInterface
  private interface ProcurementCheck {
    void check(Procurement table, Precision precision, Findings findings);
  }

  /**
   * The precision the budget prints amounts at: the procurement table is not in the profile, so
   * it is taken to print like the profile's tables (0.01 万元 in the common profile).
   */
  static Precision precision(DepartmentBudget budget) {
    return budget.profile().tables().stream().findFirst().map(TableLayout::precision)
        .orElse(Precision.HUNDREDTHS_OF_WAN);
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-001

  private static void checkSubtotals(Procurement table, Precision precision, Findings findings) {
    List<ProcurementLine> subtotals = new ArrayList<>();
    Map<ProcurementLine, List<ProcurementLine>> items = new LinkedHashMap<>();
    List<ProcurementLine> outside = new ArrayList<>();
    ProcurementLine current = null;
    for (ProcurementLine line : table.lines()) {
      switch (line.kind()) {
        case SUBTOTAL:
          // Lines printed after a unit's 小计 belong to it, up to the next 小计.
          current = line;
          subtotals.add(line);
          items.put(line, new ArrayList<>());
          break;
        case ITEM:
          (current == null ? outside : items.get(current)).add(line);
          break;
        default:
          // The 合计 may stand above or below the lines: it does not end a unit's lines.
          break;
      }
    }
    items.forEach((subtotal, lines) -> checkColumns(table, subtotal, lines, precision, findings));
    Optional<ProcurementLine> total = table.total();
    if (total.isPresent()) {
      // The 合计 adds the units' 小计 lines and any line printed outside a unit.
      List<ProcurementLine> parts = new ArrayList<>(subtotals);
      parts.addAll(outside);
      checkColumns(table, total.get(), parts, precision, findings);
    }
  }

  private static void checkColumns(Procurement table, ProcurementLine sum,
      List<ProcurementLine> parts, Precision precision, Findings findings) {
    for (int column : amountColumns(table)) {
      boolean anyPrinted = printed(table, sum, column).isPresent();
      List<Location> locations = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (ProcurementLine part : parts) {
        Optional<Amount> a = printed(table, part, column);
        anyPrinted |= a.isPresent();
        locations.add(cell(table, part, column));
        amounts.add(a.orElse(Amount.ZERO));
      }
      if (anyPrinted) {
        findings.checkSum(cell(table, sum, column),
            printed(table, sum, column).orElse(Amount.ZERO), locations, amounts, precision,
            Map.of("column", columnName(table, column), "count",
                Integer.toString(parts.size())));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-002

  private static void checkFundingSum(Procurement table, Precision precision, Findings findings) {
    List<FundingSource> sources = table.layout().funding();
    for (ProcurementLine line : table.lines()) {
      boolean anyPrinted = line.amounts().containsKey(FundingSource.TOTAL);
      List<Location> locations = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (FundingSource s : sources) {
        if (s != FundingSource.TOTAL) {
          anyPrinted |= line.amounts().containsKey(s);
          locations.add(cell(table, line, column(table, s)));
          amounts.add(line.amount(s));
        }
      }
      if (anyPrinted) {
        findings.checkSum(cell(table, line, column(table, FundingSource.TOTAL)),
            line.amount(FundingSource.TOTAL), locations, amounts, precision,
            Map.of("column", FundingSource.TOTAL.label()));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-003

  private static void checkWithinProjectBudget(Procurement table, Precision precision,
      Findings findings) {
    for (List<ProcurementLine> lines : projects(table).values()) {
      Optional<ProcurementLine> budgeted = lines.stream()
          .filter(l -> l.projectBudget().isPresent()).findFirst();
      if (budgeted.isEmpty()) {
        continue;
      }
      Amount budget = budgeted.get().projectBudget().get();
      int total = column(table, FundingSource.TOTAL);
      List<Location> related = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (ProcurementLine l : lines) {
        related.add(cell(table, l, total));
        amounts.add(l.amount(FundingSource.TOTAL));
      }
      // Reported on the 预算资金 cell: the sum of the lines is no printed cell of its own.
      Location where = cell(table, budgeted.get(), BUDGET_COLUMN);
      Optional<Findings.Excess> over = findings.excessOver(amounts, budget, where, related);
      if (over.isEmpty()) {
        continue;
      }
      Amount spent = over.get().sum();
      Amount excess = over.get().excess();
      if (excess.signum() <= 0) {
        continue;
      }
      Tolerance.Outcome outcome = findings.context().tolerance()
          .compare(excess, lines.size(), precision);
      boolean rounding = outcome == Tolerance.Outcome.ROUNDING;
      findings.report(rounding ? Severity.INFO : findings.severity(), where, b -> {
        b.actual(spent).expected(budget).addAllRelated(related)
            .putArguments("project", budgeted.get().label().strip())
            .putArguments("count", Integer.toString(lines.size()))
            .putArguments("terms", Integer.toString(lines.size()))
            .putArguments("tolerance", precision.roundingTolerance(lines.size()).toPlainString());
        if (rounding) {
          b.messageKey("rounding");
        }
      });
    }
  }

  /**
   * The item lines grouped by project (项目名称 read for matching, within the line's department
   * when a consolidated table records it), in printed order.
   */
  private static Map<String, List<ProcurementLine>> projects(Procurement table) {
    Map<String, List<ProcurementLine>> projects = new LinkedHashMap<>();
    for (ProcurementLine line : table.lines()) {
      if (line.kind() == ProcurementLine.Kind.ITEM && !line.label().isBlank()) {
        projects.computeIfAbsent(projectKey(line.department(), line.label()),
            k -> new ArrayList<>()).add(line);
      }
    }
    return projects;
  }

  /** A project's name read for matching, qualified by its department where one is recorded. */
  private static String projectKey(Optional<String> department, String name) {
    return department.map(d -> Text.matchKey(d) + "\u0000").orElse("") + Text.matchKey(name);
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-004

  private static void checkQuantityTimesPrice(Procurement table, Precision precision,
      Findings findings) {
    int total = column(table, FundingSource.TOTAL);
    for (ProcurementLine line : table.lines()) {
      if (line.kind() != ProcurementLine.Kind.ITEM || line.quantity().isEmpty()
          || line.unitPrice().isEmpty() || !line.amounts().containsKey(FundingSource.TOTAL)) {
        continue;
      }
      BigDecimal quantity = line.quantity().get();
      Amount product;
      try {
        product = Amount.of(quantity.multiply(line.unitPrice().get().toWanYuan())
            .setScale(Amount.MAX_SCALE, RoundingMode.HALF_UP));
      } catch (ArithmeticException e) {
        continue; // a 数量 beyond any amount: nothing sensible to compare
      }
      Amount amount = line.amount(FundingSource.TOTAL);
      Amount difference;
      try {
        difference = amount.minus(product);
      } catch (ArithmeticException e) {
        findings.reportOverflow(cell(table, line, total), List.of(
            cell(table, line, QUANTITY_COLUMN), cell(table, line, UNIT_PRICE_COLUMN)));
        continue;
      }
      if (difference.isZero()) {
        continue;
      }
      // Each 单价 is rounded to half a step, and so is the amount: 数量 × step/2 + step/2.
      BigDecimal halfStep = precision.step().toWanYuan().divide(BigDecimal.valueOf(2));
      BigDecimal tolerance = quantity.abs().multiply(halfStep).add(halfStep);
      boolean rounding = findings.context().tolerance() == Tolerance.ROUNDING_AWARE
          && difference.toWanYuan().abs().compareTo(tolerance) <= 0;
      findings.report(rounding ? Severity.INFO : findings.severity(), cell(table, line, total),
          b -> {
            b.actual(amount).expected(product)
                .addRelated(cell(table, line, QUANTITY_COLUMN))
                .addRelated(cell(table, line, UNIT_PRICE_COLUMN))
                .putArguments("quantity", quantity.toPlainString())
                .putArguments("unitPrice", line.unitPrice().get().toString())
                .putArguments("tolerance", tolerance.stripTrailingZeros().toPlainString());
            if (rounding) {
              b.messageKey("BK-PROC-004.rounding");
            }
          });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-005

  private static void checkReserve(Procurement table, Precision precision, Findings findings) {
    int reserve = reserveColumn(table);
    int total = column(table, FundingSource.TOTAL);
    for (ProcurementLine line : table.lines()) {
      if (line.smeReserve().isPresent()) {
        findings.checkAtMost(cell(table, line, reserve), line.smeReserve().get(),
            cell(table, line, total), line.amount(FundingSource.TOTAL), precision, Map.of());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-006

  private static void checkBudgetMatchesProject(DepartmentBudget budget, Findings findings) {
    if (budget.procurement().isEmpty()) {
      return;
    }
    Procurement table = budget.procurement().get();
    Precision precision = precision(budget);
    Map<String, ProjectPerformance> byName = new LinkedHashMap<>();
    for (ProjectPerformance p : budget.projects()) {
      byName.putIfAbsent(projectKey(p.department(), p.name()), p);
    }
    projects(table).forEach((key, lines) -> {
      ProjectPerformance project = byName.get(key);
      if (project == null || project.budget().isEmpty()) {
        return;
      }
      lines.stream().filter(l -> l.projectBudget().isPresent()).findFirst().ifPresent(l ->
          findings.checkEqual(cell(table, l, BUDGET_COLUMN), l.projectBudget().get(),
              Location.builder().section(SectionKind.PROJECTS).subject(project.name().strip())
                  .words("预算数").build(),
              project.budget().get(), precision,
              Map.of("project", project.name().strip())));
    });
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-007

  private static void checkOneBudgetPerProject(Procurement table, Precision precision,
      Findings findings) {
    for (List<ProcurementLine> lines : projects(table).values()) {
      ProcurementLine first = null;
      for (ProcurementLine l : lines) {
        if (l.projectBudget().isEmpty()) {
          continue;
        }
        if (first == null) {
          first = l;
        } else {
          findings.checkEqual(cell(table, l, BUDGET_COLUMN), l.projectBudget().get(),
              cell(table, first, BUDGET_COLUMN), first.projectBudget().get(), precision,
              Map.of("project", l.label().strip()));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BK-PROC-008

  private static void checkWholeQuantity(Procurement table, Precision precision,
      Findings findings) {
    for (ProcurementLine line : table.lines()) {
      if (line.kind() != ProcurementLine.Kind.ITEM || line.quantity().isEmpty()
          || line.measureUnit().isEmpty()) {
        continue;
      }
      String unit = Text.matchKey(line.measureUnit().get());
      BigDecimal quantity = line.quantity().get();
      if (WHOLE_UNITS.contains(unit) && quantity.stripTrailingZeros().scale() > 0) {
        findings.report(cell(table, line, QUANTITY_COLUMN), b -> {
          b.putArguments("quantity", quantity.toPlainString()).putArguments("unit", unit);
          line.unitPrice().ifPresent(p -> b.addRelated(cell(table, line, UNIT_PRICE_COLUMN)));
        });
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Locations and columns

  /** The amount columns summed by BK-PROC-001: every funding column, then 预留份额. */
  private static List<Integer> amountColumns(Procurement table) {
    List<Integer> columns = new ArrayList<>();
    for (FundingSource s : table.layout().funding()) {
      columns.add(column(table, s));
    }
    columns.add(reserveColumn(table));
    return columns;
  }

  static int column(Procurement table, FundingSource source) {
    return FIRST_FUNDING_COLUMN + table.layout().funding().indexOf(source);
  }

  static int reserveColumn(Procurement table) {
    return FIRST_FUNDING_COLUMN + table.layout().funding().size();
  }

  private static Optional<Amount> printed(Procurement table, ProcurementLine line, int column) {
    if (column == reserveColumn(table)) {
      return line.smeReserve();
    }
    FundingSource s = table.layout().funding().get(column - FIRST_FUNDING_COLUMN);
    return Optional.ofNullable(line.amounts().get(s));
  }

  private static String columnName(Procurement table, int column) {
    switch (column) {
      case BUDGET_COLUMN:
        return "预算资金";
      case QUANTITY_COLUMN:
        return "数量";
      case UNIT_PRICE_COLUMN:
        return "单价";
      default:
        return column == reserveColumn(table) ? "预留中小微企业份额"
            : table.layout().funding().get(column - FIRST_FUNDING_COLUMN).label();
    }
  }

  /**
   * Returns the location of a line of the procurement table: its 项目名称 (or 合计 / 小计 label)
   * as subject and its 采购物品名称 as words.
   *
   * @param line the line
   * @return the location
   */
  public static Location line(ProcurementLine line) {
    Location.Builder b = Location.builder();
    b.section(SectionKind.PROCUREMENT).subject(line.label().strip());
    line.itemName().map(String::strip).ifPresent(b::words);
    return b.build();
  }

  /**
   * Returns the location of a cell of the procurement table.
   *
   * @param table the table
   * @param line the line
   * @param column the column's position in the layout
   * @return the location
   */
  public static Location cell(Procurement table, ProcurementLine line, int column) {
    Location.Builder b = Location.builder();
    b.from(line(line)).column(column).columnName(columnName(table, column));
    return b.build();
  }
}
