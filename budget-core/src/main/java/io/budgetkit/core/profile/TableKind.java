package io.budgetkit.core.profile;

import java.util.List;
import java.util.Objects;

/**
 * The identity of a disclosure table: the nine standard ones, or one a profile adds.
 *
 * <p>A kind has a stable id (used in JSON, CSV and findings), the title without its
 * 部门预算/单位预算 prefix, and its {@link TableShape}. Two kinds are equal when their ids are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableKind {

  /** 1. 收支总表. */
  public static final TableKind SUMMARY = new TableKind("summary", 1, "收支总表", TableShape.TWO_SIDED);
  /** 2. 收入总表. */
  public static final TableKind INCOME = new TableKind("income", 2, "收入总表", TableShape.FUNCTIONAL_ROWS);
  /** 3. 支出总表. */
  public static final TableKind EXPENDITURE =
      new TableKind("expenditure", 3, "支出总表", TableShape.FUNCTIONAL_ROWS);
  /** 4. 财政拨款收支总表. */
  public static final TableKind FISCAL_SUMMARY =
      new TableKind("fiscal-summary", 4, "财政拨款收支总表", TableShape.TWO_SIDED);
  /** 5. 一般公共预算财政拨款支出表. */
  public static final TableKind GENERAL_PUBLIC_EXPENDITURE = new TableKind(
      "general-public-expenditure", 5, "一般公共预算财政拨款支出表", TableShape.FUNCTIONAL_ROWS);
  /** 6. 一般公共预算财政拨款基本支出表. */
  public static final TableKind BASIC_EXPENDITURE = new TableKind(
      "basic-expenditure", 6, "一般公共预算财政拨款基本支出表", TableShape.ECONOMIC_ROWS);
  /** 7. 政府性基金预算财政拨款支出表. */
  public static final TableKind GOVERNMENT_FUND_EXPENDITURE = new TableKind(
      "government-fund-expenditure", 7, "政府性基金预算财政拨款支出表", TableShape.FUNCTIONAL_ROWS);
  /** 8. 国有资本经营预算财政拨款支出表. */
  public static final TableKind STATE_CAPITAL_EXPENDITURE = new TableKind(
      "state-capital-expenditure", 8, "国有资本经营预算财政拨款支出表", TableShape.FUNCTIONAL_ROWS);
  /** 9. 财政拨款“三公”经费支出表. */
  public static final TableKind THREE_PUBLIC = new TableKind(
      "three-public", 9, "财政拨款“三公”经费支出表", TableShape.ITEM_ROWS);

  private static final List<TableKind> STANDARD = List.of(SUMMARY, INCOME, EXPENDITURE,
      FISCAL_SUMMARY, GENERAL_PUBLIC_EXPENDITURE, BASIC_EXPENDITURE, GOVERNMENT_FUND_EXPENDITURE,
      STATE_CAPITAL_EXPENDITURE, THREE_PUBLIC);

  private final String id;
  private final int standardNumber;
  private final String baseTitle;
  private final TableShape shape;

  private TableKind(String id, int standardNumber, String baseTitle, TableShape shape) {
    this.id = id;
    this.standardNumber = standardNumber;
    this.baseTitle = baseTitle;
    this.shape = shape;
  }

  /**
   * Returns a table kind that is not one of the nine standard ones, for a profile that publishes
   * more tables (机关运行经费表…). Its id must not be a standard id.
   *
   * @param id a stable id of lowercase letters, digits and hyphens
   * @param baseTitle the title without the 部门预算/单位预算 prefix
   * @param shape how its rows are identified
   * @return the kind
   * @throws IllegalArgumentException if the id is malformed or taken by a standard kind
   */
  public static TableKind custom(String id, String baseTitle, TableShape shape) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(baseTitle, "baseTitle");
    Objects.requireNonNull(shape, "shape");
    if (!id.matches("[a-z0-9][a-z0-9-]*")) {
      throw new IllegalArgumentException(
          "Table id '" + id + "' must be lowercase letters, digits and hyphens");
    }
    if (standardById(id) != null) {
      throw new IllegalArgumentException("Table id '" + id + "' is a standard table's");
    }
    return new TableKind(id, 0, baseTitle, shape);
  }

  /**
   * Returns the nine standard tables in their published order.
   *
   * @return the standard kinds
   */
  public static List<TableKind> standard() {
    return STANDARD;
  }

  /**
   * Returns the standard kind with the given id.
   *
   * @param id e.g. {@code "income"}
   * @return the kind, or {@code null} if no standard table has that id
   */
  public static TableKind standardById(String id) {
    for (TableKind k : STANDARD) {
      if (k.id.equals(id)) {
        return k;
      }
    }
    return null;
  }

  /**
   * Returns the stable id.
   *
   * @return e.g. {@code "income"}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the table's number among the nine standard tables.
   *
   * @return 1 to 9, or 0 for a custom table
   */
  public int standardNumber() {
    return standardNumber;
  }

  /**
   * Returns the title without the 部门预算/单位预算 prefix.
   *
   * @return e.g. 收入总表
   */
  public String baseTitle() {
    return baseTitle;
  }

  /**
   * Returns the title of the table in a budget of the given kind.
   *
   * @param budgetKind 部门 or 单位
   * @return e.g. 部门预算收入总表
   */
  public String title(BudgetKind budgetKind) {
    return budgetKind.titlePrefix() + baseTitle;
  }

  /**
   * Returns how the table's rows are identified.
   *
   * @return the shape
   */
  public TableShape shape() {
    return shape;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TableKind && ((TableKind) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return baseTitle;
  }
}
