package io.budgetkit.core.table;

import io.budgetkit.core.code.ClassificationCode;
import io.budgetkit.core.profile.TableLayout;
import java.util.Objects;
import java.util.function.Function;

/**
 * Fills a {@link CodedTable} row by row, as the document prints it.
 *
 * <p>Amounts are given as printed, in column order from the first amount column; {@code ""} (or
 * {@code null}) is a blank cell, trailing blank cells may be left out, and {@code "0"} is a
 * printed zero. Rows are numbered 1, 2, 3… unless a 序号 is given:
 *
 * <pre>{@code
 * t.total("2143.14", "181.04", "1962.10")
 *  .row("201", "一般公共服务支出", "2100.79", "138.69", "1962.10")
 *  .row("20103", "政府办公厅（室）及相关机构事务", "1962.10", "", "1962.10")
 * }</pre>
 *
 * @param <C> the code type
 */
public final class CodedRows<C extends ClassificationCode<C>> {

  private final TableLayout layout;
  private final Function<String, C> codes;
  private final CodedTable.Builder<C> table = CodedTable.builder();
  private String title;
  private int lastSeq;

  /**
   * Starts a table.
   *
   * @param layout the table's layout
   * @param title the title as printed
   * @param codes parses the table's codes, e.g. {@code FunctionCode::parse}
   */
  public CodedRows(TableLayout layout, String title, Function<String, C> codes) {
    this.layout = Objects.requireNonNull(layout, "layout");
    this.title = Objects.requireNonNull(title, "title");
    this.codes = Objects.requireNonNull(codes, "codes");
  }

  /**
   * Sets the title as printed, when it differs from the profile's (e.g. {@code 政府基金预算…}).
   *
   * @param printed the title
   * @return this
   */
  public CodedRows<C> title(String printed) {
    this.title = Objects.requireNonNull(printed, "printed");
    return this;
  }

  /**
   * Adds the 合计 row.
   *
   * @param amounts the printed amounts from the first amount column
   * @return this
   */
  public CodedRows<C> total(String... amounts) {
    return add(lastSeq + 1, null, "合计", amounts);
  }

  /**
   * Adds a row with the next 序号.
   *
   * @param code the code as printed, e.g. {@code "2010301"}
   * @param name the name as printed
   * @param amounts the printed amounts from the first amount column
   * @return this
   * @throws IllegalArgumentException if the code or an amount is malformed, or there are more
   *     amounts than amount columns
   */
  public CodedRows<C> row(String code, String name, String... amounts) {
    return add(lastSeq + 1, Objects.requireNonNull(code, "code"), name, amounts);
  }

  /**
   * Adds a row with a given 序号.
   *
   * @param seq the printed 序号
   * @param code the code as printed, or {@code null} for a row without a code (合计)
   * @param name the name as printed
   * @param amounts the printed amounts from the first amount column
   * @return this
   */
  public CodedRows<C> row(int seq, String code, String name, String... amounts) {
    return add(seq, code, name, amounts);
  }

  /**
   * Sets the note printed under the table.
   *
   * @param note e.g. {@code 注：无政府性基金预算财政拨款预算，空表列示。}
   * @return this
   */
  public CodedRows<C> note(String note) {
    table.note(note);
    return this;
  }

  private CodedRows<C> add(int seq, String code, String name, String[] amounts) {
    String where = layout.kind() + " 序号" + seq + (code == null ? "" : " " + code);
    C parsed;
    try {
      parsed = code == null ? null : codes.apply(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    CodedRow.Builder<C> row = CodedRow.builder();
    row.seq(seq).name(Objects.requireNonNull(name, "name"))
        .putAllCells(Tables.positional(layout.amountColumns(), amounts, where));
    if (parsed != null) {
      row.code(parsed);
    }
    table.addRows(row.build());
    lastSeq = seq;
    return this;
  }

  /**
   * Builds the table.
   *
   * @return the table
   */
  public CodedTable<C> build() {
    return table.layout(layout).title(title).build();
  }
}
