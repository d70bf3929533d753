package io.budgetkit.core.code;

import java.util.Optional;

/**
 * A code of the 部门预算支出经济分类科目: 类 (3 digits, {@code 301} 工资福利支出) and 款 (5,
 * {@code 30101} 基本工资).
 *
 * <p>{@link #parse(String)} is strict and the inverse of {@link #toString()}. Names are not
 * part of a code: they change between editions and are looked up in a {@link
 * io.budgetkit.core.catalog.ClassificationCatalog catalog}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EconomicCode implements ClassificationCode<EconomicCode> {

  private final String value;
  private final CodeLevel level;

  private EconomicCode(String value) {
    this.value = value;
    this.level = CodeLevel.ofDigits(value.length());
  }

  /**
   * Parses a code: ASCII digits only, of the length of one of the scheme's levels.
   *
   * @param text the code, e.g. {@code "30101"}
   * @return the code
   * @throws IllegalArgumentException if the text is not such a code; the message says what is
   *     wrong (a letter, a space, a full-width digit, the wrong number of digits)
   */
  public static EconomicCode parse(String text) {
    return new EconomicCode(Codes.check(text, CodeScheme.ECONOMIC));
  }

  @Override
  public CodeScheme scheme() {
    return CodeScheme.ECONOMIC;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public CodeLevel level() {
    return level;
  }

  @Override
  public Optional<EconomicCode> parent() {
    return level == CodeLevel.CLASS
        ? Optional.empty()
        : Optional.of(new EconomicCode(value.substring(0, value.length() - 2)));
  }

  @Override
  public int compareTo(EconomicCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EconomicCode && ((EconomicCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits of the code, the inverse of {@link #parse(String)}.
   *
   * @return e.g. {@code "30101"}
   */
  @Override
  public String toString() {
    return value;
  }
}
