package io.budgetkit.core.catalog;

/** Chinese ordinals as printed before table rows: 一 … 九十九. */
public final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumerals() {}

  /**
   * Returns the Chinese numeral of a number from 1 to 99.
   *
   * @param n the number
   * @return e.g. 一, 十, 十五, 二十, 三十一
   * @throws IllegalArgumentException if {@code n} is outside 1–99
   */
  public static String of(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("Only 1 to 99 are supported, was " + n);
    }
    int tens = n / 10;
    int ones = n % 10;
    StringBuilder s = new StringBuilder();
    if (tens > 1) {
      s.append(DIGITS.charAt(tens));
    }
    if (tens > 0) {
      s.append('十');
    }
    if (ones > 0) {
      s.append(DIGITS.charAt(ones));
    }
    return s.toString();
  }
}
