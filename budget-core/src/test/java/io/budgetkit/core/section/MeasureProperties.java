package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.budgetkit.core.amount.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class MeasureProperties {

  private static final List<String> PIECES = List.of("≤", "≥", "＜", "不超过", "$\\geq", "\\%$",
      "万元", "萬元", "万", "元", "元/人/月", "%", "％", "‰", "个", " ", "\u3000", ",", ".", "-",
      "0", "1", "5", "9", "00", ",000", "12", ".5", "比上年", "\t", "$", "\\");

  /** Text assembled from the pieces indicator values are made of, in any order. */
  private static Gen<String> measureLike() {
    return in -> {
      int n = integers().between(0, 8).generate(in);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(Generate.pick(PIECES).generate(in));
      }
      return s.toString();
    };
  }

  @Test
  void parseAndAmountNeverThrowOnArbitraryText() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30).mix(measureLike(), 70))
        .checkAssert(text -> {
          Measure m = Measure.parse(text);
          assertThat(m.text()).isEqualTo(text);
          m.amount();
          m.isPercentage();
          m.comparator();
        });
  }

  @Test
  void aNumberReadHasAUnitOnlyIfSomethingFollowsIt() {
    qt().forAll(measureLike()).checkAssert(text -> {
      Measure m = Measure.parse(text);
      m.unit().ifPresent(u -> assertThat(u).isNotEmpty().doesNotContain(" "));
      if (m.number().isEmpty()) {
        assertThat(m.unit()).isEmpty();
        assertThat(m.amount()).isEmpty();
      }
    });
  }

  @Test
  void wanYuanCapsAreReadExactly() {
    qt().forAll(longs().between(0, 9_000_000_000L), integers().between(0, 999_999),
        Generate.pick(List.of("≤", "", "不超过")), Generate.pick(List.of("万元", " 万元", "万", "萬元")))
        .checkAssert((whole, fraction, cmp, unit) -> {
          String text = cmp + whole + "." + String.format("%06d", fraction) + unit;
          assertThat(Measure.parse(text).amount())
              .contains(Amount.ofFen(whole * 1_000_000L + fraction));
        });
  }

  @Test
  void yuanCapsAreReadExactlyAsTenThousandths() {
    qt().forAll(longs().between(0, 900_000_000_000L), integers().between(0, 99))
        .checkAssert((yuan, fen) -> {
          String text = "≤" + yuan + "." + String.format("%02d", fen) + "元";
          assertThat(Measure.parse(text).amount()).contains(Amount.ofFen(yuan * 100 + fen));
        });
  }

  @Test
  void ratesAreNeverAmounts() {
    qt().forAll(longs().between(0, 1_000_000L), Generate.pick(List.of("元/套", "元/人/月", "元/月",
        "元/人/天", "%", "％", "‰", "个", "套", "部", "月")))
        .checkAssert((n, unit) -> assertThat(Measure.parse("≤" + n + unit).amount()).isEmpty());
  }
}
