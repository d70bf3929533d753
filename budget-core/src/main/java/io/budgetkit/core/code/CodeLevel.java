package io.budgetkit.core.code;

/**
 * The level of a classification code: 类, 款 or 项.
 *
 * <p>The parent of a code is its prefix one level up: {@code 2010301} (项) → {@code 20103} (款) →
 * {@code 201} (类).
 */
public enum CodeLevel {
  /** 类, the top level: 3 digits ({@code 201}, {@code 301}). */
  CLASS("类", 3),
  /** 款, the second level: 5 digits ({@code 20103}, {@code 30101}). */
  SECTION("款", 5),
  /** 项, the third level of the functional classification: 7 digits ({@code 2010301}). */
  ITEM("项", 7);

  private final String label;
  private final int digits;

  CodeLevel(String label, int digits) {
    this.label = label;
    this.digits = digits;
  }

  /**
   * Returns the level's Chinese name.
   *
   * @return 类, 款 or 项
   */
  public String label() {
    return label;
  }

  /**
   * Returns the number of digits of a code at this level.
   *
   * @return 3, 5 or 7
   */
  public int digits() {
    return digits;
  }

  /**
   * Returns the level of a code of the given length.
   *
   * @param digits the number of digits
   * @return the level
   * @throws IllegalArgumentException if no level has that many digits
   */
  static CodeLevel ofDigits(int digits) {
    for (CodeLevel level : values()) {
      if (level.digits == digits) {
        return level;
      }
    }
    throw new IllegalArgumentException("No level has " + digits + " digits");
  }
}
