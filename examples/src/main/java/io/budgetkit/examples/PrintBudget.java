package io.budgetkit.examples;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.fixtures.HaigangDevelopmentServiceCenter2025;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the nine tables of a real published disclosure — the 2025 部门预算 of
 * 秦皇岛市海港区发展服务中心 — as built by hand with BudgetKit's fluent API in {@link
 * HaigangDevelopmentServiceCenter2025#budget()}, then a summary of its projects.
 *
 * <p>Run: {@code java -jar examples/target/budgetkit-examples.jar}
 */
public final class PrintBudget {

  private PrintBudget() {}

  /**
   * Prints the tables.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    DepartmentBudget budget = HaigangDevelopmentServiceCenter2025.budget();
    out.println(budget.departmentName() + " " + budget.year() + "年" + budget.kind().titlePrefix()
        + "：" + budget.tables().size() + " 张表，" + budget.projects().size() + " 个项目");
    out.println();
    for (DisclosureTable table : budget.tables()) {
      out.println(TableText.render(budget, table));
    }
    out.println("项目绩效目标表");
    for (ProjectPerformance p : budget.projects()) {
      out.println("  " + p.code().orElse("") + "  " + p.name() + "  预算数 "
          + p.budget().map(Object::toString).orElse("—") + " 万元");
    }
  }
}
