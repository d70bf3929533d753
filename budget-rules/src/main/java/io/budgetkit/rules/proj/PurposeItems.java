package io.budgetkit.rules.proj;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.internal.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The amounts a 资金用途 text itemises: {@code 用于…，其中包括：1.重大安保活动经费8万元。2.鉴定费…
 * 40.11万元。…13.无人机保险2万元，共计168.99万元。}
 *
 * <p>Reading free text is kept conservative: the items must be numbered 1, 2, 3… in order (a
 * number followed by {@code .}, {@code 、} or {@code ．}, at the start of the text or after
 * punctuation or a space, so that {@code 3.2万元} inside an item is no item), at least two, and
 * each must carry an amount in 万元; an item's amount is the first one it writes (a parenthesised
 * breakdown after it is not added again). A stated total ({@code 共计}/{@code 合计}/{@code 总计}
 * X万元) counts only when written after the last item's amount. Anything else is not read.
 */
final class PurposeItems {

  /**
   * An amount in 万元. A number is read from its first digit only ({@code (?<![0-9])}) and its
   * digits are taken whole ({@code ++}): a long run of digits without 万元 after it is read once,
   * not once from each of its digits (which took time in proportion to the square of the run).
   * Neither changes what is found: a number begun inside another, or given back digits, is
   * followed by a digit, never by 万元.
   */
  private static final Pattern AMOUNT =
      Pattern.compile("(?<![0-9])([0-9]++(?:\\.[0-9]++)?+)\\s*+万元");
  private static final Pattern TOTAL =
      Pattern.compile("(?:共计|合计|总计)\\s*+([0-9]++(?:\\.[0-9]++)?+)\\s*+万元");
  private static final String BEFORE_MARKER = " \t\n，,。；;：:（(、！!？?）)";

  final List<Amount> items;
  final Optional<Amount> statedTotal;

  private PurposeItems(List<Amount> items, Optional<Amount> statedTotal) {
    this.items = List.copyOf(items);
    this.statedTotal = statedTotal;
  }

  /**
   * Reads the itemised amounts of a 资金用途 text.
   *
   * @param purpose the text as printed
   * @return the items, or empty if the text does not itemise amounts as described
   */
  static Optional<PurposeItems> read(String purpose) {
    StringBuilder folded = new StringBuilder(purpose.length());
    for (int i = 0; i < purpose.length(); i++) {
      folded.append(Text.simplified(purpose.charAt(i)));
    }
    String text = folded.toString();
    List<Integer> starts = new ArrayList<>();
    List<Integer> bodies = new ArrayList<>();
    int from = 0;
    for (int k = 1; ; k++) {
      int at = marker(text, k, from);
      if (at < 0) {
        break;
      }
      String number = Integer.toString(k);
      starts.add(at);
      bodies.add(at + number.length() + 1);
      from = at + number.length() + 1;
    }
    if (starts.size() < 2) {
      return Optional.empty();
    }
    List<Amount> items = new ArrayList<>();
    int lastAmountEnd = -1;
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      Matcher m = AMOUNT.matcher(text).region(bodies.get(i), end);
      if (!m.find()) {
        return Optional.empty();
      }
      Optional<Amount> a = amount(m.group(1));
      if (a.isEmpty()) {
        return Optional.empty();
      }
      items.add(a.get());
      lastAmountEnd = m.end();
    }
    Matcher t = TOTAL.matcher(text).region(lastAmountEnd, text.length());
    Optional<Amount> total = t.find() ? amount(t.group(1)) : Optional.empty();
    return Optional.of(new PurposeItems(items, total));
  }

  /** The position of item marker {@code k} at or after {@code from}, or -1. */
  private static int marker(String text, int k, int from) {
    String number = Integer.toString(k);
    int at = text.indexOf(number, from);
    while (at >= 0) {
      int after = at + number.length();
      boolean separated = after < text.length() && ".、．".indexOf(text.charAt(after)) >= 0;
      boolean starts = at == 0 || BEFORE_MARKER.indexOf(text.charAt(at - 1)) >= 0;
      if (separated && starts) {
        return at;
      }
      at = text.indexOf(number, at + 1);
    }
    return -1;
  }

  private static Optional<Amount> amount(String number) {
    try {
      return Optional.of(Amount.of(new BigDecimal(number)));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
