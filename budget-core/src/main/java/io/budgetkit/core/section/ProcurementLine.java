package io.budgetkit.core.section;

import io.budgetkit.core.amount.Amount;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A line of the 政府采购预算 table: the 合计 line, a unit's 小计 line, or an item.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProcurementLine {

  ProcurementLine() {}

  /** What a line is. */
  public enum Kind {
    /** 合计, the whole table. */
    TOTAL,
    /** A unit's 小计 ({@code …本级小计}). */
    SUBTOTAL,
    /** One purchase. */
    ITEM
  }

  /**
   * Returns what the line is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the first cell: 合计, the 小计 label, or the item's 项目名称 (the project it is bought
   * for, or a pseudo-project such as 公用经费一).
   *
   * @return the label as printed
   */
  public abstract String label();

  /**
   * Returns the department or unit (部门 / 单位) the line belongs to, set when a table lists the
   * lines of several departments, e.g. a consolidation (汇总); absent in a single department's
   * disclosure, whose lines are all its own.
   *
   * @return the department's name, if recorded
   */
  public abstract Optional<String> department();

  /**
   * Returns the 预算资金 of the project, as printed on the line.
   *
   * @return the amount, if printed
   */
  public abstract Optional<Amount> projectBudget();

  /**
   * Returns the 采购物品名称.
   *
   * @return the name, if printed
   */
  public abstract Optional<String> itemName();

  /**
   * Returns the 政府采购目录序号, e.g. {@code A05040101}.
   *
   * @return the catalogue number, if printed
   */
  public abstract Optional<String> catalogueNumber();

  /**
   * Returns the 计量单位.
   *
   * @return e.g. 包, 项
   */
  public abstract Optional<String> measureUnit();

  /**
   * Returns the 数量.
   *
   * @return the quantity, if printed
   */
  public abstract Optional<BigDecimal> quantity();

  /**
   * Returns the 单价 in 万元, rounded as printed.
   *
   * @return the unit price, if printed
   */
  public abstract Optional<Amount> unitPrice();

  /**
   * Returns the printed 政府采购金额 by funding column; blank cells are absent.
   *
   * @return the amounts
   */
  @Value.NaturalOrder
  public abstract SortedMap<FundingSource, Amount> amounts();

  /**
   * Returns the 预留中小微企业份额.
   *
   * @return the reserved share, if printed
   */
  public abstract Optional<Amount> smeReserve();

  /**
   * Returns the amount of a funding column, a blank cell counting as zero.
   *
   * @param source the column
   * @return the amount
   */
  public Amount amount(FundingSource source) {
    Amount a = amounts().get(source);
    return a == null ? Amount.ZERO : a;
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcurementLine}. */
  public static final class Builder extends ImmutableProcurementLine.Builder {
    Builder() {}
  }
}
