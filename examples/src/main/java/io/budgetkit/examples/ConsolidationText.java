package io.budgetkit.examples;

import io.budgetkit.consolidation.Conflict;
import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.rules.Severity;
import io.budgetkit.rules.ValidationReport;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a short plain-text summary of a {@link Consolidation} (汇总), the way a host application
 * would show it after consolidating: the consolidated department and year, the departments that
 * went in, the 支出总计 of the consolidated 收支总表, the conflicts one per line, and the counts of
 * a validation of the result.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ConsolidationText {

  private ConsolidationText() {}

  /**
   * Renders the summary.
   *
   * <pre>
   * 海港区（000） 2024年部门预算：汇总 2 个部门
   *   312 秦皇岛市公安局经济技术开发区分局
   *   434 秦皇岛市海港区人民政府办公室
   * 支出总计 12680.42 万元
   * 冲突 1 个：
   *   THREE_PUBLIC_LAYOUT  财政拨款“三公”经费支出表: “三公” tables print different lines: … → …
   * 校验（标准规则）：错误 3 个，警告 5 个，提示 2 个
   * </pre>
   *
   * @param consolidation the consolidation
   * @param report the validation of {@code consolidation.budget()}
   * @return the text, ending with a newline
   */
  public static String summary(Consolidation consolidation, ValidationReport report) {
    DepartmentBudget b = consolidation.budget();
    StringBuilder s = new StringBuilder();
    s.append(b.departmentName()).append("（").append(b.departmentCode()).append("） ")
        .append(b.year()).append("年").append(b.kind().titlePrefix()).append("：汇总 ")
        .append(consolidation.departments().size()).append(" 个部门\n");
    consolidation.departments().forEach((code, name) ->
        s.append("  ").append(code).append(' ').append(name).append('\n'));
    s.append("支出总计 ").append(expenditureTotal(b).map(a -> a + " 万元")
        .orElse("—（无收支总表）")).append('\n');
    if (consolidation.conflicts().isEmpty()) {
      s.append("冲突：无\n");
    } else {
      s.append("冲突 ").append(consolidation.conflicts().size()).append(" 个：\n");
      for (Conflict c : consolidation.conflicts()) {
        s.append("  ").append(conflict(c)).append('\n');
      }
    }
    Map<Severity, Integer> counts = report.counts();
    s.append("校验（标准规则）：").append(report.isValid() ? "通过" : "未通过").append("，错误 ")
        .append(counts.get(Severity.ERROR)).append(" 个，警告 ")
        .append(counts.get(Severity.WARNING)).append(" 个，提示 ")
        .append(counts.get(Severity.INFO)).append(" 个\n");
    return s.toString();
  }

  /**
   * Renders one conflict on one line: kind, where, what and how it was resolved.
   *
   * @param conflict the conflict
   * @return e.g. {@code NAME  支出总表 2010301: printed as '行政运行' (…) and '行政运行支出' (…) →
   *     printed as '行政运行' (the catalog's name)}
   */
  public static String conflict(Conflict conflict) {
    return conflict.kind() + "  " + conflict.where() + ": " + conflict.what() + " → "
        + conflict.resolution();
  }

  /**
   * Returns the 支出总计 of a budget's 部门预算收支总表, in its first expenditure column.
   *
   * @param budget the budget
   * @return the amount, or empty if the budget has no 收支总表 or it prints no 支出总计
   */
  public static Optional<Amount> expenditureTotal(DepartmentBudget budget) {
    Optional<SummaryTable> summary = budget.summary();
    if (summary.isEmpty() || summary.get().expenditureColumns().isEmpty()) {
      return Optional.empty();
    }
    int column = summary.get().expenditureColumns().get(0).number();
    return summary.get().expenditureRow("支出总计").flatMap(r -> r.cell(column));
  }
}
