package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

  private static final Precision WAN = Precision.HUNDREDTHS_OF_WAN;
  private static final Precision FEN = Precision.FEN;

  @Test
  void stepOfHundredthsOfWanIsOneHundredYuan() {
    assertThat(WAN.step()).isEqualTo(Amount.ofFen(10_000));
    assertThat(WAN.step().toString()).isEqualTo("0.01");
  }

  @Test
  void stepOfFenIsOneFen() {
    assertThat(FEN.step()).isEqualTo(Amount.ofFen(1));
  }

  @Test
  void unitDecimalsAndScale() {
    assertThat(WAN.unit()).isEqualTo(PrintedUnit.WAN_YUAN);
    assertThat(WAN.decimals()).isEqualTo(2);
    assertThat(WAN.scaleInWan()).isEqualTo(2);
    assertThat(FEN.unit()).isEqualTo(PrintedUnit.YUAN);
    assertThat(FEN.decimals()).isEqualTo(2);
    assertThat(FEN.scaleInWan()).isEqualTo(6);
    assertThat(PrintedUnit.WAN_YUAN.label()).isEqualTo("万元");
    assertThat(PrintedUnit.YUAN.label()).isEqualTo("元");
  }

  // 0.005 × (n + 1) 万元, worked out by hand.
  @ParameterizedTest(name = "{0} terms at 0.01 万元 → {1}")
  @CsvSource({"1, 0.010", "2, 0.015", "3, 0.020", "4, 0.025", "10, 0.055", "99, 0.500"})
  void roundingToleranceIsHalfAStepPerTermAndForTheTotal(int terms, String tolerance) {
    assertThat(WAN.roundingTolerance(terms)).isEqualByComparingTo(new BigDecimal(tolerance));
  }

  @Test
  void roundingToleranceOfAFenTableIsHalfAFenPerTerm() {
    // 3 terms + the total = 4 half fen = 2 fen = 0.000002 万元
    assertThat(FEN.roundingTolerance(3)).isEqualByComparingTo(new BigDecimal("0.000002"));
  }

  @Test
  void roundingToleranceNeedsAtLeastOneTerm() {
    assertThatThrownBy(() -> WAN.roundingTolerance(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 0");
    assertThatThrownBy(() -> WAN.isWithinRoundingTolerance(Amount.ZERO, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void differenceEqualToTheToleranceIsWithin() {
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("0.02"), 3)).isTrue();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("-0.02"), 3)).isTrue();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("0.015"), 2)).isTrue();
  }

  @Test
  void differenceOneFenAboveTheToleranceIsNotWithin() {
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("0.020001"), 3)).isFalse();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("-0.020001"), 3)).isFalse();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("0.015001"), 2)).isFalse();
  }

  @Test
  void zeroDifferenceIsWithinAndARealErrorIsNot() {
    assertThat(WAN.isWithinRoundingTolerance(Amount.ZERO, 1)).isTrue();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("0.03"), 3)).isFalse();
    assertThat(WAN.isWithinRoundingTolerance(Amount.parse("1"), 100)).isFalse();
  }

  @Test
  void fenToleranceBoundary() {
    assertThat(FEN.isWithinRoundingTolerance(Amount.ofFen(2), 3)).isTrue();
    assertThat(FEN.isWithinRoundingTolerance(Amount.ofFen(3), 3)).isFalse();
  }

  @Test
  void formatsInWanYuan() {
    assertThat(WAN.format(Amount.parse("2143.14"), RoundingMode.UNNECESSARY)).isEqualTo("2143.14");
    assertThat(WAN.format(Amount.parse("1047"), RoundingMode.UNNECESSARY)).isEqualTo("1047.00");
    assertThat(WAN.format(Amount.parse("397.096"), RoundingMode.HALF_UP)).isEqualTo("397.10");
    assertThatThrownBy(() -> WAN.format(Amount.parse("397.096"), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fenTableFormatsAndParsesInYuan() {
    assertThat(FEN.format(Amount.parse("2143.14"), RoundingMode.UNNECESSARY))
        .isEqualTo("21431400.00");
    assertThat(FEN.format(Amount.parse("397.096"), RoundingMode.UNNECESSARY))
        .isEqualTo("3970960.00");
    assertThat(FEN.format(Amount.ofFen(1), RoundingMode.UNNECESSARY)).isEqualTo("0.01");
    assertThat(FEN.parse("21431400.00")).isEqualTo(Amount.parse("2143.14"));
    assertThat(FEN.parse("21431400")).isEqualTo(Amount.parse("2143.14"));
    assertThat(FEN.parse("0.01")).isEqualTo(Amount.ofFen(1));
    assertThat(FEN.parse("5500")).isEqualTo(Amount.parse("0.55"));
  }

  @Test
  void fenTableRejectsTextFinerThanOneFen() {
    assertThatThrownBy(() -> FEN.parse("0.001")).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void fenTableRejectsMalformedText() {
    assertThatThrownBy(() -> FEN.parse("21,431,400.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thousands separator");
  }

  @Test
  void fenTableParsesAnAmountTooLargeToReadAsWanYuan() {
    // 10^14 元 = 10^10 万元 = 10^16 fen: representable, though 10^14 read as 万元 would not be.
    assertThat(FEN.parse("100000000000000.00")).isEqualTo(Amount.ofWan(10_000_000_000L));
  }

  @Test
  void wanTableParsesAsAmount() {
    assertThat(WAN.parse("2143.14")).isEqualTo(Amount.parse("2143.14"));
  }

  @Test
  void isExactAtItsPrecision() {
    assertThat(WAN.isExact(Amount.parse("2143.14"))).isTrue();
    assertThat(WAN.isExact(Amount.parse("397.096"))).isFalse();
    assertThat(FEN.isExact(Amount.parse("397.096"))).isTrue();
    assertThat(FEN.isExact(Amount.ofFen(1))).isTrue();
  }

  @Test
  void ofReturnsEqualPrecisions() {
    assertThat(Precision.of(PrintedUnit.WAN_YUAN, 2)).isEqualTo(WAN);
    assertThat(Precision.of(PrintedUnit.WAN_YUAN, 2).hashCode()).isEqualTo(WAN.hashCode());
    assertThat(Precision.of(PrintedUnit.YUAN, 2)).isEqualTo(FEN);
    assertThat(Precision.of(PrintedUnit.YUAN, 0)).isNotEqualTo(FEN);
    assertThat(Precision.of(PrintedUnit.YUAN, 0).step()).isEqualTo(Amount.ofFen(100));
    assertThat(Precision.of(PrintedUnit.WAN_YUAN, 6).step()).isEqualTo(Amount.ofFen(1));
    assertThat(Precision.of(PrintedUnit.WAN_YUAN, 0).step()).isEqualTo(Amount.ofWan(1));
  }

  @Test
  void ofRejectsAPrecisionFinerThanOneFen() {
    assertThatThrownBy(() -> Precision.of(PrintedUnit.YUAN, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 decimals of 元")
        .hasMessageContaining("finer than one fen");
    assertThatThrownBy(() -> Precision.of(PrintedUnit.WAN_YUAN, 7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("7 decimals of 万元");
  }

  @Test
  void ofRejectsNegativeDecimals() {
    assertThatThrownBy(() -> Precision.of(PrintedUnit.WAN_YUAN, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofRejectsAnAbsurdNumberOfDecimals() {
    // decimals + 4 overflows an int: must still be rejected, not wrap to a negative scale.
    assertThatThrownBy(() -> Precision.of(PrintedUnit.YUAN, Integer.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsStepAndUnit() {
    assertThat(WAN.toString()).isEqualTo("0.01 万元");
    assertThat(FEN.toString()).isEqualTo("0.01 元");
    assertThat(Precision.of(PrintedUnit.YUAN, 0).toString()).isEqualTo("1 元");
  }
}
