package io.budgetkit.rules.tpub;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.Column;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.core.table.ThreePublicLine;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The internal sums of the 财政拨款“三公”经费支出表 (area {@code TPUB}), in every amount column and
 * in every row layout of LAYOUTS.md §4.
 *
 * <ul>
 *   <li>{@code BK-TPUB-001}: “三公”经费小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费;
 *   <li>{@code BK-TPUB-002}: 因公出国（境）费 = 教学科研人员因公出国（境）费 + 其他因公出国（境）费;
 *   <li>{@code BK-TPUB-003}: 公务用车购置及运维费 = 公务用车购置费 + 公务用车运行维护费;
 *   <li>{@code BK-TPUB-004}: 会议费 = 省属高校业务性会议费 + 其他会议费 (layout B);
 *   <li>{@code BK-TPUB-005}: 合计 = 小计 + 会议费 + 培训费 where both rows are printed; where they
 *       are not (layout D), 合计 is at least 小计 and the printed ones, for the rows it counts
 *       unprinted cannot be negative;
 *   <li>{@code BK-TPUB-006} (warning): where 会议费 or 培训费 is not printed, a 合计 above 小计 and
 *       the printed rows holds amounts the table does not disclose.
 * </ul>
 *
 * <p>A sum is checked only when its total and all its part rows are printed (a layout without
 * the 其中 rows says nothing about them), and in a column only when one of its cells is printed.
 * An empty table (layout A) has nothing to add up.
 */
public final class ThreePublicRules {

  /** BK-TPUB-001. */
  public static final Rule SUBTOTAL = Rule.of("BK-TPUB-001", Severity.ERROR,
      "“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运维费 + 公务接待费",
      sum(ThreePublicLine.SUBTOTAL, ThreePublicLine.OVERSEAS, ThreePublicLine.VEHICLES,
          ThreePublicLine.RECEPTION));

  /** BK-TPUB-002. */
  public static final Rule OVERSEAS = Rule.of("BK-TPUB-002", Severity.ERROR,
      "因公出国（境）费 = 教学科研人员因公出国（境）费 + 其他因公出国（境）费",
      sum(ThreePublicLine.OVERSEAS, ThreePublicLine.OVERSEAS_ACADEMIC,
          ThreePublicLine.OVERSEAS_OTHER));

  /** BK-TPUB-003. */
  public static final Rule VEHICLES = Rule.of("BK-TPUB-003", Severity.ERROR,
      "公务用车购置及运维费 = 公务用车购置费 + 公务用车运行维护费",
      sum(ThreePublicLine.VEHICLES, ThreePublicLine.VEHICLE_PURCHASE,
          ThreePublicLine.VEHICLE_OPERATION));

  /** BK-TPUB-004. */
  public static final Rule MEETINGS = Rule.of("BK-TPUB-004", Severity.ERROR,
      "会议费 = 省属高校业务性会议费 + 其他会议费",
      sum(ThreePublicLine.MEETINGS, ThreePublicLine.MEETINGS_UNIVERSITY,
          ThreePublicLine.MEETINGS_OTHER));

  /** BK-TPUB-005. */
  public static final Rule TOTAL = Rule.of("BK-TPUB-005", Severity.ERROR,
      "合计 = “三公”经费小计 + 会议费 + 培训费; at least 小计 and the printed rows where"
          + " 会议费 or 培训费 is not printed",
      total((difference, all) -> all || difference.isNegative()));

  /** BK-TPUB-006. */
  public static final Rule UNDISCLOSED = Rule.of("BK-TPUB-006", Severity.WARNING,
      "Where 会议费 or 培训费 is not printed, a 合计 above 小计 and the printed rows holds"
          + " undisclosed amounts",
      total((difference, all) -> !all && difference.signum() > 0));

  private ThreePublicRules() {}

  /**
   * Returns the rules of this area, in order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(SUBTOTAL, OVERSEAS, VEHICLES, MEETINGS, TOTAL, UNDISCLOSED);
  }

  /** A total line = the sum of its part lines, when all are printed. */
  private static Validator<DepartmentBudget> sum(ThreePublicLine total,
      ThreePublicLine... parts) {
    return (budget, findings) -> table(budget).ifPresent(t -> {
      Optional<ThreePublicRow> totalRow = t.row(total);
      List<ThreePublicRow> partRows = new ArrayList<>();
      for (ThreePublicLine p : parts) {
        Optional<ThreePublicRow> row = t.row(p);
        if (row.isEmpty()) {
          return;
        }
        partRows.add(row.get());
      }
      totalRow.ifPresent(row -> checkColumns(t, row, partRows, findings, (d, all) -> true,
          true));
    });
  }

  /**
   * 合计 against 小计 and the printed 会议费 / 培训费 rows; {@code when} decides from the
   * difference (合计 minus the printed parts) and from whether both rows are printed whether the
   * rule reports.
   */
  private static Validator<DepartmentBudget> total(BiPredicate<Amount, Boolean> when) {
    return (budget, findings) -> table(budget).ifPresent(t -> {
      Optional<ThreePublicRow> total = t.row(ThreePublicLine.TOTAL);
      Optional<ThreePublicRow> subtotal = t.row(ThreePublicLine.SUBTOTAL);
      if (total.isEmpty() || subtotal.isEmpty()) {
        return;
      }
      List<ThreePublicRow> parts = new ArrayList<>(List.of(subtotal.get()));
      t.row(ThreePublicLine.MEETINGS).ifPresent(parts::add);
      t.row(ThreePublicLine.TRAINING).ifPresent(parts::add);
      boolean all = parts.size() == 3;
      checkColumns(t, total.get(), parts, findings, when, all);
    });
  }

  private static void checkColumns(ThreePublicTable table, ThreePublicRow total,
      List<ThreePublicRow> parts, Findings findings, BiPredicate<Amount, Boolean> when,
      boolean allPrinted) {
    String labels = String.join(" + ", parts.stream().map(r -> r.item().strip())
        .toArray(String[]::new));
    for (Column column : table.layout().amountColumns()) {
      int c = column.number();
      boolean anyPrinted = total.cell(c).isPresent()
          || parts.stream().anyMatch(r -> r.cell(c).isPresent());
      if (!anyPrinted) {
        continue;
      }
      List<Location> locations = new ArrayList<>();
      List<Amount> amounts = new ArrayList<>();
      for (ThreePublicRow r : parts) {
        locations.add(Location.of(table, r, c));
        amounts.add(r.amount(c));
      }
      Amount difference;
      try {
        difference = total.amount(c).minus(Amount.sum(amounts));
      } catch (ArithmeticException e) {
        findings.reportOverflow(Location.of(table, total, c), locations);
        continue;
      }
      if (!difference.isZero() && when.test(difference, allPrinted)) {
        findings.checkSum(Location.of(table, total, c), total.amount(c), locations, amounts,
            table.layout().precision(), Map.of("total", total.item().strip(), "parts", labels));
      }
    }
  }

  /** The “三公” table, unless absent or empty (layout A: nothing to add up). */
  private static Optional<ThreePublicTable> table(DepartmentBudget budget) {
    return budget.threePublic().filter(t -> t.rowLayout() != ThreePublicLayout.EMPTY);
  }
}
