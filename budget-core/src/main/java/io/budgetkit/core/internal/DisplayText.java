package io.budgetkit.core.internal;

/**
 * Makes text from a document safe to show to a person on a terminal or in a report: characters
 * that a terminal acts on instead of showing (ANSI escapes, carriage returns, backspaces), that
 * reorder or hide what follows (bidirectional overrides such as U+202E, zero-width characters,
 * U+FEFF), and unpaired surrogates are written as {@code \\uXXXX}. A document's text is data, and
 * a department name that clears the screen or prints a fake 通过 line must show as what it is.
 *
 * <p>The escape is the Java and JSON {@code \\uXXXX} form, so that JSON passed through {@link
 * #escape(CharSequence, boolean)} with line breaks kept stays valid and means the same.
 */
public final class DisplayText {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private DisplayText() {}

  /**
   * Escapes a value that is shown on one line: every line break is escaped too.
   *
   * @param text the text
   * @return the text, escaped; {@code text} itself when nothing needs escaping
   */
  public static String inline(CharSequence text) {
    return escape(text, false);
  }

  /**
   * Escapes text for a terminal.
   *
   * @param text the text
   * @param keepLineFeeds whether {@code \n} is kept (for text made of lines); a carriage return
   *     is always escaped, as it lets a later line overwrite an earlier one
   * @return the text, escaped; {@code text} itself when nothing needs escaping
   */
  public static String escape(CharSequence text, boolean keepLineFeeds) {
    return escape(text, keepLineFeeds, true);
  }

  /**
   * Escapes text for a terminal or for a message that quotes data.
   *
   * @param text the text
   * @param keepLineFeeds whether {@code \n} is kept (for text made of lines); a carriage return
   *     is always escaped, as it lets a later line overwrite an earlier one
   * @param keepTabs whether a tab is kept; an excerpt quoted in an error message escapes it, so
   *     that a cell that holds a tab can be told from one that holds spaces
   * @return the text, escaped; {@code text} itself when nothing needs escaping
   */
  public static String escape(CharSequence text, boolean keepLineFeeds, boolean keepTabs) {
    int n = text.length();
    int i = 0;
    while (i < n && !needsEscape(text, i, keepLineFeeds, keepTabs)) {
      i++;
    }
    if (i == n) {
      return text.toString();
    }
    StringBuilder s = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (needsEscape(text, i, keepLineFeeds, keepTabs)) {
        s.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
            .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /** Whether the character at {@code i} would be acted on, hidden or mangled by a terminal. */
  static boolean needsEscape(CharSequence text, int i, boolean keepLineFeeds, boolean keepTabs) {
    char c = text.charAt(i);
    if (c == '\n') {
      return !keepLineFeeds;
    }
    if (c == '\t') {
      return !keepTabs; // moves the cursor forward only: it cannot hide or overwrite anything
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          || hidden(Character.toCodePoint(c, text.charAt(i + 1)));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))
          || hidden(Character.toCodePoint(text.charAt(i - 1), c));
    }
    return hidden(c);
  }

  private static boolean hidden(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:              // C0, DEL, C1: ESC, CR, BS, CSI …
      case Character.FORMAT:               // U+202E and the other bidi controls, U+200B, U+FEFF …
      case Character.LINE_SEPARATOR:       // U+2028
      case Character.PARAGRAPH_SEPARATOR:  // U+2029
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }
}
