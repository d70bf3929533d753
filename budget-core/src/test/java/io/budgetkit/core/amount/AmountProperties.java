package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class AmountProperties {

  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);

  /** Any fen, with the edges of the range drawn often. */
  static Gen<Long> anyFen() {
    return longs().all().mix(Generate.pick(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L,
        1L, Long.MAX_VALUE - 1, Long.MAX_VALUE)), 20);
  }

  /** Fen of amounts a budget can hold without any sum of a few thousand overflowing. */
  static Gen<Long> budgetFen() {
    return longs().between(-1_000_000_000_000_000L, 1_000_000_000_000_000L);
  }

  static Gen<Amount> anyAmount() {
    return anyFen().map(Amount::ofFen);
  }

  private static final Gen<RoundingMode> ROUNDING_EXCEPT_UNNECESSARY = Generate.pick(List.of(
      RoundingMode.UP, RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR,
      RoundingMode.HALF_UP, RoundingMode.HALF_DOWN, RoundingMode.HALF_EVEN));

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(anyAmount()).check(a -> Amount.parse(a.toString()).equals(a));
  }

  @Test
  void toStringAgreesWithBigDecimal() {
    // The digit-by-digit printing is checked against BigDecimal's, an independent oracle.
    qt().forAll(anyAmount()).checkAssert(a -> {
      BigDecimal exact = new BigDecimal(BigInteger.valueOf(a.fen()), 6).stripTrailingZeros();
      assertThat(a.toString()).isEqualTo(
          exact.setScale(Math.max(2, exact.scale()), RoundingMode.UNNECESSARY).toPlainString());
    });
  }

  @Test
  void formatAgreesWithBigDecimalAtEveryScaleAndRounding() {
    qt().forAll(anyAmount(), integers().between(0, 6), ROUNDING_EXCEPT_UNNECESSARY)
        .checkAssert((a, scale, mode) -> assertThat(a.format(scale, mode)).isEqualTo(
            new BigDecimal(BigInteger.valueOf(a.fen()), 6).setScale(scale, mode).toPlainString()));
  }

  @Test
  void formatOfPrintedAmountsAgreesWithBigDecimal() {
    // Amounts exact at 0.01 万元, as tables print them, take the fast path of format.
    Gen<Amount> printed = budgetFen().map(f -> Amount.ofFen(f / 10_000 * 10_000));
    qt().forAll(printed, integers().between(0, 6), ROUNDING_EXCEPT_UNNECESSARY)
        .checkAssert((a, scale, mode) -> assertThat(a.format(scale, mode)).isEqualTo(
            new BigDecimal(BigInteger.valueOf(a.fen()), 6).setScale(scale, mode).toPlainString()));
  }

  @Test
  void toStringHasAtLeastTwoAndOnlyTheNeededDecimals() {
    qt().forAll(anyAmount()).checkAssert(a -> {
      String s = a.toString();
      assertThat(s).matches("-?(0|[1-9][0-9]*)\\.[0-9]{2,6}");
      String decimals = s.substring(s.indexOf('.') + 1);
      if (decimals.length() > 2) {
        assertThat(decimals).doesNotEndWith("0");
      }
    });
  }

  @Test
  void parseReadsWholeAndFractionDigitsAsFen() {
    // The oracle builds the fen from the digits with integer arithmetic, not with Amount.
    Gen<Long> whole = longs().between(0, 9_000_000_000_000L);
    Gen<Integer> decimals = integers().between(0, 6);
    Gen<Integer> fraction = integers().between(0, 999_999);
    qt().forAll(whole, decimals, fraction, Generate.booleans())
        .checkAssert((w, d, f, negative) -> {
          String digits = String.format("%06d", f).substring(0, d);
          String text = (negative ? "-" : "") + w + (d == 0 ? "" : "." + digits);
          long fenOfFraction = d == 0 ? 0 : Long.parseLong(digits) * pow10(6 - d);
          long fen = w * 1_000_000L + fenOfFraction;
          assertThat(Amount.parse(text).fen()).isEqualTo(negative ? -fen : fen);
        });
  }

  @Test
  void sumOfPartsEqualsTheSumOfTheirFen() {
    qt().forAll(lists().of(budgetFen()).ofSizeBetween(0, 40)).checkAssert(fens -> {
      long expected = 0;
      List<Amount> parts = new ArrayList<>();
      for (long f : fens) {
        expected += f;
        parts.add(Amount.ofFen(f));
      }
      assertThat(Amount.sum(parts).fen()).isEqualTo(expected);
      assertThat(Amount.sum(parts.toArray(new Amount[0])).fen()).isEqualTo(expected);
    });
  }

  @Test
  void sumDoesNotDependOnTheOrderOfTheParts() {
    qt().forAll(lists().of(budgetFen().map(Amount::ofFen)).ofSizeBetween(0, 40), longs().all())
        .checkAssert((parts, seed) -> {
          List<Amount> shuffled = new ArrayList<>(parts);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(Amount.sum(shuffled)).isEqualTo(Amount.sum(parts));
        });
  }

  @Test
  void plusIsExactOrThrowsNeverWraps() {
    qt().forAll(anyFen(), anyFen()).checkAssert((x, y) -> {
      BigInteger exact = BigInteger.valueOf(x).add(BigInteger.valueOf(y));
      if (inRange(exact)) {
        assertThat(Amount.ofFen(x).plus(Amount.ofFen(y)).fen()).isEqualTo(exact.longValueExact());
        assertThat(Amount.sum(Amount.ofFen(x), Amount.ofFen(y)).fen())
            .isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> Amount.ofFen(x).plus(Amount.ofFen(y)))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Amount.sum(List.of(Amount.ofFen(x), Amount.ofFen(y))))
            .isInstanceOf(ArithmeticException.class);
      }
    });
  }

  @Test
  void minusIsExactOrThrowsNeverWraps() {
    qt().forAll(anyFen(), anyFen()).checkAssert((x, y) -> {
      BigInteger exact = BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
      if (inRange(exact)) {
        assertThat(Amount.ofFen(x).minus(Amount.ofFen(y)).fen())
            .isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> Amount.ofFen(x).minus(Amount.ofFen(y)))
            .isInstanceOf(ArithmeticException.class);
      }
    });
  }

  @Test
  void multipliedByIsExactOrThrowsNeverWraps() {
    Gen<Long> factors = longs().between(-100_000, 100_000)
        .mix(Generate.pick(List.of(Long.MIN_VALUE, -1L, 0L, 1L, 2L, Long.MAX_VALUE)), 20);
    qt().forAll(anyFen(), factors).checkAssert((x, k) -> {
      BigInteger exact = BigInteger.valueOf(x).multiply(BigInteger.valueOf(k));
      if (inRange(exact)) {
        assertThat(Amount.ofFen(x).multipliedBy(k).fen()).isEqualTo(exact.longValueExact());
      } else {
        assertThatThrownBy(() -> Amount.ofFen(x).multipliedBy(k))
            .isInstanceOf(ArithmeticException.class);
      }
    });
  }

  @Test
  void negatedIsExactOrThrowsNeverWraps() {
    qt().forAll(anyFen()).checkAssert(x -> {
      if (x == Long.MIN_VALUE) {
        assertThatThrownBy(() -> Amount.ofFen(x).negated())
            .isInstanceOf(ArithmeticException.class);
      } else {
        assertThat(Amount.ofFen(x).negated().fen()).isEqualTo(-x);
        assertThat(Amount.ofFen(x).negated().plus(Amount.ofFen(x))).isEqualTo(Amount.ZERO);
      }
    });
  }

  @Test
  void compareToIsConsistentWithFenAndEquals() {
    qt().forAll(anyFen(), anyFen()).checkAssert((x, y) -> {
      Amount a = Amount.ofFen(x);
      Amount b = Amount.ofFen(y);
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Long.compare(x, y));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(a.isLessThan(b)).isEqualTo(x < y);
      assertThat(a.isGreaterThan(b)).isEqualTo(x > y);
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void yuanRoundTripIsExact() {
    qt().forAll(anyAmount()).checkAssert(a -> {
      Money yuan = a.toYuan();
      assertThat(yuan.getCurrencyUnit()).isEqualTo(CurrencyUnit.of("CNY"));
      assertThat(yuan.getAmount()).isEqualTo(BigDecimal.valueOf(a.fen(), 2));
      assertThat(Amount.fromYuan(yuan)).isEqualTo(a);
    });
  }

  @Test
  void moneyRoundTripIsExact() {
    qt().forAll(anyFen()).checkAssert(minor -> {
      Money yuan = Money.ofMinor(CurrencyUnit.of("CNY"), minor);
      assertThat(Amount.fromYuan(yuan).toYuan()).isEqualTo(yuan);
    });
  }

  @Test
  void roundingBracketsTheAmount() {
    qt().forAll(budgetFen().map(Amount::ofFen), integers().between(0, 6)).checkAssert((a, s) -> {
      Amount floor = a.rounded(s, RoundingMode.FLOOR);
      Amount ceiling = a.rounded(s, RoundingMode.CEILING);
      long step = pow10(6 - s);
      assertThat(floor.isExactAt(s)).isTrue();
      assertThat(ceiling.isExactAt(s)).isTrue();
      assertThat(floor.compareTo(a)).isLessThanOrEqualTo(0);
      assertThat(ceiling.compareTo(a)).isGreaterThanOrEqualTo(0);
      assertThat(ceiling.fen() - floor.fen()).isEqualTo(a.isExactAt(s) ? 0 : step);
    });
  }

  @Test
  void roundingWithAnyModeStaysWithinOneStep() {
    qt().forAll(budgetFen().map(Amount::ofFen), integers().between(0, 6),
        ROUNDING_EXCEPT_UNNECESSARY).checkAssert((a, s, mode) -> {
          Amount r = a.rounded(s, mode);
          assertThat(Math.abs(r.fen() - a.fen())).isLessThan(pow10(6 - s));
          assertThat(r.format(s, RoundingMode.UNNECESSARY)).isEqualTo(a.format(s, mode));
        });
  }

  @Test
  void unnecessaryRoundingThrowsExactlyWhenTheAmountIsNotExact() {
    qt().forAll(budgetFen().map(Amount::ofFen), integers().between(0, 6)).checkAssert((a, s) -> {
      if (a.isExactAt(s)) {
        assertThat(a.rounded(s, RoundingMode.UNNECESSARY)).isEqualTo(a);
        assertThat(Amount.parse(a.format(s, RoundingMode.UNNECESSARY))).isEqualTo(a);
      } else {
        assertThatThrownBy(() -> a.rounded(s, RoundingMode.UNNECESSARY))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> a.format(s, RoundingMode.UNNECESSARY))
            .isInstanceOf(ArithmeticException.class);
      }
    });
  }

  @Test
  void isExactAtMatchesTheDecimalsToStringPrints() {
    qt().forAll(anyAmount(), integers().between(0, 6)).checkAssert((a, s) -> {
      String printed = a.toString();
      String decimals = printed.substring(printed.indexOf('.') + 1).replaceAll("0+$", "");
      assertThat(a.isExactAt(s)).isEqualTo(decimals.length() <= s);
    });
  }

  @Test
  void formatPrintsExactlyTheScaleDecimals() {
    qt().forAll(anyAmount(), integers().between(0, 6), ROUNDING_EXCEPT_UNNECESSARY)
        .checkAssert((a, s, mode) -> {
          String f = a.format(s, mode);
          assertThat(f).matches(s == 0 ? "-?[0-9]+" : "-?[0-9]+\\.[0-9]{" + s + "}");
        });
  }

  private static boolean inRange(BigInteger x) {
    return x.compareTo(MAX) <= 0 && x.compareTo(MIN) >= 0;
  }

  private static long pow10(int n) {
    long p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }
}
