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
    return Optional.of(Amount.parse(text.strip()));
  }

  /**
   * Tells whether a cell's text is blank: {@code null}, empty, or only whitespace (ASCII, tab or
   * the full-width space U+3000).
   *
   * @param text the cell text
   * @return true if nothing is printed
   */
  public static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
