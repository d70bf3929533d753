package io.budgetkit.core.table;

import io.budgetkit.core.profile.TableKind;
import io.budgetkit.core.profile.TableLayout;
import java.util.List;
import java.util.Optional;

/**
 * One published table: its layout, its title as printed, its rows and its note.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DisclosureTable {

  /**
   * Returns the layout the table is printed in: kind, columns (栏次) and precision.
   *
   * @return the layout
   */
  TableLayout layout();

  /**
   * Returns the table's kind.
   *
   * @return the kind
   */
  default TableKind kind() {
    return layout().kind();
  }

  /**
   * Returns the title as printed.
   *
   * @return e.g. 部门预算收入总表
   */
  String title();

  /**
   * Returns the rows in printed order.
   *
   * @return the rows
   */
  List<? extends TableRow> rows();

  /**
   * Returns the note printed under the table, e.g. {@code 注：无政府性基金预算财政拨款预算，空表列示。}.
   *
   * @return the note, if one is printed
   */
  Optional<String> note();

  /**
   * Tells whether the table prints no amount at all.
   *
   * @return true if no row has a printed amount
   */
  default boolean isEmpty() {
    return rows().stream().allMatch(r -> r.cells().isEmpty());
  }
}
