package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Text of the sections read in time linear in its length, whatever it holds (issue 10, defect
 * 1): each value here took from tens of seconds to hours before.
 */
class SectionTextLinearTimeTest {

  private static final Duration BOUND = Duration.ofSeconds(5);

  @Test
  void anAssetItemOfThirtyThousandUnclosedBookmarksIsToldFromTheTotalInLinearTime() {
    FixedAssets f = FixedAssets.builder().row("[bookmark:".repeat(30_000), "", "1").build();
    assertTimeoutPreemptively(BOUND, () -> assertThat(f.total()).isEmpty());
  }

  @Test
  void aTotalBehindBookmarksAndSpacesIsStillTheTotal() {
    assertThat(FixedAssets.builder().row("[bookmark: a] 资产[bookmark: [b] 总额 ", "", "1").build()
        .total()).isPresent();
    assertThat(FixedAssets.builder().row("资产总额[bookmark: open", "", "1").build()
        .total()).isEmpty();
  }

  @Test
  void aValueOfThousandsSeparatorsBeforeALineSeparatorIsReadInLinearTime() {
    // .*[0-9],[0-9]{3}.* tried every separator again when a U+2028 stopped the final .*
    String value = "1,234".repeat(100_000) + "\u2028x";
    Measure m = assertTimeoutPreemptively(BOUND, () -> Measure.parse(value));
    assertThat(m.text()).isEqualTo(value);
  }

  @Test
  void aValueOfManyDigitsBeforeALineSeparatorIsReadInLinearTime() {
    // ^(…)?([0-9]+…)(.*)$ gave back one digit at a time when (.*) could not reach the end
    String value = "1".repeat(200_000) + "x\u2028y";
    Measure m = assertTimeoutPreemptively(BOUND, () -> Measure.parse(value));
    assertThat(m.number()).isEmpty();
  }

  @Test
  void aValueOfAMillionDigitsHasNoNumberAndIsReadQuickly() {
    // BigDecimal parses a million digits in quadratic time (16 s); no indicator has 100 digits
    String value = "1".repeat(1_000_000) + "万元";
    Measure m = assertTimeoutPreemptively(BOUND, () -> Measure.parse(value));
    assertThat(m.number()).isEmpty();
    assertThat(m.text()).isEqualTo(value);
    assertThat(Measure.parse("1".repeat(100) + "个").number())
        .contains(new BigDecimal("1".repeat(100)));
  }

  @Test
  void aProcurementQuantityOfAMillionDigitsIsRefusedQuicklyWithAShortMessage() {
    String quantity = "1".repeat(1_000_000);
    assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Procurement.builder()
        .item("项目", "1.00", "x", "A05040101", "项", quantity))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("数量")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300)));
  }
}
