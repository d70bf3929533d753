package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Amounts printed with absurdly many digits, as in a hostile disclosure (issue 10): BigDecimal
 * parses a million digits in time that grows with their square (16 s here), so an amount that
 * cannot be held is refused before it is parsed.
 */
class AmountOfManyDigitsTest {

  private static final Duration BOUND = Duration.ofSeconds(5);

  @Test
  void aMillionDigitAmountIsOutOfRangeAndRefusedQuickly() {
    String digits = "1".repeat(1_000_000);
    assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Amount.parse(digits))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("out of range")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300)));
  }

  @Test
  void aMillionDigitAmountInYuanIsOutOfRangeAndRefusedQuickly() {
    String digits = "9".repeat(1_000_000) + ".5";
    assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(
        () -> Precision.of(PrintedUnit.YUAN, 2).parse(digits))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("out of range"));
  }

  @Test
  void leadingZerosDoNotCountTowardsTheRange() {
    assertThat(Amount.parse("0".repeat(100_000) + "2143.14")).isEqualTo(Amount.parse("2143.14"));
    assertThat(Amount.parse("-" + "0".repeat(20) + "1.5")).isEqualTo(Amount.parse("-1.5"));
  }

  @Test
  void theLargestAmountsStillParse() {
    // a long of fen: 9223372036854775807 fen = 9223372036854.775807 万元 (13 integer digits)
    assertThat(Amount.parse("9223372036854.775807").fen()).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Amount.parse("9223372036854.775808"))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Amount.parse("99999999999999"))
        .isInstanceOf(ArithmeticException.class).hasMessageContaining("out of range");
  }
}
