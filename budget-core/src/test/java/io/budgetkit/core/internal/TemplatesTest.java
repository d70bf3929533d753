package io.budgetkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void fillsKnownPlaceholdersAndLeavesUnknownOnes() {
    assertThat(Templates.fill("{code} 为 {actual}，应为 {expected}",
        Map.of("code", "30217", "actual", "0.05")))
        .isEqualTo("30217 为 0.05，应为 {expected}");
  }

  @Test
  void valuesAreInsertedLiterally() {
    assertThat(Templates.fill("cost {a}", Map.of("a", "$1 \\ {b}"))).isEqualTo("cost $1 \\ {b}");
  }

  @Test
  void chineseIsLanguageZhWhateverTheCountry() {
    assertThat(Templates.isChinese(Locale.CHINA)).isTrue();
    assertThat(Templates.isChinese(Locale.TAIWAN)).isTrue();
    assertThat(Templates.isChinese(Locale.ENGLISH)).isFalse();
    assertThat(Templates.isChinese(Locale.ROOT)).isFalse();
  }
}
