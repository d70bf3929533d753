package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.section.FixedAssets;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.OrganisationUnit;
import io.budgetkit.core.section.Procurement;
import io.budgetkit.core.section.ProjectPerformance;
import io.budgetkit.core.table.CodedRow;
import io.budgetkit.core.table.CodedTable;
import io.budgetkit.core.table.DisclosureTable;
import io.budgetkit.core.table.SummaryRow;
import io.budgetkit.core.table.SummaryTable;
import io.budgetkit.core.table.TableRow;
import io.budgetkit.core.table.ThreePublicRow;
import io.budgetkit.core.table.ThreePublicTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Rebuilds a budget with some of its parts replaced — a table, the table list, the narrative,
 * the projects, the procurement or the asset table — through the model's own builders, so that
 * every changed budget is validated as any other. What {@link PrintedCells} and the {@link
 * Mutators} change budgets with.
 *
 * <p>Stateless and thread-safe.
 */
final class BudgetRebuild {

  private BudgetRebuild() {}

  /** The budget with the table of the same kind as {@code table} replaced by it. */
  static DepartmentBudget withTable(DepartmentBudget budget, DisclosureTable table) {
    List<DisclosureTable> tables = new ArrayList<>();
    boolean found = false;
    for (DisclosureTable t : budget.tables()) {
      if (t.kind().equals(table.kind())) {
        tables.add(table);
        found = true;
      } else {
        tables.add(t);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("The budget has no " + table.kind().baseTitle());
    }
    return withTables(budget, tables);
  }

  /** The budget with these tables, in this order, instead of its own. */
  static DepartmentBudget withTables(DepartmentBudget budget, List<DisclosureTable> tables) {
    return rebuild(budget, tables, budget.narrative(), budget.projects(), budget.procurement(),
        budget.fixedAssets());
  }

  /** The budget with another narrative. */
  static DepartmentBudget withNarrative(DepartmentBudget budget, Narrative narrative) {
    return rebuild(budget, budget.tables(), narrative, budget.projects(), budget.procurement(),
        budget.fixedAssets());
  }

  /** The budget with other projects (项目绩效目标表). */
  static DepartmentBudget withProjects(DepartmentBudget budget,
      List<ProjectPerformance> projects) {
    return rebuild(budget, budget.tables(), budget.narrative(), projects, budget.procurement(),
        budget.fixedAssets());
  }

  /** The budget with another 政府采购预算. */
  static DepartmentBudget withProcurement(DepartmentBudget budget, Procurement procurement) {
    return rebuild(budget, budget.tables(), budget.narrative(), budget.projects(),
        Optional.of(procurement), budget.fixedAssets());
  }

  /** The budget with another 固定资产占用情况表. */
  static DepartmentBudget withFixedAssets(DepartmentBudget budget, FixedAssets assets) {
    return rebuild(budget, budget.tables(), budget.narrative(), budget.projects(),
        budget.procurement(), Optional.of(assets));
  }

  private static DepartmentBudget rebuild(DepartmentBudget budget, List<DisclosureTable> tables,
      Narrative narrative, List<ProjectPerformance> projects, Optional<Procurement> procurement,
      Optional<FixedAssets> assets) {
    BudgetBuilder b = DepartmentBudget.builder()
        .department(budget.departmentCode(), budget.departmentName()).year(budget.year())
        .kind(budget.kind()).profile(budget.profile()).narrative(narrative);
    tables.forEach(b::table);
    budget.organisationTitle().ifPresent(b::organisationTitle);
    for (OrganisationUnit u : budget.organisation()) {
      b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding());
    }
    projects.forEach(b::project);
    procurement.ifPresent(b::procurement);
    assets.ifPresent(b::fixedAssets);
    return b.build();
  }

  /** Finds a table of the budget. */
  static DisclosureTable table(DepartmentBudget budget, TableKind kind) {
    return budget.table(kind).orElseThrow(
        () -> new IllegalArgumentException("The budget has no " + kind.baseTitle()));
  }

