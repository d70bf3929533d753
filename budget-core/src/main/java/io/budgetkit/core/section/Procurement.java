package io.budgetkit.core.section;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.CellValues;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The 政府采购预算 table: 合计, a 小计 per unit, and the purchase lines.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Procurement {

  Procurement() {}

  /**
   * Returns the column layout.
   *
   * @return G1 or G2
   */
  @Value.Default
  public ProcurementLayout layout() {
    return ProcurementLayout.G1;
  }

  /**
   * Returns the caption printed above the table.
   *
   * @return e.g. 部门政府采购预算, if printed
   */
  public abstract Optional<String> title();

  /**
   * Returns the lines in printed order.
   *
   * @return the lines
   */
  public abstract List<ProcurementLine> lines();

  /**
   * Returns the notes printed under the table.
   *
   * @return the notes, e.g. {@code 注：同一采购目录序号的物品…}
   */
  public abstract List<String> notes();

  /**
   * Returns the 合计 line.
   *
   * @return the line, if printed
   */
  public Optional<ProcurementLine> total() {
    return lines().stream().filter(l -> l.kind() == ProcurementLine.Kind.TOTAL).findFirst();
  }

  @Value.Check
  void check() {
    for (ProcurementLine line : lines()) {
      for (FundingSource s : line.amounts().keySet()) {
        if (!layout().funding().contains(s)) {
          throw new IllegalStateException("政府采购 line '" + line.label() + "': layout "
              + layout() + " has no column " + s.label());
        }
      }
    }
  }

  /**
   * Returns a new builder for a table in layout G1.
   *
   * @return the builder
   */
  public static Builder builder() {
    return builder(ProcurementLayout.G1);
  }

  /**
   * Returns a new builder for a table in the given layout.
   *
   * @param layout the column layout the lines are printed in
   * @return the builder
   */
  public static Builder builder(ProcurementLayout layout) {
    return new Builder(layout);
  }

  /**
   * Builds a {@link Procurement}; lines can be given as printed, cell by cell.
   *
   * <p>The layout is chosen when the builder is made ({@link Procurement#builder(ProcurementLayout)}):
   * it tells which printed cell is which funding column.
   */
  public static final class Builder extends ImmutableProcurement.Builder {
    private final ProcurementLayout layout;

    Builder() {
      this(ProcurementLayout.G1);
    }

    Builder(ProcurementLayout layout) {
      this.layout = layout;
      layout(layout);
    }

    /**
     * Adds the 合计 line.
     *
     * @param label the label as printed, e.g. {@code 合  计}
     * @param amounts the funding amounts as printed, then the 预留份额
     * @return this
     */
    public Builder total(String label, String... amounts) {
      return addLines(summaryLine(ProcurementLine.Kind.TOTAL, label, amounts));
    }

    /**
     * Adds a 小计 line.
     *
     * @param label the label as printed, e.g. {@code 秦皇岛市海港区发展服务中心本级小计}
     * @param amounts the funding amounts as printed, then the 预留份额
     * @return this
     */
    public Builder subtotal(String label, String... amounts) {
      return addLines(summaryLine(ProcurementLine.Kind.SUBTOTAL, label, amounts));
    }

    /**
     * Adds a purchase line, cell by cell as printed: 项目名称, 预算资金, 采购物品名称, 目录序号,
     * 计量单位, 数量, 单价, the funding amounts, 预留份额 ({@code ""} for a blank cell; trailing
     * blanks may be left out).
     *
     * @param cells the printed cells
     * @return this
     * @throws IllegalArgumentException if there are too many cells or an amount is malformed
     */
    public Builder item(String... cells) {
      if (cells.length > layout.columnCount()) {
        throw new IllegalArgumentException("政府采购 line '" + (cells.length > 0 ? cells[0] : "")
            + "' has " + cells.length + " cells; layout " + layout + " has " + layout.columnCount());
      }
      String[] c = java.util.Arrays.copyOf(cells, layout.columnCount());
      String where = "政府采购 line '" + (c[0] == null ? "" : c[0]) + "'";
      ProcurementLine.Builder line = ProcurementLine.builder();
      line.kind(ProcurementLine.Kind.ITEM).label(c[0] == null ? "" : c[0]);
      amount(c[1], where, "预算资金").ifPresent(line::projectBudget);
      text(c[2]).ifPresent(line::itemName);
      text(c[3]).ifPresent(line::catalogueNumber);
      text(c[4]).ifPresent(line::measureUnit);
      text(c[5]).map(q -> quantity(q, where)).ifPresent(line::quantity);
      amount(c[6], where, "单价").ifPresent(line::unitPrice);
      fill(line, java.util.Arrays.copyOfRange(c, 7, c.length), where);
      return addLines(line.build());
    }

    private ProcurementLine summaryLine(ProcurementLine.Kind kind, String label,
        String[] amounts) {
      if (amounts.length > layout.funding().size() + 1) {
        throw new IllegalArgumentException("政府采购 line '" + label + "' has " + amounts.length
            + " amounts; layout " + layout + " has " + layout.funding().size()
            + " funding columns and 预留份额");
      }
      ProcurementLine.Builder line = ProcurementLine.builder();
      line.kind(kind).label(label);
      fill(line, java.util.Arrays.copyOf(amounts, layout.funding().size() + 1),
          "政府采购 line '" + label + "'");
      return line.build();
    }

    private void fill(ProcurementLine.Builder line, String[] amounts, String where) {
      List<FundingSource> funding = layout.funding();
      for (int i = 0; i < funding.size(); i++) {
        FundingSource s = funding.get(i);
        amount(amounts[i], where, s.label()).ifPresent(a -> line.putAmounts(s, a));
      }
      amount(amounts[funding.size()], where, "预留中小微企业份额").ifPresent(line::smeReserve);
    }

    private static Optional<io.budgetkit.core.amount.Amount> amount(String cell, String where,
        String column) {
      try {
        return CellValues.parse(cell);
      } catch (IllegalArgumentException | ArithmeticException e) {
        throw new IllegalArgumentException(where + ", " + column + ": " + e.getMessage(), e);
      }
    }

    private static BigDecimal quantity(String cell, String where) {
      String s = cell.strip();
      if (s.length() > MAX_QUANTITY_LENGTH) {
        // BigDecimal parses in time quadratic in the digits: a hostile cell of a million
        // digits would take minutes, and no quantity bought is written with 100 characters.
        throw new IllegalArgumentException(where + ", 数量: '" + s.substring(0, 20) + "…' ("
            + s.length() + " characters) is not a number");
      }
      try {
        return new BigDecimal(s);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            where + ", 数量: '" + cell + "' is not a number", e);
      }
    }

    private static final int MAX_QUANTITY_LENGTH = 100;

    private static Optional<String> text(String cell) {
      return cell == null || cell.isBlank() ? Optional.empty() : Optional.of(cell);
    }
  }

}
