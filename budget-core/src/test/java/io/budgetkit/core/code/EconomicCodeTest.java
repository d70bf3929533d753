package io.budgetkit.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EconomicCodeTest {

  private static EconomicCode e(String code) {
    return EconomicCode.parse(code);
  }

  @Test
  void sectionCodeHasTheClassAsParent() {
    EconomicCode c = e("30201");

    assertThat(c.scheme()).isEqualTo(CodeScheme.ECONOMIC);
    assertThat(c.level()).isEqualTo(CodeLevel.SECTION);
    assertThat(c.value()).isEqualTo("30201");
    assertThat(c.toString()).isEqualTo("30201");
    assertThat(c.parent()).contains(e("302"));
    assertThat(c.ancestors()).containsExactly(e("302"));
  }

  @Test
  void classCodeHasNoParent() {
    assertThat(e("301").level()).isEqualTo(CodeLevel.CLASS);
    assertThat(e("301").parent()).isEmpty();
    assertThat(e("301").ancestors()).isEmpty();
  }

  @Test
  void schemeHasTwoLevels() {
    assertThat(CodeScheme.ECONOMIC.levels()).containsExactly(CodeLevel.CLASS, CodeLevel.SECTION);
    assertThat(CodeScheme.ECONOMIC.label()).isEqualTo("部门预算支出经济分类科目");
  }

  @Test
  void ancestryWithinTheScheme() {
    assertThat(e("302").isAncestorOf(e("30201"))).isTrue();
    assertThat(e("302").isParentOf(e("30201"))).isTrue();
    assertThat(e("301").isAncestorOf(e("30201"))).isFalse();
    assertThat(e("30201").isAncestorOf(e("302"))).isFalse();
    assertThat(e("302").isAncestorOf(e("302"))).isFalse();
  }

  @Test
  void equalsHashCodeAndOrder() {
    assertThat(e("30108")).isEqualTo(e("30108"));
    assertThat(e("30108").hashCode()).isEqualTo(e("30108").hashCode());
    assertThat(e("30108")).isNotEqualTo(e("30109"));
    assertThat(e("301")).isLessThan(e("30101"));
    assertThat(e("30199")).isLessThan(e("302"));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "'3010101' | has 7 digits; expected 3 (类), 5 (款)",
      "'3010'    | has 4 digits; expected 3 (类), 5 (款)",
      "'30l01'   | contains the letter 'l'",
      "'302 01'  | contains a space",
      "'３０２'     | contains the full-width digit '３'",
      "'302/01'  | contains the character '/'"})
  void rejectsMalformedCodesSayingWhatIsWrong(String text, String problem) {
    assertThatThrownBy(() -> e(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("部门预算支出经济分类科目 code '" + text + "'")
        .hasMessageContaining(problem);
  }

  @Test
  void rejectsAnEmptyCode() {
    assertThatThrownBy(() -> e(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("部门预算支出经济分类科目 code is empty");
  }
}
