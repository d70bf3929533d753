package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrecisionProperties {

  @Test
  void fenTableParsesWhatItFormats() {
    qt().forAll(AmountProperties.anyAmount()).checkAssert(a -> assertThat(
        Precision.FEN.parse(Precision.FEN.format(a, RoundingMode.UNNECESSARY))).isEqualTo(a));
  }

  @Test
  void wanTableParsesWhatItFormats() {
    qt().forAll(longs().between(-9_000_000_000_000L, 9_000_000_000_000L)).checkAssert(hundredths -> {
      Amount a = Amount.ofFen(hundredths * 10_000L);
      Precision p = Precision.HUNDREDTHS_OF_WAN;
      assertThat(p.parse(p.format(a, RoundingMode.UNNECESSARY))).isEqualTo(a);
    });
  }

  @Test
  void toleranceIsHalfAStepInFenPerTermAndTotal() {
    // At 0.01 万元 half a step is 5,000 fen.
    qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), integers().between(1, 10_000))
        .checkAssert((fen, terms) -> assertThat(
            Precision.HUNDREDTHS_OF_WAN.isWithinRoundingTolerance(Amount.ofFen(fen), terms))
            .isEqualTo(Math.abs(fen) <= 5_000L * (terms + 1)));
  }

  @Test
  void roundingEachPartAndTheTotalStaysWithinTheTolerance() {
    // Amounts known to the fen, printed to 0.01 万元 half-up: the printed total never misses the
    // sum of the printed parts by more than the tolerance.
    qt().forAll(lists().of(longs().between(0, 100_000_000_000L)).ofSizeBetween(1, 50))
        .checkAssert(fens -> {
          List<Amount> printedParts = new ArrayList<>();
          long total = 0;
          for (long f : fens) {
            total += f;
            printedParts.add(Amount.ofFen(f).rounded(2, RoundingMode.HALF_UP));
          }
          Amount printedTotal = Amount.ofFen(total).rounded(2, RoundingMode.HALF_UP);
          Amount difference = printedTotal.minus(Amount.sum(printedParts));
          assertThat(Precision.HUNDREDTHS_OF_WAN.isWithinRoundingTolerance(difference, fens.size()))
              .as("difference %s over %d terms", difference, fens.size()).isTrue();
        });
  }
}
