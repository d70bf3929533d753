package io.budgetkit.core.table;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.profile.TableLayout;
import java.util.Arrays;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Fills a {@link SummaryTable} (收支总表, 财政拨款收支总表) row by row, as printed.
 *
 * <pre>{@code
 * t.row("一、一般公共预算拨款收入", "2143.14", "一、一般公共服务支出", "2100.79")
 *  .row("二、政府性基金预算拨款收入", "", "二、外交支出")
 *  .row("", "", "六、科学技术支出")
 * }</pre>
 *
 * <p>{@code ""} or {@code null} is a blank label or cell; trailing blank cells may be left out.
 */
public final class SummaryRows {

  private final TableLayout layout;
  private final SummaryTable.Builder table = SummaryTable.builder();
  private String title;
  private int lastSeq;

  /**
   * Starts a table.
   *
   * @param layout the table's layout
   * @param title the title as printed
   */
  public SummaryRows(TableLayout layout, String title) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * Sets the title as printed.
   *
   * @param printed the title
   * @return this
   */
  public SummaryRows title(String printed) {
    this.title = Objects.requireNonNull(printed, "printed");
    return this;
  }

  /**
   * Adds a row with the next 序号 to a table whose income side has one amount column.
   *
   * @param incomeItem the income item as printed, blank if none
   * @param incomeAmount the income amount as printed, blank if none
   * @param expenditureItem the expenditure item as printed, blank if none
   * @param expenditureAmounts the expenditure amounts as printed
   * @return this
   */
  public SummaryRows row(String incomeItem, String incomeAmount, String expenditureItem,
      String... expenditureAmounts) {
    return row(lastSeq + 1, incomeItem, incomeAmount, expenditureItem, expenditureAmounts);
  }

  /**
   * Adds a row with a given 序号 to a table whose income side has one amount column.
   *
   * @param seq the printed 序号
   * @param incomeItem the income item as printed, blank if none
   * @param incomeAmount the income amount as printed, blank if none
   * @param expenditureItem the expenditure item as printed, blank if none
   * @param expenditureAmounts the expenditure amounts as printed
   * @return this
   */
  public SummaryRows row(int seq, String incomeItem, String incomeAmount, String expenditureItem,
      String... expenditureAmounts) {
    return row(seq, incomeItem, new String[] {incomeAmount}, expenditureItem, expenditureAmounts);
  }

  /**
   * Adds a row with a given 序号, with any number of amounts on each side.
   *
   * @param seq the printed 序号
   * @param incomeItem the income item as printed, blank if none
   * @param incomeAmounts the income amounts as printed
   * @param expenditureItem the expenditure item as printed, blank if none
   * @param expenditureAmounts the expenditure amounts as printed
   * @return this
   */
  public SummaryRows row(int seq, String incomeItem, String[] incomeAmounts,
      String expenditureItem, String... expenditureAmounts) {
    String where = layout.kind() + " 序号" + seq;
    if (layout.labelColumns().size() != 2) {
      throw new IllegalStateException(layout.kind() + " is not a two-sided table");
    }
    SortedMap<Integer, Amount> cells =
        Tables.positional(SummaryTable.side(layout, true), incomeAmounts, where + " (收入)");
    cells.putAll(Tables.positional(SummaryTable.side(layout, false),
        expenditureAmounts == null ? new String[0] : Arrays.copyOf(expenditureAmounts,
            expenditureAmounts.length), where + " (支出)"));
    SummaryRow.Builder row = SummaryRow.builder();
    row.seq(seq).putAllCells(cells);
    if (incomeItem != null && !incomeItem.isBlank()) {
      row.incomeItem(incomeItem);
    }
    if (expenditureItem != null && !expenditureItem.isBlank()) {
      row.expenditureItem(expenditureItem);
    }
    table.addRows(row.build());
    lastSeq = seq;
    return this;
  }

  /**
   * Sets the note printed under the table.
   *
   * @param note the note
   * @return this
   */
  public SummaryRows note(String note) {
    table.note(note);
    return this;
  }

  /**
   * Builds the table.
   *
   * @return the table
   */
  public SummaryTable build() {
    return table.layout(layout).title(title).build();
  }
}
