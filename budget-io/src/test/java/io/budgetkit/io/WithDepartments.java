package io.budgetkit.io;

import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProcurementLine;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Source;
import io.budgetkit.testkit.quicktheories.BudgetGens;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Generated budgets whose projects and procurement lines name the department they belong to, as
 * a consolidation (汇总) writes them: some with a department, some without, so that both the
 * field and its absence round trip.
 */
public final class WithDepartments {

  private static final List<String> NAMES =
      List.of("海港区财政局", "海港区公安分局", "秦皇岛市海港区发展服务中心", "a,\"b\"\n=c");

  private WithDepartments() {}

  /**
   * Returns generated budgets with departments drawn onto their projects and lines.
   *
   * @return the generator
   */
  public static Gen<DepartmentBudget> budgets() {
    ConsistentBudgets budgets = ConsistentBudgets.standard();
    return BudgetGens.of(s -> stamp(budgets.generate(s), s));
  }

  private static DepartmentBudget stamp(DepartmentBudget b, Source s) {
    BudgetBuilder copy = DepartmentBudget.builder()
        .department(b.departmentCode(), b.departmentName()).year(b.year()).kind(b.kind())
        .profile(b.profile());
    b.tables().forEach(copy::table);
    copy.narrative(b.narrative());
    b.organisationTitle().ifPresent(copy::organisationTitle);
    b.organisation().forEach(u -> copy.organisationUnit(u.name(), u.nature(), u.rank(),
        u.funding()));
    for (ProjectPerformance p : b.projects()) {
      ProjectPerformance.Builder pb = ProjectPerformance.builder().from(p);
      if (s.chance(70)) {
        pb.department(s.pick(NAMES));
      }
      copy.project(pb.build());
    }
    b.procurement().ifPresent(p -> {
      Procurement.Builder pb = Procurement.builder(p.layout());
      pb.from(p);
      pb.lines(List.of());
      for (ProcurementLine l : p.lines()) {
        ProcurementLine.Builder lb = ProcurementLine.builder().from(l);
        if (l.kind() != ProcurementLine.Kind.TOTAL && s.chance(70)) {
          lb.department(s.pick(NAMES));
        }
        pb.addLines(lb.build());
      }
      copy.procurement(pb.build());
    });
    b.fixedAssets().ifPresent(copy::fixedAssets);
    return copy.build();
  }
}
