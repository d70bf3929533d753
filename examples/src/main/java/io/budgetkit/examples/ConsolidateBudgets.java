package io.budgetkit.examples;

import io.budgetkit.consolidation.ConflictPolicy;
import io.budgetkit.consolidation.Consolidation;
import io.budgetkit.consolidation.Consolidator;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.fixtures.Fixture;
import io.budgetkit.rules.RuleSet;
import io.budgetkit.rules.ValidationReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Consolidates (汇总) the two bundled real 2024 disclosures — 秦皇岛市海港区人民政府办公室 and
 * 秦皇岛市公安局经济技术开发区分局 — into one budget of “000 海港区”, the way a finance bureau would
 * sum its departments, and prints the consolidation: the departments, the conflicts between the
 * documents and how each was resolved (their “三公” tables are printed in different layouts), the
 * consolidated 支出总表 and the validation counts of the result.
 *
 * <p>Run: {@code java -cp examples/target/budgetkit-examples.jar
 * io.budgetkit.examples.ConsolidateBudgets}
 */
public final class ConsolidateBudgets {

  private ConsolidateBudgets() {}

  /**
   * Prints the consolidation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * Consolidates the two 2024 fixtures under {@link ConflictPolicy#REPORT}.
   *
   * @return the consolidation
   */
  static Consolidation consolidate() {
    return Consolidator.builder().department("000", "海港区").conflicts(ConflictPolicy.REPORT)
        .build().consolidate(List.of(Fixture.HAIGANG_GOVERNMENT_OFFICE_2024.budget(),
            Fixture.ETDZ_PUBLIC_SECURITY_BUREAU_2024.budget()));
  }

  /**
   * Prints the summary (with the conflicts) and the consolidated 支出总表.
   *
   * @param out where to print
   */
  static void print(PrintStream out) {
    Consolidation consolidation = consolidate();
    DepartmentBudget budget = consolidation.budget();
    ValidationReport report = RuleSet.standard().validate(budget);
    out.print(ConsolidationText.summary(consolidation, report, Locale.CHINESE));
    out.println();
    out.print(TableText.render(budget, budget.expenditure().orElseThrow()));
  }
}
