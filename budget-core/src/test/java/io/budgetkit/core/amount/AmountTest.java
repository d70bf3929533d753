package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTest {

  private static final CurrencyUnit CNY = CurrencyUnit.of("CNY");

  @Nested
  class Parsing {

    // Expected fen are worked out by hand: 1 万元 = 10,000 元 = 1,000,000 fen.
    @ParameterizedTest(name = "\"{0}\" is {1} fen and prints as \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "2143.14  | 2143140000 | 2143.14",
        "0.05     | 50000      | 0.05",
        ".04      | 40000      | 0.04",
        "3295.    | 3295000000 | 3295.00",
        "397.096  | 397096000  | 397.096",
        "-1.5     | -1500000   | -1.50",
        "1047     | 1047000000 | 1047.00",
        "0.000001 | 1          | 0.000001",
        "0        | 0          | 0.00",
        "-0       | 0          | 0.00",
        "0.00     | 0          | 0.00",
        "007.50   | 7500000    | 7.50",
        "-.5      | -500000    | -0.50",
        "1.230000 | 1230000    | 1.23"})
    void parsesPrintedAmountsExactly(String text, long fen, String printed) {
      Amount a = Amount.parse(text);

      assertThat(a.fen()).isEqualTo(fen);
      assertThat(a.toString()).isEqualTo(printed);
    }

    @Test
    void parsesTheLargestAmount() {
      assertThat(Amount.parse("9223372036854.775807").fen()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void parsesTheSmallestAmount() {
      // The one amount whose absolute value is not a long: parse must still be toString's inverse.
      assertThat(Amount.ofFen(Long.MIN_VALUE).toString()).isEqualTo("-9223372036854.775808");
      assertThat(Amount.parse("-9223372036854.775808").fen()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void rejectsEmptyTextPointingToCellValues() {
      assertThatThrownBy(() -> Amount.parse(""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty")
          .hasMessageContaining("CellValues.parse");
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
        "' '         | contains a space at position 1",
        "'2143.14 '  | contains a space at position 8",
        "'1 047.00'  | contains a space at position 2",
        "'1\t047'    | contains a space at position 2",
        "'\u30001047'| contains a space at position 1",
        "'1,047.00'  | contains a thousands separator ',' at position 2",
        "'1，047'     | contains a thousands separator '，' at position 2",
        "'２１４３.14'  | contains the full-width digit '２' at position 1",
        "'21４3'      | contains the full-width digit '４' at position 3",
        "'1.2.3'     | contains a second decimal point at position 4",
        "'12a'       | contains the character 'a' at position 3",
        "'abc'       | contains the character 'a' at position 1",
        "'1047万元'   | contains the character '万' at position 5",
        "'+1'        | contains the character '+' at position 1",
        "'--1'       | contains the character '-' at position 2",
        "'1-'        | contains the character '-' at position 2",
        "'1e5'       | contains the character 'e' at position 2",
        "'1．5'       | contains the character '．' at position 2",
        "'-'         | has no digits",
        "'.'         | has no digits",
        "'-.'        | has no digits"})
    void rejectsMalformedTextSayingWhatAndWhere(String text, String problem) {
      assertThatThrownBy(() -> Amount.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'")
          .hasMessageContaining(problem);
    }

    @Test
    void rejectsSevenDecimalsAsArithmeticRatherThanMalformed() {
      assertThatThrownBy(() -> Amount.parse("0.0000001"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("7 decimals")
          .hasMessageContaining("at most 6");
      assertThatThrownBy(() -> Amount.parse("1.0000000"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("7 decimals");
    }

    @Test
    void rejectsAnAmountBeyondTheRange() {
      assertThatThrownBy(() -> Amount.parse("9223372036854.775808"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("out of range");
      assertThatThrownBy(() -> Amount.parse("-9223372036854.775809"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("out of range");
      assertThatThrownBy(() -> Amount.parse("99999999999999999999999"))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("out of range");
    }

    @Test
    void rejectsNull() {
      assertThatThrownBy(() -> Amount.parse(null)).isInstanceOf(NullPointerException.class);
    }
  }

  @Nested
  class Factories {

    @Test
    void ofAcceptsTrailingZerosBeyondTheFen() {
      assertThat(Amount.of(new BigDecimal("0.0000010")).fen()).isEqualTo(1);
      assertThat(Amount.of(new BigDecimal("2143.14")).fen()).isEqualTo(2_143_140_000L);
      assertThat(Amount.of(new BigDecimal("1E+3")).fen()).isEqualTo(1_000_000_000L);
    }

    @Test
    void ofRejectsADigitFinerThanOneFen() {
      assertThatThrownBy(() -> Amount.of(new BigDecimal("0.0000005")))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("0.0000005")
          .hasMessageContaining("finer than one fen");
    }

    @Test
    void ofWanCountsWholeTenThousands() {
      assertThat(Amount.ofWan(1047).fen()).isEqualTo(1_047_000_000L);
      assertThat(Amount.ofWan(-3).toString()).isEqualTo("-3.00");
    }

    @Test
    void ofWanDetectsOverflow() {
      assertThatThrownBy(() -> Amount.ofWan(9_223_372_036_855L))
          .isInstanceOf(ArithmeticException.class);
      assertThat(Amount.ofWan(9_223_372_036_854L).fen()).isEqualTo(9_223_372_036_854_000_000L);
    }

    @Test
    void ofFenZeroIsZero() {
      assertThat(Amount.ofFen(0)).isEqualTo(Amount.ZERO);
      assertThat(Amount.ZERO.isZero()).isTrue();
    }

    @Test
    void toWanYuanHasAtLeastTwoDecimals() {
      assertThat(Amount.parse("1047").toWanYuan()).isEqualTo(new BigDecimal("1047.00"));
      assertThat(Amount.parse("397.096").toWanYuan()).isEqualTo(new BigDecimal("397.096"));
      assertThat(Amount.ZERO.toWanYuan()).isEqualTo(new BigDecimal("0.00"));
      assertThat(Amount.ofWan(1_000_000_000L).toString()).isEqualTo("1000000000.00");
    }
  }

  @Nested
  class Arithmetic {

    @Test
    void addsAndSubtractsExactly() {
      assertThat(Amount.parse("2143.14").plus(Amount.parse("0.05")))
          .isEqualTo(Amount.parse("2143.19"));
      assertThat(Amount.parse("138.69").plus(Amount.parse("1962.10")))
          .isEqualTo(Amount.parse("2100.79"));
      assertThat(Amount.parse("0.1").plus(Amount.parse("0.2"))).isEqualTo(Amount.parse("0.3"));
      assertThat(Amount.parse("2143.14").minus(Amount.parse("2100.79")))
          .isEqualTo(Amount.parse("42.35"));
      assertThat(Amount.parse("1").minus(Amount.parse("1.000001")))
          .isEqualTo(Amount.parse("-0.000001"));
    }

    @Test
    void multipliesAMonthlyRateByTwelve() {
      // 1000 元/月 = 0.1 万元 a month = 1.2 万元 a year
      assertThat(Amount.parse("0.1").multipliedBy(12)).isEqualTo(Amount.parse("1.20"));
      assertThat(Amount.parse("0.5").multipliedBy(-2)).isEqualTo(Amount.parse("-1"));
      assertThat(Amount.parse("397.096").multipliedBy(0)).isEqualTo(Amount.ZERO);
    }

    @Test
    void sumsExactly() {
      assertThat(Amount.sum(Amount.parse("5639.75"), Amount.parse("55.08"),
          Amount.parse("997.10"), Amount.parse("116.78"), Amount.parse("3295.04")))
          .isEqualTo(Amount.parse("10103.75"));
      assertThat(Amount.sum(List.of(Amount.parse("0.01"), Amount.parse("0.02"))))
          .isEqualTo(Amount.parse("0.03"));
    }

    @Test
    void sumOfNothingIsZero() {
      assertThat(Amount.sum()).isEqualTo(Amount.ZERO);
      assertThat(Amount.sum(List.of())).isEqualTo(Amount.ZERO);
    }

    @Test
    void negatesAndTakesAbsoluteValue() {
      assertThat(Amount.parse("1.5").negated()).isEqualTo(Amount.parse("-1.5"));
      assertThat(Amount.parse("-1.5").abs()).isEqualTo(Amount.parse("1.5"));
      assertThat(Amount.parse("1.5").abs()).isEqualTo(Amount.parse("1.5"));
      assertThat(Amount.ofFen(Long.MAX_VALUE).negated().fen()).isEqualTo(-Long.MAX_VALUE);
    }

    @Test
    void plusDetectsOverflowInsteadOfWrapping() {
      assertThatThrownBy(() -> Amount.ofFen(Long.MAX_VALUE).plus(Amount.ofFen(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflow");
      assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).plus(Amount.ofFen(-1)))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void minusDetectsOverflowInsteadOfWrapping() {
      assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).minus(Amount.ofFen(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflow");
      assertThatThrownBy(() -> Amount.ZERO.minus(Amount.ofFen(Long.MIN_VALUE)))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void multipliedByDetectsOverflowInsteadOfWrapping() {
      assertThatThrownBy(() -> Amount.ofFen(Long.MAX_VALUE / 2 + 1).multipliedBy(2))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflow");
      assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).multipliedBy(-1))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void negatedAndAbsDetectOverflowOfTheSmallestAmount() {
      assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).negated())
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflow");
      assertThatThrownBy(() -> Amount.ofFen(Long.MIN_VALUE).abs())
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void sumDetectsOverflowInsteadOfWrapping() {
      Amount max = Amount.ofFen(Long.MAX_VALUE);
      assertThatThrownBy(() -> Amount.sum(max, Amount.ofFen(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("overflow");
      assertThatThrownBy(() -> Amount.sum(List.of(max, max, Amount.ofFen(Long.MIN_VALUE))))
          .isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Comparison {

    @Test
    void comparesByValue() {
      assertThat(Amount.parse("0.05")).isLessThan(Amount.parse("0.5"));
      assertThat(Amount.parse("-1")).isLessThan(Amount.ZERO);
      assertThat(Amount.parse("1.5").compareTo(Amount.parse("1.50"))).isZero();
      assertThat(Amount.parse("2143.14").isGreaterThan(Amount.parse("2143.13"))).isTrue();
      assertThat(Amount.parse("2143.14").isGreaterThan(Amount.parse("2143.14"))).isFalse();
      assertThat(Amount.parse("2143.13").isLessThan(Amount.parse("2143.14"))).isTrue();
      assertThat(Amount.parse("2143.14").isLessThan(Amount.parse("2143.14"))).isFalse();
    }

    @Test
    void signumAndNegativity() {
      assertThat(Amount.parse("-0.000001").signum()).isEqualTo(-1);
      assertThat(Amount.parse("-0.000001").isNegative()).isTrue();
      assertThat(Amount.ZERO.signum()).isZero();
      assertThat(Amount.ZERO.isNegative()).isFalse();
      assertThat(Amount.parse("0.01").signum()).isEqualTo(1);
      assertThat(Amount.parse("0.01").isZero()).isFalse();
    }

    @Test
    void equalAmountsPrintedDifferentlyAreEqualWithEqualHashCodes() {
      Amount a = Amount.parse("1047");
      Amount b = Amount.parse("1047.000000");

      assertThat(a).isEqualTo(b);
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
      assertThat(a).isNotEqualTo(Amount.parse("1047.000001"));
    }

    @Test
    void isNeverEqualToAnotherType() {
      assertThat(Amount.parse("1")).isNotEqualTo(new BigDecimal("1.00"));
      assertThat(Amount.parse("1")).isNotEqualTo(null);
      assertThat(Amount.parse("1").equals(Money.ofMajor(CNY, 10_000))).isFalse();
    }
  }

  @Nested
  class Yuan {

    @Test
    void toYuanIsExactInCny() {
      assertThat(Amount.parse("2143.14").toYuan()).isEqualTo(Money.parse("CNY 21431400.00"));
      assertThat(Amount.parse("0.000001").toYuan()).isEqualTo(Money.parse("CNY 0.01"));
      assertThat(Amount.parse("-397.096").toYuan()).isEqualTo(Money.parse("CNY -3970960.00"));
    }

    @Test
    void fromYuanIsExact() {
      assertThat(Amount.fromYuan(Money.parse("CNY 21431400.00"))).isEqualTo(Amount.parse("2143.14"));
      assertThat(Amount.fromYuan(Money.parse("CNY 0.01"))).isEqualTo(Amount.ofFen(1));
      assertThat(Amount.fromYuan(Money.parse("CNY 5500"))).isEqualTo(Amount.parse("0.55"));
    }

    @Test
    void fromYuanRejectsOtherCurrencies() {
      assertThatThrownBy(() -> Amount.fromYuan(Money.parse("USD 1.00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("CNY")
          .hasMessageContaining("USD");
      assertThatThrownBy(() -> Amount.fromYuan(Money.parse("HKD 1.00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("HKD");
    }

    @Test
    void fromYuanRejectsMoneyBeyondTheRange() {
      Money huge = Money.of(CNY, new BigDecimal("100000000000000000000.00"));
      assertThatThrownBy(() -> Amount.fromYuan(huge)).isInstanceOf(ArithmeticException.class);
    }
  }

  @Nested
  class Rounding {

    @Test
    void roundsWithTheGivenMode() {
      Amount a = Amount.parse("397.096");

      assertThat(a.rounded(2, RoundingMode.HALF_UP)).isEqualTo(Amount.parse("397.10"));
      assertThat(a.rounded(2, RoundingMode.DOWN)).isEqualTo(Amount.parse("397.09"));
      assertThat(a.rounded(0, RoundingMode.HALF_UP)).isEqualTo(Amount.parse("397"));
      assertThat(Amount.parse("0.125").rounded(2, RoundingMode.HALF_EVEN))
          .isEqualTo(Amount.parse("0.12"));
      assertThat(Amount.parse("-0.005").rounded(2, RoundingMode.HALF_UP))
          .isEqualTo(Amount.parse("-0.01"));
      assertThat(Amount.parse("-0.005").rounded(2, RoundingMode.FLOOR))
          .isEqualTo(Amount.parse("-0.01"));
      assertThat(Amount.parse("-0.005").rounded(2, RoundingMode.CEILING)).isEqualTo(Amount.ZERO);
    }

    @Test
    void roundedWithUnnecessaryThrowsWhenRoundingIsNeeded() {
      assertThatThrownBy(() -> Amount.parse("397.096").rounded(2, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void roundedWithUnnecessaryKeepsAnExactAmount() {
      assertThat(Amount.parse("2143.14").rounded(2, RoundingMode.UNNECESSARY))
          .isEqualTo(Amount.parse("2143.14"));
    }

    @Test
    void formatsWithExactlyTheGivenDecimals() {
      assertThat(Amount.parse("397.096").format(2, RoundingMode.HALF_UP)).isEqualTo("397.10");
      assertThat(Amount.parse("397.096").format(3, RoundingMode.UNNECESSARY)).isEqualTo("397.096");
      assertThat(Amount.parse("2143.14").format(4, RoundingMode.UNNECESSARY))
          .isEqualTo("2143.1400");
      assertThat(Amount.parse("1047.5").format(0, RoundingMode.HALF_UP)).isEqualTo("1048");
      assertThat(Amount.parse("1047.5").format(0, RoundingMode.HALF_EVEN)).isEqualTo("1048");
      assertThat(Amount.parse("1046.5").format(0, RoundingMode.HALF_EVEN)).isEqualTo("1046");
      assertThat(Amount.parse("-1.5").format(2, RoundingMode.UNNECESSARY)).isEqualTo("-1.50");
      assertThat(Amount.ZERO.format(2, RoundingMode.UNNECESSARY)).isEqualTo("0.00");
      assertThat(Amount.ofWan(10_000_000).format(2, RoundingMode.UNNECESSARY))
          .isEqualTo("10000000.00");
    }

    @Test
    void formatWithUnnecessaryThrowsWhenRoundingIsNeeded() {
      assertThatThrownBy(() -> Amount.parse("397.096").format(2, RoundingMode.UNNECESSARY))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void rejectsAScaleOutsideZeroToSix() {
      Amount a = Amount.parse("1");
      assertThatThrownBy(() -> a.rounded(7, RoundingMode.HALF_UP))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was 7");
      assertThatThrownBy(() -> a.format(-1, RoundingMode.HALF_UP))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("was -1");
      assertThatThrownBy(() -> a.isExactAt(7)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} is exact at {1} decimals: {2}")
    @CsvSource({
        "2143.14, 2, true",
        "2143.14, 1, false",
        "2143.10, 1, true",
        "397.096, 2, false",
        "397.096, 3, true",
        "0.000001, 6, true",
        "0.000001, 5, false",
        "-0.05, 2, true",
        "-0.05, 1, false",
        "1047, 0, true",
        "1047.5, 0, false",
        "0, 0, true"})
    void isExactAt(String amount, int scale, boolean exact) {
      assertThat(Amount.parse(amount).isExactAt(scale)).isEqualTo(exact);
    }
  }
}
