package io.budgetkit.core.section;

import io.budgetkit.core.amount.Amount;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as written in a narrative sentence or an indicator cell, parsed where it carries a
 * number: {@code 2143.14万元}, {@code ≤155.2万元}, {@code ≥95%}, {@code 1个}, {@code ≤5500 元/人/月},
 * {@code 效果较好}.
 *
 * <p>{@link #text()} keeps the value exactly as written; {@link #number()}, {@link #unit()} and
 * {@link #comparator()} are what could be read from it after removing spaces and folding
 * full-width {@code ％}, traditional {@code 萬} and a thousands comma. Parsing never fails: a value
 * without a number simply has none, and so has a value whose number is written with more than
 * 100 characters (no indicator is; parsing a hostile million digits would take minutes).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Measure {

  // Possessive: a number is all its digits, and (.*) never gives back what it cannot reach the
  // end with (a line separator stops it), so a failure costs one pass instead of one per digit.
  private static final Pattern NUMBER_AND_UNIT = Pattern.compile(
      "^(≥|≤|=|＝|<|>|＜|＞|不低于|不高于|不超过|小于|大于)?+([0-9]++(?:\\.[0-9]++)?+)(.*+)$");
  private static final Pattern THOUSANDS = Pattern.compile("[0-9],[0-9]{3}");
  private static final Pattern THOUSANDS_COMMA = Pattern.compile("(?<=[0-9]),(?=[0-9]{3})");

  /** The most digits a number is read with: BigDecimal parses in time quadratic in them. */
  private static final int MAX_NUMBER_LENGTH = 100;

  private final String text;
  private final Optional<Comparator> comparator;
  private final Optional<BigDecimal> number;
  private final Optional<String> unit;

  private Measure(String text, Optional<Comparator> comparator, Optional<BigDecimal> number,
      Optional<String> unit) {
    this.text = text;
    this.comparator = comparator;
    this.number = number;
    this.unit = unit;
  }

  /**
   * Reads a value as written.
   *
   * @param text the value as written
   * @return the measure; without a number if none can be read
   */
  public static Measure parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.replaceAll("[\\s\\u3000]+", "").replace('％', '%').replace('萬', '万')
        .replace("$\\geq", "≥").replace("$\\leq", "≤").replace("\\%$", "%");
    // find, not matches(".*…*."), which backtracked over every separator when a line
    // separator kept the final .* from the end
    if (THOUSANDS.matcher(s).find()) {
      s = THOUSANDS_COMMA.matcher(s).replaceAll("");
    }
    Matcher m = NUMBER_AND_UNIT.matcher(s);
    if (!m.matches() || m.end(2) - m.start(2) > MAX_NUMBER_LENGTH) {
      return new Measure(text, Optional.empty(), Optional.empty(), Optional.empty());
    }
    Optional<Comparator> cmp = Optional.ofNullable(m.group(1)).map(Comparator::of);
    String unit = m.group(3);
    return new Measure(text, cmp, Optional.of(new BigDecimal(m.group(2))),
        unit.isEmpty() ? Optional.empty() : Optional.of(unit));
  }

  /**
   * Returns the value exactly as written.
   *
   * @return the text
   */
  public String text() {
    return text;
  }

  /**
   * Returns the comparator written before the number.
   *
   * @return e.g. {@link Comparator#AT_MOST} for {@code ≤}
   */
  public Optional<Comparator> comparator() {
    return comparator;
  }

  /**
   * Returns the number written.
   *
   * @return e.g. 155.2 for {@code ≤155.2万元}
   */
  public Optional<BigDecimal> number() {
    return number;
  }

  /**
   * Returns what follows the number, spaces removed.
   *
   * @return e.g. {@code 万元}, {@code %}, {@code 元/人/月}, {@code 个}
   */
  public Optional<String> unit() {
    return unit;
  }

  /**
   * Returns the value as an amount in 万元 when it is a sum of money in 万元 or 元 (not a rate).
   *
   * @return the amount, or empty if the value is not a plain sum of money or is finer than a fen
   */
  public Optional<Amount> amount() {
    if (number.isEmpty() || unit.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal wan;
    switch (unit.get()) {
      case "万元":
      case "万":
        wan = number.get();
        break;
      case "元":
        wan = number.get().movePointLeft(4);
        break;
      default:
        return Optional.empty();
    }
    try {
      return Optional.of(Amount.of(wan));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /**
   * Tells whether the value is a percentage.
   *
   * @return true if the unit is {@code %}
   */
  public boolean isPercentage() {
    return unit.filter("%"::equals).isPresent();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Measure && ((Measure) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * Returns the value as written.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return text;
  }

  /** A comparator written before a number. */
  public enum Comparator {
    /** ≥, 不低于. */
    AT_LEAST,
    /** ≤, 不高于, 不超过. */
    AT_MOST,
    /** =. */
    EQUAL,
    /** &lt;, 小于. */
    LESS,
    /** &gt;, 大于. */
    GREATER;

    static Comparator of(String s) {
      switch (s) {
        case "≥":
        case "不低于":
          return AT_LEAST;
        case "≤":
        case "不高于":
        case "不超过":
          return AT_MOST;
        case "<":
        case "＜":
        case "小于":
          return LESS;
        case ">":
        case "＞":
        case "大于":
          return GREATER;
        default:
          return EQUAL;
      }
    }
  }
}
