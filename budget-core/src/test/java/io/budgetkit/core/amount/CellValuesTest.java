package io.budgetkit.core.amount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" is a blank cell")
  @NullSource
  @ValueSource(strings = {"", " ", "   ", "\t", "\t ", "\n", "\u3000", "\u3000\u3000", " \u3000\t",
      "\u00a0", " \u00a0 "})
  void blankTextIsAnEmptyCell(String text) {
    assertThat(CellValues.isBlank(text)).isTrue();
    assertThat(CellValues.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is an explicit zero")
  @ValueSource(strings = {"0", "0.00", " 0 ", "\t0", "\u30000\u3000", "-0"})
  void printedZeroStaysAnExplicitZero(String text) {
    assertThat(CellValues.isBlank(text)).isFalse();
    assertThat(CellValues.parse(text)).contains(Amount.ZERO);
  }

  @Test
  void surroundingWhitespaceIsStrippedFromAnAmount() {
    assertThat(CellValues.parse(" 2143.14\t")).contains(Amount.ofFen(2_143_140_000L));
    assertThat(CellValues.parse("\u3000\u3000397.096")).contains(Amount.ofFen(397_096_000L));
    // A no-break space (U+00A0) pasted from a web page is spacing too.
    assertThat(CellValues.parse("\u00a034.60\u00a0")).contains(Amount.ofFen(34_600_000L));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" is malformed")
  @ValueSource(strings = {"abc", "1 047", "---", "1,047.00", "２１", "1.2.3", "万元", "-"})
  void malformedTextIsRejected(String text) {
    assertThatThrownBy(() -> CellValues.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Amount '");
  }
}
