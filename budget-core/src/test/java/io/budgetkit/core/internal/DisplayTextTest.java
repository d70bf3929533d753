package io.budgetkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayTextTest {

  @Test
  void plainChineseTextIsReturnedAsItIs() {
    String name = "秦皇岛市海港区发展服务中心（980）\t😀";
    assertThat(DisplayText.inline(name)).isSameAs(name);
  }

  @Test
  void ansiEscapesCarriageReturnsAndBackspacesAreShownAsEscapes() {
    assertThat(DisplayText.inline("\u001b[2J部门\r通过\b"))
        .isEqualTo("\\u001B[2J部门\\u000D通过\\u0008");
  }

  @Test
  void bidiOverridesZeroWidthCharactersAndByteOrderMarksAreShown() {
    assertThat(DisplayText.inline("a\u202Eb\u200Bc\uFEFFd\u2028e\u0085f"))
        .isEqualTo("a\\u202Eb\\u200Bc\\uFEFFd\\u2028e\\u0085f");
  }

  @Test
  void lineFeedsAreEscapedInOneLineValuesAndKeptInText() {
    assertThat(DisplayText.inline("名称\n通过：错误 0 个")).isEqualTo("名称\\u000A通过：错误 0 个");
    assertThat(DisplayText.escape("a\nb\r\n", true)).isEqualTo("a\nb\\u000D\n");
  }

  @Test
  void unpairedSurrogatesAreEscapedAndPairsKept() {
    assertThat(DisplayText.inline("x\uD800y\uDC00z\uD83D\uDE00"))
        .isEqualTo("x\\uD800y\\uDC00z\uD83D\uDE00");
    assertThat(DisplayText.inline("\uD800")).isEqualTo("\\uD800");
  }

  @Test
  void invisibleSupplementaryFormatCharactersAreEscapedAsBothHalves() {
    // U+E0041, a TAG character: invisible, of type FORMAT
    assertThat(DisplayText.inline("a\uDB40\uDC41b")).isEqualTo("a\\uDB40\\uDC41b");
  }
}
