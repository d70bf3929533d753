package io.budgetkit.rules.arith;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.code.EconomicCode;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.profile.ColumnSum;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Rule;
import io.budgetkit.rules.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Row arithmetic inside each table (area {@code ARITH}).
 *
 * <ul>
 *   <li>{@code BK-ARITH-001}: in every row, each total column equals the sum of its part columns,
 *       as the table's layout defines them ({@code TableLayout.columnSums()}: 支出总表 合计 = 基本 +
 *       项目 + 经营 + 上解上级 + 对附属单位补助, …);</li>
 *   <li>{@code BK-ARITH-002}: in the 基本支出表, 工资福利支出 (301) and 对个人和家庭的补助 (303)
 *       are 人员经费 and 商品和服务支出 (302) is 公用经费: a cell on the other side is an error.</li>
 * </ul>
 */
public final class ArithmeticRules {

  /** BK-ARITH-001. */
  public static final Rule ROW_SUM = Rule.of("BK-ARITH-001", Severity.ERROR,
      "Each total column of a row equals the sum of its part columns",
      Validator.forEach(DepartmentBudget::tables, ArithmeticRules::checkRowSums));

  /** BK-ARITH-002. */
  public static final Rule PERSONNEL_OR_PUBLIC = Rule.of("BK-ARITH-002", Severity.ERROR,
      "In the 基本支出表, 301/303 are 人员经费 and 302 is 公用经费",
      (budget, findings) -> budget.basicExpenditure()
          .ifPresent(t -> checkPersonnelOrPublic(t, findings)));

  private ArithmeticRules() {}

  /**
   * Returns the rules of this area, in order.
   *
   * @return the rules
   */
  public static List<Rule> rules() {
    return List.of(ROW_SUM, PERSONNEL_OR_PUBLIC);
  }

  private static void checkRowSums(DisclosureTable table, Findings findings) {
    // The parts' names, once per table rather than once per finding.
    Map<ColumnSum, Map<String, String>> arguments = new HashMap<>();
    for (ColumnSum sum : table.layout().columnSums()) {
      arguments.put(sum, Map.of("parts", columns(table, sum.parts())));
    }
    for (TableRow row : table.rows()) {
      for (ColumnSum sum : table.layout().columnSums()) {
        List<Integer> printed = new ArrayList<>();
        List<Amount> amounts = new ArrayList<>();
        for (int c : sum.parts()) {
          // Only printed parts are terms: a blank cell is an exact zero with no rounding in it.
          row.cell(c).ifPresent(a -> {
            printed.add(c);
            amounts.add(a);
          });
        }
        Amount total = row.amount(sum.total());
        if ((row.cell(sum.total()).isEmpty() && printed.isEmpty()) || addsUp(total, amounts)) {
          continue; // the usual case: no locations to build for a row that adds up
        }
        List<Location> parts = new ArrayList<>();
        printed.forEach(c -> parts.add(Location.of(table, row, c)));
        findings.checkSum(Location.of(table, row, sum.total()), total, parts, amounts,
            table.layout().precision(), arguments.get(sum));
      }
    }
  }

  /** Whether the parts add up to the total exactly (false if they are too large to add up). */
  private static boolean addsUp(Amount total, List<Amount> parts) {
    try {
      return Amount.sum(parts).equals(total);
    } catch (ArithmeticException e) {
      return false; // checkSum reports it
    }
  }

  private static String columns(DisclosureTable table, List<Integer> columns) {
    StringBuilder s = new StringBuilder();
    for (int c : columns) {
      s.append(s.length() == 0 ? "" : " + ").append("栏次").append(c);
      table.layout().column(c).ifPresent(col -> s.append(col.shortName()));
    }
    return s.toString();
  }

  private static void checkPersonnelOrPublic(CodedTable<EconomicCode> table, Findings findings) {
    for (CodedRow<EconomicCode> row : table.rows()) {
      if (row.code().isEmpty()) {
        continue;
      }
      String cls = row.code().get().ancestors().stream().findFirst()
          .map(ClassificationCode::value).orElse(row.code().get().value());
      int wrong;
      switch (cls) {
        case "301":
        case "303":
          wrong = 5; // 公用经费
          break;
        case "302":
          wrong = 4; // 人员经费
          break;
        default:
          continue;
      }
      row.cell(wrong).filter(a -> !a.isZero()).ifPresent(a -> findings.report(
          Location.of(table, row, wrong), b -> b.actual(a).expected(Amount.ZERO)
              .putArguments("class", cls)));
    }
  }
}
