package io.budgetkit.importer.disclosure;

/**
 * Undoes the spaces a converter puts between CJK characters (LAYOUTS §8 items 18, 20): every
 * whitespace run is removed, except that one space is kept between two ASCII letters or digits
 * and wherever the caller's {@link Keep rule} asks for one. The one loop of the table reader and
 * of the PDF-text reader.
 */
final class CjkSpaces {

  /** Where, beyond two ASCII words, a whitespace run stays one space. */
  @FunctionalInterface
  interface Keep {

    /**
     * Whether the run before {@code next} stays one space.
     *
     * @param text the whole text
     * @param before the character written before the run, {@code ' '} at the start
     * @param next the index of the first character after the run
     * @return true to keep one space
     */
    boolean at(String text, char before, int next);
  }

  private CjkSpaces() {}

  /**
   * Returns the text without the converter's spaces.
   *
   * @param text the text, already trimmed
   * @param keep where else a run stays one space
   * @return the text
   */
  static String undo(String text, Keep keep) {
    StringBuilder b = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && isSpace(text.charAt(j))) {
        j++;
      }
      char before = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
      char after = j < text.length() ? text.charAt(j) : ' ';
      if (isAsciiWord(before) && isAsciiWord(after) || keep.at(text, before, j)) {
        b.append(' ');
      }
      i = j;
    }
    return b.toString();
  }

  /** A whitespace or space character, the no-break and ideographic spaces included. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isAsciiWord(char c) {
    return c < 128 && Character.isLetterOrDigit(c);
  }
}
