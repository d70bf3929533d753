package io.budgetkit.core.table;

import io.budgetkit.core.profile.TableLayout;
import java.util.Objects;

/**
 * Fills a {@link ThreePublicTable} row by row, as printed.
 *
 * <pre>{@code
 * t.row("“三公”经费小计", "9.69", "9.69")
 *  .row("一、因公出国（境）费", "0", "0")
 * }</pre>
 */
public final class ThreePublicRows {

  private final TableLayout layout;
  private final ThreePublicTable.Builder table = ThreePublicTable.builder();
  private String title;
  private int lastSeq;

  /**
   * Starts a table.
   *
   * @param layout the table's layout
   * @param title the title as printed
   */
  public ThreePublicRows(TableLayout layout, String title) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.title = Objects.requireNonNull(title, "title");
  }

  /**
   * Sets the title as printed.
   *
   * @param printed the title
   * @return this
   */
  public ThreePublicRows title(String printed) {
    this.title = Objects.requireNonNull(printed, "printed");
    return this;
  }

  /**
   * Adds a row with the next 序号.
   *
   * @param item the item as printed
   * @param amounts the printed amounts from the first amount column
   * @return this
   */
  public ThreePublicRows row(String item, String... amounts) {
    return row(lastSeq + 1, item, amounts);
  }

  /**
   * Adds a row with a given 序号.
   *
   * @param seq the printed 序号
   * @param item the item as printed
   * @param amounts the printed amounts from the first amount column
   * @return this
   */
  public ThreePublicRows row(int seq, String item, String... amounts) {
    String where = layout.kind() + " 序号" + seq;
    table.addRows(ThreePublicRow.builder().seq(seq).item(Objects.requireNonNull(item, "item"))
        .putAllCells(Tables.positional(layout.amountColumns(), amounts, where)).build());
    lastSeq = seq;
    return this;
  }

  /**
   * Sets the note printed under the table.
   *
   * @param note e.g. {@code 注：无财政拨款“三公”经费支出预算，空表列示。}
   * @return this
   */
  public ThreePublicRows note(String note) {
    table.note(note);
    return this;
  }

  /**
   * Builds the table.
   *
   * @return the table
   */
  public ThreePublicTable build() {
    return table.layout(layout).title(title).build();
  }
}
