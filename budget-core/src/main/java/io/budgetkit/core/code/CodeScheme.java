package io.budgetkit.core.code;

import java.util.List;

/**
 * A classification of the 政府收支分类科目: functional or economic.
 */
public enum CodeScheme {
  /** 支出功能分类科目: 类 / 款 / 项, e.g. {@code 2010301}. */
  FUNCTIONAL("支出功能分类科目", List.of(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM)),
  /** 部门预算支出经济分类科目: 类 / 款, e.g. {@code 30101}. */
  ECONOMIC("部门预算支出经济分类科目", List.of(CodeLevel.CLASS, CodeLevel.SECTION));

  private final String label;
  private final List<CodeLevel> levels;

  CodeScheme(String label, List<CodeLevel> levels) {
    this.label = label;
    this.levels = levels;
  }

  /**
   * Returns the scheme's Chinese name.
   *
   * @return e.g. 支出功能分类科目
   */
  public String label() {
    return label;
  }

  /**
   * Returns the levels of this scheme, top first.
   *
   * @return the levels
   */
  public List<CodeLevel> levels() {
    return levels;
  }

  /**
   * Parses a code of this scheme.
   *
   * @param text the code
   * @return a {@link FunctionCode} or an {@link EconomicCode}
   * @throws IllegalArgumentException if the text is not a code of this scheme
   */
  public ClassificationCode<?> parse(String text) {
    return this == FUNCTIONAL ? FunctionCode.parse(text) : EconomicCode.parse(text);
  }
}
