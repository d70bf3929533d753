package io.budgetkit.importer.pdf;

import java.util.List;

/** Text from glyphs: spaces from gaps, none between two CJK characters. */
final class Texts {

  private Texts() {}

  /**
   * Returns the text of glyphs on one line, left to right. A gap wider than a quarter em is a
   * space, except between two CJK characters: Chinese has no spaces between words, so a gap
   * there is the layout's letter spacing or justification ({@code 收 入 总 表}), never text —
   * unless it is wider than an em and a half, which separates two texts set apart.
   */
  static String of(List<Glyph> glyphs) {
    StringBuilder s = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : glyphs) {
      float em = previous == null ? 0 : Math.max(g.size, previous.size);
      float gap = previous == null ? 0 : g.x - previous.end();
      if (previous != null && gap > 0.25f * em && (gap > 1.5f * em
          || !(isCjk(lastChar(previous.text)) && isCjk(g.text.codePointAt(0))))) {
        s.append(' ');
      }
      s.append(g.text);
      previous = g;
    }
    return s.toString();
  }

  /**
   * Joins the lines a text was wrapped over: directly where either side is CJK (a wrap inside
   * a Chinese word or number), with a space between Latin words.
   */
  static String join(String first, String next) {
    if (first.isEmpty()) {
      return next;
    }
    if (next.isEmpty()) {
      return first;
    }
    int end = lastChar(first);
    int start = next.codePointAt(0);
    if (isCjk(end) || isCjk(start) || end == '-' && first.length() > 1
        && Character.isLetter(first.codePointBefore(first.length() - 1))) {
      return first + next;
    }
    return first + " " + next;
  }

  static int lastChar(String s) {
    return s.codePointBefore(s.length());
  }

  /**
   * Says whether a character is CJK: ideographs, CJK punctuation and full-width forms, all of
   * which Chinese sets without spaces.
   */
  static boolean isCjk(int c) {
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…'
        || c == '‘' || c == '’' || c == '—');
  }
}
