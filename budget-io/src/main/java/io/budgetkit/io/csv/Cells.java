package io.budgetkit.io.csv;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.amount.Precision;
import java.math.BigDecimal;

/**
 * The cell rules shared by every CSV file: the Excel formula guard on text cells and the
 * printing of amounts.
 *
 * <p>A text cell that Excel would run as a formula (it begins with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return) is written with one leading apostrophe; so is a
 * text that itself begins with an apostrophe, so that reading strips exactly one apostrophe and
 * never loses one. An optional text that is present but empty is written as a lone apostrophe,
 * because an empty cell means "absent". Amounts are never guarded: {@code -1.00} is a number.
 */
final class Cells {

  /** The prefix that neutralises a text cell. */
  static final char GUARD = '\'';

  private Cells() {}

  /**
   * Returns the cell of a text.
   *
   * @param text the text, or {@code null} for an absent optional text
   * @param optional whether an empty text must stay distinguishable from an absent one
   */
  static String text(String text, boolean optional) {
    if (text == null) {
      return null;
    }
    if (text.isEmpty()) {
      return optional ? String.valueOf(GUARD) : "";
    }
    return needsGuard(text.charAt(0)) ? GUARD + text : text;
  }

  /** Whether a text beginning with {@code c} is written with a leading apostrophe. */
  static boolean needsGuard(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == GUARD;
  }

  /** Whether a text beginning with {@code c} would run as a formula in a spreadsheet. */
  static boolean isFormulaStart(char c) {
    return c != GUARD && needsGuard(c);
  }

  /** Strips the guard of a cell that {@link #text} wrote; {@code null} stays {@code null}. */
  static String untext(String cell) {
    if (cell == null || cell.isEmpty() || cell.charAt(0) != GUARD) {
      return cell;
    }
    return cell.substring(1);
  }

  /**
   * Prints an amount in the unit of a table's precision, with at least its decimals and as many
   * more as the amount needs, so that nothing is ever rounded ({@code 2143.14}, {@code 0.05}).
   */
  static String amount(Amount amount, Precision precision) {
    if (amount == null) {
      return null;
    }
    int shift = precision.scaleInWan() - precision.decimals();
    BigDecimal v = amount.toWanYuan().movePointRight(shift);
    int scale = Math.max(precision.decimals(), Math.max(0, v.stripTrailingZeros().scale()));
    return v.setScale(scale).toPlainString();
  }

  /** Prints an amount in 万元 ({@link Amount#toString()}). */
  static String amount(Amount amount) {
    return amount == null ? null : amount.toString();
  }
}
