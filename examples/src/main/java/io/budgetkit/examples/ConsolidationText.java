package io.budgetkit.examples;

import io.budgetkit.consolidation.Conflict;
import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.internal.DisplayText;
import io.budgetkit.core.problem.ProblemText;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.rules.ValidationReport;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a short plain-text summary of a {@link Consolidation} (汇总), the way a host application
 * would show it after consolidating: the consolidated department and year, the departments that
 * went in, the 支出总计 of the consolidated 收支总表, the conflicts as a validation report prints
 * its findings (with how each was resolved), and the counts of
 * a validation of the result — in Chinese or in English.
 *
 * <p>This class has no state and is thread-safe.
 */
public final class ConsolidationText {

  private ConsolidationText() {}

  /**
   * Renders the summary, in Chinese for a Chinese locale (language {@code zh}) and in English
   * otherwise.
   *
   * <pre>
   * 海港区（000） 2024年部门预算：汇总 2 个部门
   *   312 秦皇岛市公安局经济技术开发区分局
   *   434 秦皇岛市海港区人民政府办公室
   * 支出总计 12680.42 万元
   * 冲突 1 个：
   *   THREE_PUBLIC_LAYOUT  财政拨款“三公”经费支出表：“三公”经费表的行次不一致：… → 汇总只列…
   * 校验（标准规则）：未通过，错误 3 个，警告 5 个，提示 2 个
   * </pre>
   *
   * <p>In English: {@code 海港区 (000) 2024 部门预算: 2 departments consolidated}, {@code 支出总计
   * (total expenditure) 12680.42 万元}, {@code Conflicts: 1}, {@code Validation (standard rules):
   * not valid, 3 errors, 5 warnings, 2 notes} (worded as the rules' English report).
   *
   * @param consolidation the consolidation
   * @param report the validation of {@code consolidation.budget()}
   * @param locale the language, e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return the text, ending with a newline
   */
  public static String summary(Consolidation consolidation, ValidationReport report,
      Locale locale) {
    boolean zh = isChinese(locale);
    DepartmentBudget b = consolidation.budget();
    int departments = consolidation.departments().size();
    StringBuilder s = new StringBuilder();
    s.append(DisplayText.inline(b.departmentName())).append(zh ? "（" : " (").append(b.departmentCode())
        .append(zh ? "） " : ") ").append(b.year()).append(zh ? "年" : " ")
        .append(b.kind().titlePrefix()).append(zh ? "：汇总 " + departments + " 个部门"
            : ": " + departments + " departments consolidated").append('\n');
    consolidation.departments().forEach((code, name) ->
        s.append("  ").append(code).append(' ').append(DisplayText.inline(name))
            .append('\n'));
    s.append(zh ? "支出总计 " : "支出总计 (total expenditure) ").append(expenditureTotal(b)
        .map(a -> a + " 万元").orElse(zh ? "—（无收支总表）" : "— (no 收支总表)")).append('\n');
    List<Conflict> conflicts = consolidation.conflicts();
    if (conflicts.isEmpty()) {
      s.append(zh ? "冲突：无" : "Conflicts: none").append('\n');
    } else {
      s.append(zh ? "冲突 " + conflicts.size() + " 个：" : "Conflicts: " + conflicts.size())
          .append('\n');
      for (Conflict c : conflicts) {
        s.append(conflict(c, locale));
      }
    }
    Map<Severity, Integer> counts = report.counts();
    if (zh) {
      s.append("校验（标准规则）：").append(report.isValid() ? "通过" : "未通过").append("，错误 ")
          .append(counts.get(Severity.ERROR)).append(" 个，警告 ")
          .append(counts.get(Severity.WARNING)).append(" 个，提示 ")
          .append(counts.get(Severity.INFO)).append(" 个\n");
    } else {
      s.append("Validation (standard rules): ").append(report.isValid() ? "valid" : "not valid")
          .append(", ").append(counts.get(Severity.ERROR)).append(" errors, ")
          .append(counts.get(Severity.WARNING)).append(" warnings, ")
          .append(counts.get(Severity.INFO)).append(" notes\n");
    }
    return s.toString();
  }

  /**
   * Renders one conflict as every problem is printed ({@link ProblemText#block}: severity, key
   * and place, then what disagrees), and how it was resolved on a third line, in Chinese for a
   * Chinese locale (language {@code zh}) and in English otherwise.
   *
   * @param conflict the conflict
   * @param locale the language, e.g. {@link Locale#CHINESE} or {@link Locale#ENGLISH}
   * @return three lines, e.g. {@code "  警告 consolidation.NAME  支出总表 2010301\n
   *     科目名称不一致：“行政运行”（101 甲局）；“行政运行支出”（102 乙局）\n    → 采用“行政运行”（分类科目目录中的名称）\n"}
   */
  public static String conflict(Conflict conflict, Locale locale) {
    return ProblemText.block(conflict, locale) + "    → "
        + DisplayText.inline(conflict.resolution(locale)) + '\n';
  }

  private static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
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
