package io.budgetkit.io.internal;

import io.budgetkit.core.internal.DisplayText;

/**
 * Short, escaped excerpts of untrusted text for error messages. A message must say where the
 * problem is without echoing a file: a cell is cut to {@value #MAX_LENGTH} characters, and every
 * character that a terminal would act on or that cannot be seen (control characters, bidi
 * overrides, byte order marks, line separators, unpaired surrogates) is written as {@code \}{@code
 * uXXXX}.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Excerpts {

  /** The longest excerpt, in characters, before its ellipsis. */
  public static final int MAX_LENGTH = 40;

  private Excerpts() {}

  /**
   * Returns a text in single quotes, cut to {@value #MAX_LENGTH} characters (with {@code …} when
   * cut) and escaped as {@link #escape(String)} does.
   *
   * @param text the text, or {@code null}
   * @return the quoted excerpt; {@code null} gives {@code 'null'}
   */
  public static String quote(String text) {
    return "'" + excerpt(text) + "'";
  }

  /**
   * Returns a text cut to {@value #MAX_LENGTH} characters (with {@code …} when cut) and escaped
   * as {@link #escape(String)} does, without quotes.
   *
   * @param text the text, or {@code null}
   * @return the excerpt; {@code null} gives the text {@code null}
   */
  public static String excerpt(String text) {
    return shorten(String.valueOf(text), MAX_LENGTH);
  }

  /**
   * Returns a text with every character that is invisible or that a terminal acts on written as
   * {@code \}{@code uXXXX}: the C0 and C1 controls (tab, carriage return, line feed and escape
   * among them), format characters (U+200B to U+200F, the bidi embeddings and overrides U+202A to
   * U+202E and isolates U+2066 to U+2069, U+FEFF…), the line and paragraph separators, and
   * unpaired surrogates. Everything else, Chinese included, is kept. This is {@link
   * DisplayText#escape(CharSequence, boolean, boolean)} with line feeds and tabs escaped too.
   *
   * @param text the text
   * @return the escaped text; the same instance when nothing needs escaping
   */
  public static String escape(String text) {
    return DisplayText.escape(text, false, false);
  }

  /**
   * Returns a message cut to {@code max} characters (with {@code …} when cut) and escaped as
   * {@link #escape(String)} does: for messages that may quote data through a library's message.
   *
   * @param message the message, or {@code null}
   * @param max the longest message kept, at least 1
   * @return the shortened message; {@code null} stays {@code null}
   */
  public static String shorten(String message, int max) {
    if (message == null) {
      return null;
    }
    String s = message;
    if (s.length() > max) {
      int end = max;
      if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
        end--;
      }
      s = s.substring(0, end) + "…";
    }
    return escape(s);
  }
}
