package io.budgetkit.rules.comp;

import io.budgetkit.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a “三公” paragraph explains the change of the “三公” costs against the previous
 * year (BK-COMP-009).
 *
 * <p>The text is cut into sentences (at {@code 。；;！!？?} and line breaks) and read for matching
 * ({@link Text#matchKey}: spacing removed, traditional characters folded). A paragraph explains the
 * change when one of its sentences
 *
 * <ol>
 *   <li>names the 原因 and goes on to give it: at least two letters or digits after {@code 原因},
 *       once a linking {@code 主要}, {@code 是}, {@code 为}, {@code 在于}, {@code 系}, {@code 如下}
 *       and colon are set aside ({@code 增减变化的主要原因是我部门无“三公”经费} explains,
 *       {@code 增减变化原因：无} does not); after {@code 原因如下：} the next sentence is the
 *       reason;</li>
 *   <li>or states a change ({@code 增加}, {@code 减少}, {@code 增长}, {@code 下降}, {@code 降低},
 *       {@code 上升}, {@code 提高}, {@code 增减}, {@code 压减}, {@code 压缩}) together with a word that
 *       introduces its cause ({@code 由于}, {@code 因为}, {@code 主要是}, {@code 主要系},
 *       {@code 主要因}, {@code 鉴于}, {@code 源于}, {@code 得益于}, or {@code 因} neither in
 *       {@code 原因} (an empty 原因 is no cause) nor before {@code 公} (因公出国 is no cause));</li>
 *   <li>or states that nothing changed ({@code 持平}, {@code 无变化}, {@code 没有变化},
 *       {@code 未发生变化}, {@code 无增减}, {@code 保持不变}, {@code 与上年相同}, {@code 与上年一致}),
 *       which needs no reason.</li>
 * </ol>
 *
 * <p>A paragraph that only states the amounts (秦皇岛市海港区人民政府办公室 2024, L1584) explains
 * nothing. This class is immutable and thread-safe.
 */
final class ChangeReason {

  private static final Pattern SENTENCE_END = Pattern.compile("[。；;！!？?\\n]");
  private static final Pattern LINK =
      Pattern.compile("^(?:的)?(?:主要)?(?:是|为|在于|系)?(?:如下)?[：:，,]?");
  private static final Pattern CHANGE =
      Pattern.compile("增加|减少|增长|下降|降低|上升|提高|增减|压减|压缩");
  private static final Pattern CAUSE =
      Pattern.compile("由于|因为|主要是|主要系|主要因|鉴于|源于|得益于|(?<!原)因(?!公)");
  private static final Pattern LETTER = Pattern.compile("[\\p{IsHan}\\p{L}\\p{N}]");
  private static final Pattern NO_CHANGE = Pattern.compile(
      "持平|无变化|没有变化|未发生变化|无增减|保持不变|与上年相同|与上年一致|与上年度相同|与上年度一致");

  private ChangeReason() {}

  /**
   * Tells whether the text explains the change of the “三公” costs.
   *
   * @param text the paragraph
   * @return true if a sentence gives a reason or states that nothing changed
   */
  static boolean isExplained(String text) {
    List<String> sentences = sentences(text);
    for (int s = 0; s < sentences.size(); s++) {
      String sentence = sentences.get(s);
      int i = sentence.indexOf("原因");
      while (i >= 0) {
        String reason = LINK.matcher(sentence.substring(i + 2)).replaceFirst("");
        if (reason.isEmpty() && s + 1 < sentences.size()) {
          reason = sentences.get(s + 1); // 原因如下： the reason follows
        }
        if (givesReason(reason)) {
          return true;
        }
        i = sentence.indexOf("原因", i + 2);
      }
      if ((CHANGE.matcher(sentence).find() && CAUSE.matcher(sentence).find())
          || NO_CHANGE.matcher(sentence).find()) {
        return true;
      }
    }
    return false;
  }

  private static List<String> sentences(String text) {
    List<String> result = new ArrayList<>();
    for (String part : SENTENCE_END.split(text)) {
      String s = Text.matchKey(part);
      if (!s.isEmpty()) {
        result.add(s);
      }
    }
    return result;
  }

  /** Whether at least two letters or digits (Han characters included) follow: count to two. */
  private static boolean givesReason(String s) {
    Matcher m = LETTER.matcher(s);
    return m.find() && m.find();
  }
}
