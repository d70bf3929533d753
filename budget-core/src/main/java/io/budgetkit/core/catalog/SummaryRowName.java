package io.budgetkit.core.catalog;

import io.budgetkit.core.code.FunctionCode;
import java.util.Objects;
import java.util.Optional;

/**
 * One of the functional 类 rows on the expenditure side of the 收支总表 and the 财政拨款收支总表,
 * in printed order: {@code 一、一般公共服务支出} (201) … {@code 三十一、人行科目} (no code).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SummaryRowName {

  private final int position;
  private final Optional<FunctionCode> code;
  private final String name;

  SummaryRowName(int position, Optional<FunctionCode> code, String name) {
    this.position = position;
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
  }

  /**
   * Returns the row's position among the 类 rows, from 1.
   *
   * @return the position
   */
  public int position() {
    return position;
  }

  /**
   * Returns the 类 code of the row, empty for a row without a national code (人行科目).
   *
   * @return the code
   */
  public Optional<FunctionCode> code() {
    return code;
  }

  /**
   * Returns the name without its ordinal prefix.
   *
   * @return e.g. 一般公共服务支出
   */
  public String name() {
    return name;
  }

  /**
   * Returns the label as printed in the table, with its Chinese ordinal.
   *
   * @return e.g. 二十、住房保障支出
   */
  public String printedLabel() {
    return ChineseNumerals.of(position) + "、" + name;
  }

  @Override
  public String toString() {
    return printedLabel();
  }
}
