package io.budgetkit.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssetSumQuantityTest {

  @Test
  void aQuantityIsReadWithItsThousandsSeparators() {
    assertThat(AssetSum.number(" 1,200.5 ")).contains(new BigDecimal("1200.5"));
    assertThat(AssetSum.number("---")).isEmpty();
  }

  @Test
  void aQuantityOfAMillionDigitsIsNoNumberAndIsToldQuickly() {
    // issue 10: BigDecimal parses a million digits in quadratic time (16 s)
    String quantity = "1".repeat(1_000_000);
    Optional<BigDecimal> n = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> AssetSum.number(quantity));
    assertThat(n).isEmpty();
  }
}
