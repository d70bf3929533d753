package io.budgetkit.core.code;

import java.util.Optional;

/**
 * A code of the 支出功能分类科目: 类 (3 digits, {@code 201} 一般公共服务支出), 款 (5, {@code 20103}) and 项 (7,
 * {@code 2010301} 行政运行).
 *
 * <p>{@link #parse(String)} is strict and the inverse of {@link #toString()}. Names are not
 * part of a code: they change between editions and are looked up in a {@link
 * io.budgetkit.core.catalog.ClassificationCatalog catalog}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FunctionCode implements ClassificationCode<FunctionCode> {

  private final String value;
  private final CodeLevel level;

  private FunctionCode(String value) {
    this.value = value;
    this.level = CodeLevel.ofDigits(value.length());
  }

  /**
   * Parses a code: ASCII digits only, of the length of one of the scheme's levels.
   *
   * @param text the code, e.g. {@code "2010301"}
   * @return the code
   * @throws IllegalArgumentException if the text is not such a code; the message says what is
   *     wrong (a letter, a space, a full-width digit, the wrong number of digits)
   */
  public static FunctionCode parse(String text) {
    return new FunctionCode(Codes.check(text, CodeScheme.FUNCTIONAL));
  }

  @Override
  public CodeScheme scheme() {
    return CodeScheme.FUNCTIONAL;
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
  public Optional<FunctionCode> parent() {
    return level == CodeLevel.CLASS
        ? Optional.empty()
        : Optional.of(new FunctionCode(value.substring(0, value.length() - 2)));
  }

  @Override
  public int compareTo(FunctionCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FunctionCode && ((FunctionCode) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the digits of the code, the inverse of {@link #parse(String)}.
   *
   * @return e.g. {@code "2010301"}
   */
  @Override
  public String toString() {
    return value;
  }
}
