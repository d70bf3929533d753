package io.budgetkit.core.internal;

/** Normalisation of printed labels for matching (never for storing: the model keeps text as printed). */
public final class Text {

  /** The start of a bookmark a DOCX converter leaves in the text. */
  private static final String BOOKMARK = "[bookmark:";

  private static final String ORDINAL_DIGITS = "零一二三四五六七八九十0123456789";

  /**
   * Traditional characters seen in budget text (LAYOUTS.md §8 item 24) and their simplified
   * forms, pairwise. Extraction noise, not the document's wording: folded only for matching.
   */
  private static final String TRADITIONAL =
      "萬万區区統统賃赁費费檢检擴扩項项業业務务經经鐵铁護护運运維维遊游勞劳專专創创輔辅裝装輛辆"
          + "車车資资產产購购條条號号計计劃划績绩會会議议備备設设應应證证辦办內内對对關关單单調调"
          + "價价預预稅税補补貼贴險险醫医療疗養养職职員员發发開开網网絡络機机構构廳厅屬属監监導导"
          + "門门樓楼場场繕缮館馆戶户問问題题處处傳传營营風风書书報报紙纸電电話话郵邮訊讯軟软體体"
          + "縣县鎮镇鄉乡農农園园國国歲岁張张檔档舊旧現现實实據据數数錄录層层級级質质為为評评總总"
          + "結结轉转餘余額额與与團团這这個个時时間间標标準准層层環环節节護护廣广東东達达邊边";

  private Text() {}

  /**
   * Folds the traditional characters of budget text to their simplified forms.
   *
   * @param c a character
   * @return its simplified form, or {@code c} itself
   */
  public static char simplified(char c) {
    int i = TRADITIONAL.indexOf(c);
    return i >= 0 && i % 2 == 0 ? TRADITIONAL.charAt(i + 1) : c;
  }

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
        default:
          s.append(simplified(c));
      }
    }
    return s.toString();
  }

  /**
   * Removes the bookmarks a DOCX converter leaves in the text ({@code [bookmark: _Toc_3_3_1]}):
   * every {@code [bookmark:} up to the next {@code ]}. A {@code [bookmark:} without a later
   * {@code ]} is kept, as printed.
   *
   * <p>This is what {@code \[bookmark:[^\]]*\]} replaced with nothing does, in time linear in
   * the length of the text: the regular expression scans to the end of the text from every
   * {@code [bookmark:} that is not closed, which is quadratic on a hostile line of them.
   *
   * @param text the text
   * @return the text without its bookmarks; {@code text} itself if it has none
   */
  public static String dropBookmarks(String text) {
    int open = text.indexOf(BOOKMARK);
    if (open < 0) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length());
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf(']', open + BOOKMARK.length());
      if (close < 0) {
        break; // no ']' after this one: none after any later one either
      }
      s.append(text, from, open);
      from = close + 1;
      open = text.indexOf(BOOKMARK, from);
    }
    return s.append(text, from, text.length()).toString();
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
