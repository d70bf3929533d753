package io.budgetkit.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

  // The ordinals of the 31 summary rows as printed in the fixtures.
  private static final List<String> ONE_TO_THIRTY_ONE = List.of(
      "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
      "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十",
      "二十一", "二十二", "二十三", "二十四", "二十五", "二十六", "二十七", "二十八", "二十九", "三十",
      "三十一");

  @Test
  void numbersOneToThirtyOne() {
    for (int n = 1; n <= 31; n++) {
      assertThat(ChineseNumerals.of(n)).as("%d", n).isEqualTo(ONE_TO_THIRTY_ONE.get(n - 1));
    }
  }

  @Test
  void largerNumbersUpToNinetyNine() {
    assertThat(ChineseNumerals.of(40)).isEqualTo("四十");
    assertThat(ChineseNumerals.of(55)).isEqualTo("五十五");
    assertThat(ChineseNumerals.of(99)).isEqualTo("九十九");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsNumbersOutsideOneToNinetyNine(int n) {
    assertThatThrownBy(() -> ChineseNumerals.of(n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was " + n);
  }
}
