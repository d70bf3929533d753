package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.section.Measure.Comparator;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTest {

  /** Comparator, number and unit read from an indicator value (LAYOUTS.md §5); "" = none. */
  @ParameterizedTest(name = "\"{0}\" → {1} {2} {3}")
  @CsvSource(delimiter = '|', value = {
      "≤1047万元       | AT_MOST  | 1047   | 万元",
      "≤21.4万         | AT_MOST  | 21.4   | 万",
      "≤2 万元         | AT_MOST  | 2      | 万元",
      "≤400元/套       | AT_MOST  | 400    | 元/套",
      "≤5500 元/人/月  | AT_MOST  | 5500   | 元/人/月",
      "≤1000.00 元/月  | AT_MOST  | 1000.00| 元/月",
      "≤100元/人/天    | AT_MOST  | 100    | 元/人/天",
      "≥95%            | AT_LEAST | 95     | %",
      "≥90 %           | AT_LEAST | 90     | %",
      "≥90％           | AT_LEAST | 90     | %",
      "≤0.1‰           | AT_MOST  | 0.1    | ‰",
      "≥5000部         | AT_LEAST | 5000   | 部",
      "35 套           |          | 35     | 套",
      "1个             |          | 1      | 个",
      "12 月之前       |          | 12     | 月之前",
      "≤12 月之前      | AT_MOST  | 12     | 月之前",
      "10月            |          | 10     | 月",
      "600萬元         |          | 600    | 万元",
      "$\\geq 95\\%$   | AT_LEAST | 95     | %",
      "$\\leq 10\\%$   | AT_MOST  | 10     | %",
      "不低于90%       | AT_LEAST | 90     | %",
      "不超过100万元   | AT_MOST  | 100    | 万元",
      "不高于5万元     | AT_MOST  | 5      | 万元",
      "＜3天           | LESS     | 3      | 天",
      "大于0           | GREATER  | 0      | ''",
      "=100%           | EQUAL    | 100    | %",
      "1,047.00万元    |          | 1047.00| 万元",
      "250.00          |          | 250.00 | ''",
      "\u3000≥ 95 %\u3000 | AT_LEAST | 95  | %"})
  void readsComparatorNumberAndUnit(String text, String comparator, String number, String unit) {
    Measure m = Measure.parse(text);

    assertThat(m.text()).isEqualTo(text);
    assertThat(m.comparator())
        .isEqualTo(comparator == null ? Optional.empty() : Optional.of(Comparator.valueOf(comparator)));
    assertThat(m.number().orElseThrow()).isEqualByComparingTo(new BigDecimal(number));
    assertThat(m.unit()).isEqualTo(unit.isEmpty() ? Optional.empty() : Optional.of(unit));
  }

  @Test
  void textWithoutANumberHasNone() {
    for (String text : new String[] {"比上年有所提高", "效果较好", "按规定执行", "按月发放", "", "  ", "万元"}) {
      Measure m = Measure.parse(text);
      assertThat(m.text()).isEqualTo(text);
      assertThat(m.number()).as(text).isEmpty();
      assertThat(m.unit()).as(text).isEmpty();
      assertThat(m.comparator()).as(text).isEmpty();
      assertThat(m.amount()).as(text).isEmpty();
      assertThat(m.isPercentage()).as(text).isFalse();
    }
  }

  @ParameterizedTest(name = "\"{0}\" is {1} 万元")
  @CsvSource(delimiter = '|', value = {
      "≤1047万元    | 1047",
      "≤21.4万      | 21.4",
      "≤2 万元      | 2",
      "600萬元      | 600",
      "397.096万元  | 397.096",
      "≤155.2万元   | 155.2",
      "5000元       | 0.5",
      "≤400元       | 0.04",
      "0.01元       | 0.000001",
      "1,047.00万元 | 1047"})
  void amountOfASumOfMoneyInWanOrYuan(String text, String wan) {
    assertThat(Measure.parse(text).amount()).contains(Amount.of(new BigDecimal(wan)));
  }

  @ParameterizedTest(name = "\"{0}\" is not a sum of money")
  @CsvSource(delimiter = '|', value = {
      "≤400元/套", "≤5500 元/人/月", "≤1000.00 元/月", "≥95%", "≥90 %", "≥90％", "≤0.1‰",
      "≥5000部", "35 套", "12 月之前", "$\\geq 95\\%$", "250.00", "0.001元", "0.0000001万元"})
  void noAmountForRatesCountsAndBareNumbers(String text) {
    assertThat(Measure.parse(text).amount()).isEmpty();
  }

  @Test
  void percentagesAreRecognisedInEitherWidth() {
    assertThat(Measure.parse("≥95%").isPercentage()).isTrue();
    assertThat(Measure.parse("≥90 %").isPercentage()).isTrue();
    assertThat(Measure.parse("≥90％").isPercentage()).isTrue();
    assertThat(Measure.parse("$\\geq 95\\%$").isPercentage()).isTrue();
    assertThat(Measure.parse("≤0.1‰").isPercentage()).isFalse();
    assertThat(Measure.parse("≤1047万元").isPercentage()).isFalse();
  }

  @Test
  void equalityIsByTheTextAsWritten() {
    assertThat(Measure.parse("≥90%")).isEqualTo(Measure.parse("≥90%"));
    assertThat(Measure.parse("≥90%").hashCode()).isEqualTo(Measure.parse("≥90%").hashCode());
    assertThat(Measure.parse("≥90%")).isNotEqualTo(Measure.parse("≥90 %"));
    assertThat(Measure.parse("≥90 %").toString()).isEqualTo("≥90 %");
  }
}