  /**
   * The table with the cells of some rows replaced, the rows given by their 序号; every other
   * row as it was.
   */
  static DisclosureTable withCells(DisclosureTable table,
      Map<Integer, ? extends SortedMap<Integer, Amount>> cellsBySeq) {
    if (table instanceof CodedTable) {
      return codedWithCells((CodedTable<?>) table, cellsBySeq);
    }
    if (table instanceof SummaryTable) {
      SummaryTable t = (SummaryTable) table;
      List<SummaryRow> rows = new ArrayList<>();
      for (SummaryRow r : t.rows()) {
        SortedMap<Integer, Amount> cells = cellsBySeq.get(r.seq());
        rows.add(cells == null ? r : SummaryRow.builder().from(r).cells(cells).build());
      }
      return SummaryTable.builder().from(t).rows(rows).build();
    }
    if (table instanceof ThreePublicTable) {
      ThreePublicTable t = (ThreePublicTable) table;
      List<ThreePublicRow> rows = new ArrayList<>();
      for (ThreePublicRow r : t.rows()) {
        SortedMap<Integer, Amount> cells = cellsBySeq.get(r.seq());
        rows.add(cells == null ? r : ThreePublicRow.builder().from(r).cells(cells).build());
      }
      return ThreePublicTable.builder().from(t).rows(rows).build();
    }
    throw new IllegalArgumentException("Cannot change the cells of a " + table.getClass().getName());
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> codedWithCells(CodedTable<C> t,
      Map<Integer, ? extends SortedMap<Integer, Amount>> cellsBySeq) {
    List<CodedRow<C>> rows = new ArrayList<>();
    for (CodedRow<C> r : t.rows()) {
      SortedMap<Integer, Amount> cells = cellsBySeq.get(r.seq());
      rows.add(cells == null ? r : CodedRow.<C>builder().from(r).cells(cells).build());
    }
    return CodedTable.<C>builder().from(t).rows(rows).build();
  }

  /** The table with its note replaced, or removed. */
  static DisclosureTable withNote(DisclosureTable table, Optional<String> note) {
    if (table instanceof CodedTable) {
      return codedWithNote((CodedTable<?>) table, note);
    }
    if (table instanceof SummaryTable) {
      return SummaryTable.builder().from((SummaryTable) table).note(note).build();
    }
    if (table instanceof ThreePublicTable) {
      return ThreePublicTable.builder().from((ThreePublicTable) table).note(note).build();
    }
    throw new IllegalArgumentException("Cannot change the note of a "
        + table.getClass().getName());
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> codedWithNote(CodedTable<C> t,
      Optional<String> note) {
    return CodedTable.<C>builder().from(t).note(note).build();
  }

  /**
   * A coded table with other rows, numbered 序号 on from its first row's 序号 in the order given,
   * as a printed table numbers them.
   */
  static <C extends ClassificationCode<C>> CodedTable<C> withRows(CodedTable<C> t,
      List<CodedRow<C>> rows) {
    int first = t.rows().isEmpty() ? 1 : t.rows().get(0).seq();
    List<CodedRow<C>> numbered = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      numbered.add(CodedRow.<C>builder().from(rows.get(i)).seq(first + i).build());
    }
    return CodedTable.<C>builder().from(t).rows(numbered).build();
  }

  /** The summary table with other rows, numbered on from its first row's 序号. */
  static SummaryTable withRows(SummaryTable t, List<SummaryRow> rows) {
    int first = t.rows().isEmpty() ? 1 : t.rows().get(0).seq();
    List<SummaryRow> numbered = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      numbered.add(SummaryRow.builder().from(rows.get(i)).seq(first + i).build());
    }
    return SummaryTable.builder().from(t).rows(numbered).build();
  }

  /** A copy of a row's cells that can be changed. */
  static TreeMap<Integer, Amount> cellsOf(TableRow row) {
    return new TreeMap<>(row.cells());
  }
}
