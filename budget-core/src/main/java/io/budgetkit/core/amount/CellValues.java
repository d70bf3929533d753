package io.budgetkit.core.amount;

import java.util.Optional;

/**
 * Reads the text of a printed table cell, where a blank cell means "nothing printed" (zero).
 *
 * <p>This is the only place where blank text is accepted as an amount: {@link Amount#parse}
 * rejects it, so that a missing number is never mistaken for zero by accident. An explicit
 * {@code 0} stays an explicit zero, so a model keeps the difference between a blank cell and a
 * printed {@code 0} (some documents print one, some the other).
 */
public final class CellValues {

  private CellValues() {}

  /**
   * Parses a cell: blank or whitespace-only text (including the full-width space) is an empty
   * cell, anything else must be an {@link Amount#parse amount}.
   *
   * @param text the cell text, may be {@code null} (treated as blank)
   * @return the amount, or empty for a blank cell
   * @throws IllegalArgumentException if the text is neither blank nor an amount
   */
  public static Optional<Amount> parse(String text) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    return Optional.of(Amount.parse(stripSpaces(text)));
  }

  /**
   * Tells whether a cell's text is blank: {@code null}, empty, or only whitespace (ASCII, tab,
   * the full-width space U+3000 or the no-break space U+00A0).
   *
   * @param text the cell text
   * @return true if nothing is printed
   */
  public static boolean isBlank(String text) {
    return text == null || stripSpaces(text).isEmpty();
  }

  /** Strips whitespace and space characters (U+3000, the no-break space U+00A0) at both ends. */
  private static String stripSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
