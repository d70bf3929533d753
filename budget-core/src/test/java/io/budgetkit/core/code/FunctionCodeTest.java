package io.budgetkit.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FunctionCodeTest {

  private static FunctionCode f(String code) {
    return FunctionCode.parse(code);
  }

  @Test
  void itemCodeHasLevelParentAndAncestors() {
    FunctionCode c = f("2010301");

    assertThat(c.value()).isEqualTo("2010301");
    assertThat(c.toString()).isEqualTo("2010301");
    assertThat(c.scheme()).isEqualTo(CodeScheme.FUNCTIONAL);
    assertThat(c.level()).isEqualTo(CodeLevel.ITEM);
    assertThat(c.parent()).contains(f("20103"));
    assertThat(c.ancestors()).containsExactly(f("201"), f("20103"));
  }

  @Test
  void sectionCodeHasTheClassAsParent() {
    FunctionCode c = f("20103");

    assertThat(c.level()).isEqualTo(CodeLevel.SECTION);
    assertThat(c.parent()).contains(f("201"));
    assertThat(c.ancestors()).containsExactly(f("201"));
  }

  @Test
  void classCodeHasNoParent() {
    FunctionCode c = f("201");

    assertThat(c.level()).isEqualTo(CodeLevel.CLASS);
    assertThat(c.parent()).isEmpty();
    assertThat(c.ancestors()).isEmpty();
  }

  @Test
  void levelsHaveTheirChineseNamesAndDigits() {
    assertThat(CodeLevel.CLASS.label()).isEqualTo("类");
    assertThat(CodeLevel.SECTION.label()).isEqualTo("款");
    assertThat(CodeLevel.ITEM.label()).isEqualTo("项");
    assertThat(CodeLevel.CLASS.digits()).isEqualTo(3);
    assertThat(CodeLevel.SECTION.digits()).isEqualTo(5);
    assertThat(CodeLevel.ITEM.digits()).isEqualTo(7);
    assertThat(CodeScheme.FUNCTIONAL.levels())
        .containsExactly(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM);
    assertThat(CodeScheme.FUNCTIONAL.label()).isEqualTo("支出功能分类科目");
  }

  @Test
  void ancestorsAreNotModifiable() {
    assertThatThrownBy(() -> f("2010301").ancestors().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isAncestorOfLowerCodesWithTheSamePrefix() {
    assertThat(f("201").isAncestorOf(f("20103"))).isTrue();
    assertThat(f("201").isAncestorOf(f("2010301"))).isTrue();
    assertThat(f("20103").isAncestorOf(f("2010301"))).isTrue();
  }

  @Test
  void isNotAncestorOfItselfOfHigherCodesOrOfOtherBranches() {
    assertThat(f("201").isAncestorOf(f("201"))).isFalse();
    assertThat(f("20103").isAncestorOf(f("201"))).isFalse();
    assertThat(f("201").isAncestorOf(f("2020101"))).isFalse();
    assertThat(f("20103").isAncestorOf(f("2010401"))).isFalse();
  }

  @Test
  void isParentOfOnlyOneLevelDown() {
    assertThat(f("20103").isParentOf(f("2010301"))).isTrue();
    assertThat(f("201").isParentOf(f("20103"))).isTrue();
    assertThat(f("201").isParentOf(f("2010301"))).isFalse();
    assertThat(f("201").isParentOf(f("201"))).isFalse();
    assertThat(f("2010301").isParentOf(f("20103"))).isFalse();
  }

  @Test
  void aFunctionCodeIsNeverAncestorOrParentOfAnEconomicCode() {
    // 302 is a valid functional 类 by syntax and the prefix of economic 30201.
    assertThat(f("302").isAncestorOf(EconomicCode.parse("30201"))).isFalse();
    assertThat(f("302").isParentOf(EconomicCode.parse("30201"))).isFalse();
    assertThat(EconomicCode.parse("302").isAncestorOf(f("30201"))).isFalse();
    assertThat(EconomicCode.parse("302").isParentOf(f("30201"))).isFalse();
  }

  @Test
  void equalsAndHashCodeByDigits() {
    assertThat(f("2010301")).isEqualTo(f("2010301"));
    assertThat(f("2010301").hashCode()).isEqualTo(f("2010301").hashCode());
    assertThat(f("2010301")).isNotEqualTo(f("2010302"));
    assertThat(f("2010301")).isNotEqualTo("2010301");
  }

  @Test
  void aFunctionCodeIsNotEqualToAnEconomicCodeOfTheSameDigits() {
    assertThat((Object) f("301")).isNotEqualTo(EconomicCode.parse("301"));
    assertThat((Object) EconomicCode.parse("301")).isNotEqualTo(f("301"));
  }

  @Test
  void ordersByDigitsParentsBeforeChildren() {
    assertThat(f("201")).isLessThan(f("20103"));
    assertThat(f("20103")).isLessThan(f("2010301"));
    assertThat(f("2010399")).isLessThan(f("20199"));
    assertThat(f("20199")).isLessThan(f("202"));
    assertThat(f("2040201").compareTo(f("2040201"))).isZero();
  }

  @Test
  void schemeParsesACodeOfItsOwnType() {
    assertThat(CodeScheme.FUNCTIONAL.parse("2010301")).isEqualTo(f("2010301"));
    assertThat(CodeScheme.ECONOMIC.parse("30201")).isEqualTo(EconomicCode.parse("30201"));
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "'2O1'      | contains the letter 'O'; a code is digits only (position 2)",
      "'a201'     | contains the letter 'a'; a code is digits only (position 1)",
      "'201 03'   | contains a space; a code is digits only",
      "'2040 201' | join the digits first",
      "'20103\t'  | contains a space",
      "'\u3000201'| contains a space",
      "'２０１'      | contains the full-width digit '２'; use ASCII digits (position 1)",
      "'20１03'    | contains the full-width digit '１'; use ASCII digits (position 3)",
      "'201-03'   | contains the character '-'; a code is digits only (position 4)",
      "'201.03'   | contains the character '.'",
      "'2010'     | has 4 digits; expected 3 (类), 5 (款), 7 (项)",
      "'20'       | has 2 digits; expected 3 (类), 5 (款), 7 (项)",
      "'201030101'| has 9 digits",
      "'201030'   | has 6 digits"})
  void rejectsMalformedCodesSayingWhatIsWrong(String text, String problem) {
    assertThatThrownBy(() -> f(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("支出功能分类科目 code '" + text + "'")
        .hasMessageContaining(problem);
  }

  @Test
  void rejectsAnEmptyCode() {
    assertThatThrownBy(() -> f(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("支出功能分类科目 code is empty");
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> f(null)).isInstanceOf(NullPointerException.class);
  }
}
