package io.budgetkit.core.internal;

/** Normalisation of printed labels for matching (never for storing: the model keeps text as printed). */
public final class Text {

  private static final String ORDINAL_DIGITS = "零一二三四五六七八九十0123456789";

  private Text() {}

  /**
   * Returns a label reduced for matching: whitespace (ASCII, full-width, tabs) removed, ASCII
   * parentheses and colon folded to their full-width forms, traditional characters that occur in
   * budget text folded to simplified ones.
   *
   * @param label the printed label
   * @return the matching key
   */
  public static String matchKey(String label) {
    StringBuilder s = new StringBuilder(label.length());
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      switch (c) {
        case '(':
          s.append('（');
          break;
        case ')':
          s.append('）');
          break;
        case ':':
          s.append('：');
          break;
        case '萬':
          s.append('万');
          break;
        default:
          s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * Removes a leading Chinese ordinal with its separator ({@code 二十、}, {@code 1、},
   * {@code （一）}) from a label.
   *
   * @param label the label
   * @return the label without its ordinal
   */
  public static String stripOrdinal(String label) {
    String s = label.strip();
    if (s.startsWith("（") || s.startsWith("(")) {
      // Either width may close either width ("（一)" in PDF text), and only numerals may sit
      // inside: a later parenthesis ("（一）因公出国(境)费") or a word ("（注）") is no ordinal.
      int close = 1;
      while (close < s.length() && ORDINAL_DIGITS.indexOf(s.charAt(close)) >= 0) {
        close++;
      }
      if (close > 1 && close <= 4 && close < s.length() && "）)".indexOf(s.charAt(close)) >= 0) {
        return s.substring(close + 1).strip();
      }
    }
    int i = 0;
    while (i < s.length() && ORDINAL_DIGITS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (i > 0 && i < s.length() && "、.．".indexOf(s.charAt(i)) >= 0) {
      return s.substring(i + 1).strip();
    }
    return s;
  }
}
