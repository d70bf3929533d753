package io.budgetkit.core.amount;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An exact amount of money in 万元 (ten thousand yuan), held to the fen.
 *
 * <p>Budget tables print amounts in 万元 with two decimals ({@code 2143.14}), while some tables
 * are printed in 元 and narrative text uses up to three decimals ({@code 397.096万元}). An
 * {@code Amount} therefore holds whole fen (0.01 元 = 0.000001 万元) in a {@code long}: every
 * printed figure is represented exactly and sums never round. The range is about ±9.2 × 10¹² 万元,
 * far beyond any budget; arithmetic that would leave it throws {@link ArithmeticException}
 * rather than wrap. There is no floating point anywhere in this class.
 *
 * <p>{@link #parse(CharSequence)} is the inverse of {@link #toString()}: {@code toString} prints
 * at least two decimals and as many more as the value needs ({@code "2143.14"}, {@code "0.05"},
 * {@code "397.096"}). The precision at which a table prints its amounts is not part of the
 * amount; see {@link Precision}.
 *
 * <p>The representation (a {@code long} of fen rather than a {@code BigDecimal}) was chosen by
 * the JMH benchmark {@code io.budgetkit.benchmarks.AmountBenchmark}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Amount implements Comparable<Amount> {

  /** Fen in one 万元: 10,000 元 × 100 fen. */
  public static final long FEN_PER_WAN = 1_000_000L;

  /** Decimal places of 万元 that an amount can hold (one fen = 0.000001 万元). */
  public static final int MAX_SCALE = 6;

  /** Zero. */
  public static final Amount ZERO = new Amount(0L);

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");
  private static final BigInteger MAX_FEN = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MIN_FEN = BigInteger.valueOf(Long.MIN_VALUE);

  private final long fen;

  private Amount(long fen) {
    this.fen = fen;
  }

  /**
   * Returns the amount of the given number of fen (0.01 元 = 0.000001 万元).
   *
   * @param fen the amount in fen
   * @return the amount
   */
  public static Amount ofFen(long fen) {
    return fen == 0 ? ZERO : new Amount(fen);
  }

  /**
   * Returns the amount of the given number of 万元, which must be exact to the fen.
   *
   * @param wanYuan the amount in 万元
   * @return the amount
   * @throws ArithmeticException if {@code wanYuan} has a non-zero digit finer than 0.000001 万元,
   *     or is too large to be held
   */
  public static Amount of(BigDecimal wanYuan) {
    Objects.requireNonNull(wanYuan, "wanYuan");
    // A long of fen holds at most 19 digits: refuse anything larger before scaling, so that a
    // hostile exponent (1E+1000000) costs nothing.
    if (wanYuan.signum() != 0 && wanYuan.precision() - wanYuan.scale() > 14) {
      throw new ArithmeticException("Amount " + wanYuan.toEngineeringString() + " 万元 is out of range");
    }
    BigDecimal scaled = wanYuan.movePointRight(MAX_SCALE);
    BigInteger fen;
    try {
      fen = scaled.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "Amount " + wanYuan.toPlainString() + " 万元 is finer than one fen (0.000001 万元)");
    }
    if (fen.compareTo(MAX_FEN) > 0 || fen.compareTo(MIN_FEN) < 0) {
      throw new ArithmeticException("Amount " + wanYuan.toPlainString() + " 万元 is out of range");
    }
    return ofFen(fen.longValueExact());
  }

  /**
   * Returns the amount of a whole number of 万元.
   *
   * @param wanYuan the amount in whole 万元
   * @return the amount
   * @throws ArithmeticException if the amount is too large to be held
   */
  public static Amount ofWan(long wanYuan) {
    return ofFen(Math.multiplyExact(wanYuan, FEN_PER_WAN));
  }

  /**
   * Parses an amount in 万元 as printed: an optional minus sign, ASCII digits, and optionally a
   * point followed by at most six digits ({@code "2143.14"}, {@code "0.05"}, {@code "1047"},
   * {@code "397.096"}, {@code ".04"}).
   *
   * <p>Nothing else is accepted: no blanks (a blank table cell is read with {@link
   * CellValues#parse(String)}), no spaces, no thousands separators, no full-width digits, no
   * unit. The error message says what is wrong and where.
   *
   * @param text the text to parse
   * @return the amount
   * @throws IllegalArgumentException if the text is not an amount
   * @throws ArithmeticException if the amount is too large to be held
   */
  public static Amount parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int point = checkSyntax(s);
    int start = s.charAt(0) == '-' ? 1 : 0;
    int integerDigits = (point < 0 ? s.length() : point) - start;
    if (integerDigits > 12) {
      // Beyond 12 integer digits a long of fen may overflow: let BigDecimal tell.
      return of(new BigDecimal(s));
    }
    // Fast path, no allocation: at most 12 + 6 digits always fit in a long.
    long fen = 0;
    for (int p = start; p < s.length(); p++) {
      if (p != point) {
        fen = fen * 10 + (s.charAt(p) - '0');
      }
    }
    int decimals = point < 0 ? 0 : s.length() - point - 1;
    for (int d = decimals; d < MAX_SCALE; d++) {
      fen *= 10;
    }
    return ofFen(start == 1 ? -fen : fen);
  }

  /**
   * Checks the syntax of {@link #parse(CharSequence)} and returns the number as written, sign
   * included, so that the smallest amount (whose absolute value is not a {@code long}) and
   * numbers printed in another unit ({@link Precision#parse(String)}) are read exactly.
   */
  static BigDecimal parseDecimal(CharSequence text) {
    String s = text.toString();
    checkSyntax(s);
    return new BigDecimal(s);
  }

  /** Checks the syntax of a printed amount and returns the index of its point, or -1. */
  private static int checkSyntax(String s) {
    Objects.requireNonNull(s, "text");
    if (s.isEmpty()) {
      throw new IllegalArgumentException(
          "Amount text is empty; a blank cell must be read with CellValues.parse, which maps it to"
              + " 'not printed'");
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    int point = -1;
    int digits = 0;
    for (int p = i; p < s.length(); p++) {
      char c = s.charAt(p);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.' && point < 0) {
        point = p;
      } else {
        throw new IllegalArgumentException(
            "Amount '" + s + "' " + describeBadCharacter(c) + " at position " + (p + 1)
                + "; expected ASCII digits with at most one decimal point, e.g. 2143.14");
      }
    }
    if (digits == 0) {
      throw new IllegalArgumentException("Amount '" + s + "' has no digits");
    }
    int integerEnd = point < 0 ? s.length() : point;
    int significant = i;
    while (significant < integerEnd && s.charAt(significant) == '0') {
      significant++;
    }
    if (integerEnd - significant > MAX_INTEGER_DIGITS) {
      // BigDecimal parses in time quadratic in the digits (a million take 16 s): what no unit
      // can bring into range is refused before it is parsed.
      throw new ArithmeticException("Amount of " + (integerEnd - significant) + " integer digits ('"
          + s.substring(0, 20) + "…') is out of range");
    }
    if (point >= 0 && s.length() - point - 1 > MAX_SCALE) {
      throw new ArithmeticException(
          "Amount '" + s + "' has " + (s.length() - point - 1)
              + " decimals; at most 6 (one fen = 0.000001 万元) can be held exactly");
    }
    return point;
  }

  /**
   * The most integer digits (leading zeros aside) read by {@link #checkSyntax}: 14 fit the range
   * in 万元, a few more in a smaller printed unit; beyond 30 no unit brings a number into range.
   */
  private static final int MAX_INTEGER_DIGITS = 30;

  private static String describeBadCharacter(char c) {
    if (c >= '０' && c <= '９') {
      return "contains the full-width digit '" + c + "'";
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return "contains a space";
    }
    if (c == ',' || c == '，') {
      return "contains a thousands separator '" + c + "'";
    }
    if (c == '.') {
      return "contains a second decimal point";
    }
    return "contains the character '" + c + "'";
  }

  /**
   * Returns the sum of the given amounts.
   *
   * @param amounts the amounts to add
   * @return their exact sum, {@link #ZERO} for none
   * @throws ArithmeticException on overflow
   */
  public static Amount sum(Iterable<Amount> amounts) {
    long total = 0;
    for (Iterator<Amount> it = amounts.iterator(); it.hasNext(); ) {
      total = addExact(total, it.next().fen);
    }
    return ofFen(total);
  }

  /**
   * Returns the sum of the given amounts.
   *
   * @param amounts the amounts to add
   * @return their exact sum, {@link #ZERO} for none
   * @throws ArithmeticException on overflow
   */
  public static Amount sum(Amount... amounts) {
    long total = 0;
    for (Amount a : amounts) {
      total = addExact(total, a.fen);
    }
    return ofFen(total);
  }

  /**
   * Converts a Joda-Money amount in Chinese yuan (CNY) to an {@code Amount}; always exact.
   *
   * @param yuan the money in CNY
   * @return the amount in 万元
   * @throws IllegalArgumentException if the currency is not CNY
   * @throws ArithmeticException if the amount is too large to be held
   */
  public static Amount fromYuan(Money yuan) {
    Objects.requireNonNull(yuan, "yuan");
    if (!CNY.equals(yuan.getCurrencyUnit())) {
      throw new IllegalArgumentException(
          "Money must be in CNY to become a budget amount, but is in " + yuan.getCurrencyUnit());
    }
    return ofFen(yuan.getAmountMinorLong());
  }

  /**
   * Returns this amount in fen (0.01 元).
   *
   * @return the amount in fen
   */
  public long fen() {
    return fen;
  }

  /**
   * Returns this amount in 万元 as an exact decimal, with as many decimals as it needs but at
   * least two.
   *
   * @return the amount in 万元
   */
  public BigDecimal toWanYuan() {
    BigDecimal value = BigDecimal.valueOf(fen, MAX_SCALE).stripTrailingZeros();
    return value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
  }

  /**
   * Returns this amount as Joda-Money {@code Money} in CNY yuan; always exact.
   *
   * @return the amount in yuan
   */
  public Money toYuan() {
    return Money.ofMinor(CNY, fen);
  }

  /**
   * Returns this amount plus another.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws ArithmeticException on overflow
   */
  public Amount plus(Amount other) {
    return ofFen(addExact(fen, other.fen));
  }

  /**
   * Returns this amount minus another.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws ArithmeticException on overflow
   */
  public Amount minus(Amount other) {
    try {
      return ofFen(Math.subtractExact(fen, other.fen));
    } catch (ArithmeticException e) {
      throw overflow(this + " - " + other);
    }
  }

  /**
   * Returns this amount multiplied by a whole number, e.g. a monthly rate × 12.
   *
   * @param factor the factor
   * @return the exact product
   * @throws ArithmeticException on overflow
   */
  public Amount multipliedBy(long factor) {
    try {
      return ofFen(Math.multiplyExact(fen, factor));
    } catch (ArithmeticException e) {
      throw overflow(this + " × " + factor);
    }
  }

  /**
   * Returns the negation of this amount.
   *
   * @return {@code -this}
   * @throws ArithmeticException for the one amount whose negation cannot be held
   */
  public Amount negated() {
    if (fen == Long.MIN_VALUE) {
      throw overflow("-(" + this + ")");
    }
    return ofFen(-fen);
  }

  /**
   * Returns the absolute value of this amount.
   *
   * @return {@code |this|}
   * @throws ArithmeticException for the one amount whose negation cannot be held
   */
  public Amount abs() {
    return fen < 0 ? negated() : this;
  }

  /**
   * Returns -1, 0 or 1 as this amount is negative, zero or positive.
   *
   * @return the signum
   */
  public int signum() {
    return Long.signum(fen);
  }

  /**
   * Tells whether this amount is zero.
   *
   * @return true if zero
   */
  public boolean isZero() {
    return fen == 0;
  }

  /**
   * Tells whether this amount is below zero.
   *
   * @return true if negative
   */
  public boolean isNegative() {
    return fen < 0;
  }

  /**
   * Tells whether this amount is greater than another.
   *
   * @param other the amount to compare with
   * @return true if {@code this > other}
   */
  public boolean isGreaterThan(Amount other) {
    return fen > other.fen;
  }

  /**
   * Tells whether this amount is less than another.
   *
   * @param other the amount to compare with
   * @return true if {@code this < other}
   */
  public boolean isLessThan(Amount other) {
    return fen < other.fen;
  }

  /**
   * Rounds this amount to the given number of decimals of 万元.
   *
   * @param scale decimals of 万元, 0 to 6
   * @param mode how to round; {@link RoundingMode#UNNECESSARY} to require exactness
   * @return the rounded amount
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
   */
  public Amount rounded(int scale, RoundingMode mode) {
    checkScale(scale);
    return of(BigDecimal.valueOf(fen, MAX_SCALE).setScale(scale, mode));
  }

  /**
   * Formats this amount in 万元 with exactly {@code scale} decimals, as a table prints it.
   *
   * @param scale decimals of 万元, 0 to 6
   * @param mode how to round if the amount is finer than {@code scale}
   * @return the formatted amount, e.g. {@code "2143.14"}
   * @throws ArithmeticException if {@code mode} is {@code UNNECESSARY} and rounding is needed
   */
  public String format(int scale, RoundingMode mode) {
    checkScale(scale);
    if (fen != Long.MIN_VALUE && isExactAt(scale)) {
      return plain(scale);
    }
    return BigDecimal.valueOf(fen, MAX_SCALE).setScale(scale, mode).toPlainString();
  }

  /** Prints an amount that is exact at {@code scale} decimals, digit by digit. */
  private String plain(int scale) {
    long whole = Math.abs(fen) / FEN_PER_WAN;
    long fraction = Math.abs(fen) % FEN_PER_WAN;
    char[] buf = new char[28];
    int pos = buf.length;
    for (int place = MAX_SCALE; place > 0; place--) {
      if (place <= scale) {
        buf[--pos] = (char) ('0' + fraction % 10);
      }
      fraction /= 10;
    }
    if (scale > 0) {
      buf[--pos] = '.';
    }
    do {
      buf[--pos] = (char) ('0' + whole % 10);
      whole /= 10;
    } while (whole > 0);
    if (fen < 0) {
      buf[--pos] = '-';
    }
    return new String(buf, pos, buf.length - pos);
  }

  /**
   * Tells whether this amount is exact at the given number of decimals of 万元.
   *
   * @param scale decimals of 万元, 0 to 6
   * @return true if no digit finer than {@code scale} decimals is non-zero
   */
  public boolean isExactAt(int scale) {
    checkScale(scale);
    return fen % pow10(MAX_SCALE - scale) == 0;
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  private static void checkScale(int scale) {
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("Scale must be 0 to 6 decimals of 万元, was " + scale);
    }
  }

  private static long addExact(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw overflow(ofFen(a) + " + " + ofFen(b));
    }
  }

  private static ArithmeticException overflow(String expression) {
    return new ArithmeticException("Amount overflow: " + expression + " is out of range");
  }

  @Override
  public int compareTo(Amount other) {
    return Long.compare(fen, other.fen);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).fen == fen;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fen);
  }

  /**
   * Returns the amount in 万元 with at least two decimals and as many more as it needs, the
   * inverse of {@link #parse(CharSequence)}.
   *
   * @return e.g. {@code "2143.14"}, {@code "0.05"}, {@code "397.096"}, {@code "-1.00"}
   */
  @Override
  public String toString() {
    if (fen == Long.MIN_VALUE) {
      return toWanYuan().toPlainString();
    }
    int scale = MAX_SCALE;
    while (scale > 2 && isExactAt(scale - 1)) {
      scale--;
    }
    return plain(scale);
  }
}
