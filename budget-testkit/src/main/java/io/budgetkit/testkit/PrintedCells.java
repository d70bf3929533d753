package io.budgetkit.testkit;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.budget.BudgetBuilder;
import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.section.OrganisationUnit;
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
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The printed amounts of a budget's tables, and budgets with one of them changed: what a test
 * needs to check that a rule notices a wrong cell.
 *
 * <pre>{@code
 * PrintedCell cell = source.pick(PrintedCells.of(budget));
 * DepartmentBudget wrong = PrintedCells.with(budget, cell, cell.amount().plus(Amount.parse("0.01")));
 * }</pre>
 */
public final class PrintedCells {

  private PrintedCells() {}

  /**
   * Returns every amount printed in the budget's tables, table by table in printed order, row by
   * row, column by column; blank cells are not printed amounts.
   *
   * @param budget the budget
   * @return the cells
   */
  public static List<PrintedCell> of(DepartmentBudget budget) {
    List<PrintedCell> cells = new ArrayList<>();
    for (DisclosureTable t : budget.tables()) {
      for (TableRow r : t.rows()) {
        r.cells().forEach((column, amount) ->
            cells.add(PrintedCell.of(t.kind(), r.seq(), column, amount)));
      }
    }
    return cells;
  }

  /**
   * Returns the budget with one printed amount replaced, everything else as it was.
   *
   * @param budget the budget
   * @param cell the cell, as {@link #of(DepartmentBudget)} lists it
   * @param amount the amount to print there instead
   * @return the new budget
   * @throws IllegalArgumentException if the budget has no such cell
   */
  public static DepartmentBudget with(DepartmentBudget budget, PrintedCell cell, Amount amount) {
    Objects.requireNonNull(amount, "amount");
    DisclosureTable table = cell.tableIn(budget);
    TableRow row = cell.rowIn(budget);
    if (row.cell(cell.column()).isEmpty()) {
      throw new IllegalArgumentException("No amount is printed in " + cell);
    }
    SortedMap<Integer, Amount> cells = new TreeMap<>(row.cells());
    cells.put(cell.column(), amount);
    DisclosureTable changed = replaceRow(table, row, cells);

    BudgetBuilder b = DepartmentBudget.builder()
        .department(budget.departmentCode(), budget.departmentName()).year(budget.year())
        .kind(budget.kind()).profile(budget.profile()).narrative(budget.narrative());
    for (DisclosureTable t : budget.tables()) {
      b.table(t == table ? changed : t);
    }
    budget.organisationTitle().ifPresent(b::organisationTitle);
    for (OrganisationUnit u : budget.organisation()) {
      b.organisationUnit(u.name(), u.nature(), u.rank(), u.funding());
    }
    budget.projects().forEach(b::project);
    budget.procurement().ifPresent(b::procurement);
    budget.fixedAssets().ifPresent(b::fixedAssets);
    return b.build();
  }

  private static DisclosureTable replaceRow(DisclosureTable table, TableRow row,
      SortedMap<Integer, Amount> cells) {
    if (table instanceof CodedTable) {
      return replaceCoded((CodedTable<?>) table, row, cells);
    }
    if (table instanceof SummaryTable) {
      SummaryTable t = (SummaryTable) table;
      List<SummaryRow> rows = new ArrayList<>();
      for (SummaryRow r : t.rows()) {
        rows.add(r == row ? SummaryRow.builder().from(r).cells(cells).build() : r);
      }
      return SummaryTable.builder().from(t).rows(rows).build();
    }
    if (table instanceof ThreePublicTable) {
      ThreePublicTable t = (ThreePublicTable) table;
      List<ThreePublicRow> rows = new ArrayList<>();
      for (ThreePublicRow r : t.rows()) {
        rows.add(r == row ? ThreePublicRow.builder().from(r).cells(cells).build() : r);
      }
      return ThreePublicTable.builder().from(t).rows(rows).build();
    }
    throw new IllegalArgumentException("Cannot change a cell of a " + table.getClass().getName());
  }

  private static <C extends ClassificationCode<C>> CodedTable<C> replaceCoded(CodedTable<C> t,
      TableRow row, SortedMap<Integer, Amount> cells) {
    List<CodedRow<C>> rows = new ArrayList<>();
    for (CodedRow<C> r : t.rows()) {
      rows.add(r == row ? CodedRow.<C>builder().from(r).cells(cells).build() : r);
    }
    return CodedTable.<C>builder().from(t).rows(rows).build();
  }
}
