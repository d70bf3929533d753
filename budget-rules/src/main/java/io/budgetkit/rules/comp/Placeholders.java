package io.budgetkit.rules.comp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds template placeholders left in printed text (BK-COMP-010).
 *
 * <p>What counts as a placeholder, and what does not:
 *
 * <ul>
 *   <li>a run of two or more {@code X} / {@code x} (ASCII or full-width) not touching another
 *       Latin letter: {@code 20XX年}, {@code XX单位}, {@code XXX万元}, {@code www.xxx.gov.cn}, but
 *       not the {@code XX} inside a Latin word ({@code XXL}, {@code MAXX});</li>
 *   <li>a run of two or more multiplication-like crosses {@code ××} ({@code ×}, {@code ╳},
 *       {@code ✕}); a single {@code ×} is a multiplication ({@code 80元 × 143人});</li>
 *   <li>{@code 某某}; the word {@code 某} alone is ordinary Chinese ({@code 某项工作}) and is not
 *       flagged;</li>
 *   <li>{@code 待填写}, {@code 请填写}, {@code 此处填写}, and {@code 填写} right after an opening
 *       bracket ({@code （填写单位名称）}, {@code 【填写】}); {@code 填写} elsewhere is an ordinary word
 *       ({@code 按要求填写});</li>
 *   <li>a run of three or more asterisks ({@code ***}, {@code ＊＊＊}) that does not touch a digit:
 *       {@code 138****1234} is a masked number, not a placeholder.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class Placeholders {

  /**
   * The runs are possessive ({@code {2,}+}): a run that fails its look-ahead fails at every
   * shorter length too (the character after it is of the run), so giving back characters could
   * only waste time; with the look-behinds, no run is started inside another, so each character is
   * looked at a bounded number of times and a text of any length is scanned in linear time.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile(
      "(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}+(?![A-Za-zＡ-Ｚａ-ｚ])"
          + "|[×╳✕]{2,}+"
          + "|某某"
          + "|待填写|请填写|此处填写|(?<=[（(【\\[〔<《])填写"
          + "|(?<![0-9０-９*＊])[*＊]{3,}+(?![0-9０-９*＊])");

  /** How many characters of context to keep on either side of a placeholder. */
  private static final int CONTEXT = 12;

  private Placeholders() {}

  /** A placeholder found in a text: the placeholder and the words around it. */
  static final class Hit {
    final String placeholder;
    final String context;

    Hit(String placeholder, String context) {
      this.placeholder = placeholder;
      this.context = context;
    }
  }

  /**
   * Finds the placeholders of a text.
   *
   * @param text the text, may be null
   * @return the placeholders in order, each with up to 12 characters of its line on either side
   */
  static List<Hit> find(String text) {
    List<Hit> hits = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return hits;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      // The context stops at a line break: look at most CONTEXT characters either way for one,
      // not for the whole line (a long line full of placeholders would be read once per hit).
      int from = Math.max(0, m.start() - CONTEXT);
      int to = Math.min(text.length(), m.end() + CONTEXT);
      for (int i = m.start() - 1; i >= from; i--) {
        if (text.charAt(i) == '\n') {
          from = i + 1;
          break;
        }
      }
      for (int i = m.end(); i < to; i++) {
        if (text.charAt(i) == '\n') {
          to = i;
          break;
        }
      }
      hits.add(new Hit(m.group(), text.substring(from, to).strip()));
    }
    return hits;
  }
}
