package io.budgetkit.consolidation;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.table.ThreePublicLayout;
import io.budgetkit.testkit.ConsistentBudgets;
import io.budgetkit.testkit.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups of generated budgets that can be consolidated: one year, “三公” tables of one layout or
 * empty, distinct department codes and names (each budget is re-coded {@code 1xx} and its name
 * suffixed with its number, as generated names repeat).
 */
final class Generated {

  /** The consolidated budget's code, distinct from every generated one. */
  static final String CODE = "000";
  static final String NAME = "海港区";

  private static final List<ThreePublicLayout> LAYOUTS = List.of(ThreePublicLayout.SUBTOTAL_ONLY,
      ThreePublicLayout.TOTAL_WITHOUT_MEETINGS, ThreePublicLayout.FULL, ThreePublicLayout.EMPTY);

  private Generated() {}

  /** A group of budgets and the kind to consolidate them as. */
  static final class Group {
    final BudgetKind kind;
    final List<DepartmentBudget> budgets;

    Group(BudgetKind kind, List<DepartmentBudget> budgets) {
      this.kind = kind;
      this.budgets = budgets;
    }

    @Override
    public String toString() {
      StringBuilder s = new StringBuilder(kind + " ×" + budgets.size() + ":");
      for (DepartmentBudget b : budgets) {
        s.append(" [").append(b.kind()).append(' ').append(b.departmentCode()).append(' ')
            .append(b.year()).append(' ').append(b.threePublic().map(t -> t.rowLayout())
                .orElse(null)).append(", ").append(b.projects().size()).append(" projects]");
      }
      return s.toString();
    }
  }

  /**
   * Draws 1 to {@code max} budgets.
   *
   * @param oneKind whether all are of one kind (then consolidated as that kind), else of both
   *     kinds, consolidated as a 部门预算
   */
  static Group draw(Source s, int min, int max, boolean oneKind) {
    int year = s.intBetween(2020, 2025);
    ThreePublicLayout layout = s.pick(LAYOUTS);
    BudgetKind kind = oneKind ? s.pick(List.of(BudgetKind.DEPARTMENT, BudgetKind.UNIT))
        : BudgetKind.DEPARTMENT;
    ConsistentBudgets.Builder settings = ConsistentBudgets.builder().years(year, year)
        .threePublicLayouts(layout, ThreePublicLayout.EMPTY).items(1, 12).projects(0, 4);
    if (oneKind) {
      settings.kind(kind);
    }
    ConsistentBudgets generator = settings.build();
    int n = s.intBetween(min, max);
    List<DepartmentBudget> budgets = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      budgets.add(recode(generator.generate(s), i));
    }
    return new Group(kind, budgets);
  }

  /** The budget under code {@code 1nn} and its name with the number, so no two collide. */
  static DepartmentBudget recode(DepartmentBudget b, int i) {
    return DepartmentBudget.builder().from(b)
        .department(String.format("1%02d", i), b.departmentName() + "（" + (i + 1) + "）").build();
  }

  static Consolidator consolidator(BudgetKind kind) {
    return Consolidator.builder().department(CODE, NAME).kind(kind).build();
  }
}
