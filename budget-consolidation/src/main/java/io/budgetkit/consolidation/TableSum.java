package io.budgetkit.consolidation;

import io.budgetkit.core.catalog.CatalogEdition;
import io.budgetkit.core.profile.BudgetKind;
import io.budgetkit.core.profile.TableLayout;
import io.budgetkit.core.table.DisclosureTable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The running sums of one table of the profile. A table printed empty (no amount at all) adds
 * nothing; the result is printed empty, with the profile's note, only when every input's table
 * was.
 */
abstract class TableSum {

  final TableLayout layout;
  private long withData;
  private String dataNote;
  private String emptyNote;

  TableSum(TableLayout layout) {
    this.layout = layout;
  }

  final void add(DisclosureTable table, String department, Conflicts conflicts) {
    if (table.isEmpty() && skipsEmpty()) {
      emptyNote = Cells.min(emptyNote, table.note().orElse(null));
      return;
    }
    withData++;
    dataNote = Cells.min(dataNote, table.note().orElse(null));
    addRows(table, department, conflicts);
  }

  /**
   * Adds another accumulator's sums.
   *
   * @param inputs names the budgets the other accumulator holds, for an overflow's message
   * @throws ConsolidationException if a sum is too large to be held, or on a conflict
   */
  final void merge(TableSum other, Conflicts conflicts, Supplier<String> inputs) {
    withData += other.withData;
    dataNote = Cells.min(dataNote, other.dataNote);
    emptyNote = Cells.min(emptyNote, other.emptyNote);
    mergeRows(other, conflicts, inputs);
  }

  /** Whether a table printed empty is left out of the sums (its rows, if any, are not kept). */
  boolean skipsEmpty() {
    return true;
  }

  /** Whether no input printed an amount in this table. */
  final boolean isEmpty() {
    return withData == 0;
  }

  /** The note: the profile's 空表 note for an empty result, else the smallest note printed. */
  final Optional<String> note() {
    if (isEmpty() && skipsEmpty()) {
      return layout.emptyNote().or(() -> Optional.ofNullable(emptyNote));
    }
    return Optional.ofNullable(dataNote);
  }

  abstract void addRows(DisclosureTable table, String department, Conflicts conflicts);

  abstract void mergeRows(TableSum other, Conflicts conflicts, Supplier<String> inputs);

  abstract DisclosureTable build(BudgetKind kind, CatalogEdition edition,
      List<Conflict> conflicts);
}
