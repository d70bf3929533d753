package io.budgetkit.core.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ClassificationCodeProperties {

  /** Digits of a valid length for the scheme, drawn from a narrow alphabet so codes share prefixes. */
  static Gen<String> digits(CodeScheme scheme) {
    Gen<Integer> lengths = Generate.pick(scheme.levels()).map(CodeLevel::digits);
    Gen<String> narrow = strings().betweenCodePoints('0', '2').ofLength(7);
    Gen<String> wide = strings().betweenCodePoints('0', '9').ofLength(7);
    return lengths.zip(narrow.mix(wide), (n, s) -> s.substring(0, n));
  }

  static Gen<FunctionCode> functionCodes() {
    return digits(CodeScheme.FUNCTIONAL).map(FunctionCode::parse);
  }

  static Gen<EconomicCode> economicCodes() {
    return digits(CodeScheme.ECONOMIC).map(EconomicCode::parse);
  }

  @Test
  void parentIsThePrefixTwoDigitsShorter() {
    qt().forAll(functionCodes()).checkAssert(this::parentIsPrefix);
    qt().forAll(economicCodes()).checkAssert(this::parentIsPrefix);
  }

  private void parentIsPrefix(ClassificationCode<?> c) {
    if (c.level() == CodeLevel.CLASS) {
      assertThat(c.parent()).isEmpty();
    } else {
      String parent = c.parent().orElseThrow().value();
      assertThat(parent).hasSize(c.value().length() - 2);
      assertThat(c.value()).startsWith(parent);
    }
  }

  @Test
  void parentIsOneLevelUp() {
    qt().forAll(functionCodes()).checkAssert(this::parentOneLevelUp);
    qt().forAll(economicCodes()).checkAssert(this::parentOneLevelUp);
  }

  private void parentOneLevelUp(ClassificationCode<?> c) {
    List<CodeLevel> levels = c.scheme().levels();
    c.parent().ifPresent(p -> assertThat(levels.indexOf(p.level()))
        .isEqualTo(levels.indexOf(c.level()) - 1));
  }

  @Test
  void numberOfAncestorsIsTheLevelIndex() {
    qt().forAll(functionCodes()).check(
        c -> c.ancestors().size() == CodeScheme.FUNCTIONAL.levels().indexOf(c.level()));
    qt().forAll(economicCodes()).check(
        c -> c.ancestors().size() == CodeScheme.ECONOMIC.levels().indexOf(c.level()));
  }

  @Test
  void everyAncestorIsAncestorOfTheCodeClassFirst() {
    qt().forAll(functionCodes()).checkAssert(c -> {
      List<FunctionCode> ancestors = c.ancestors();
      for (int i = 0; i < ancestors.size(); i++) {
        FunctionCode a = ancestors.get(i);
        assertThat(a.isAncestorOf(c)).isTrue();
        assertThat(c.isAncestorOf(a)).isFalse();
        assertThat(a.level()).isEqualTo(CodeScheme.FUNCTIONAL.levels().get(i));
      }
    });
  }

  @Test
  void isParentOfHoldsExactlyForTheParent() {
    qt().forAll(functionCodes(), functionCodes()).check(
        (a, b) -> a.isParentOf(b) == b.parent().map(a::equals).orElse(false));
  }

  @Test
  void isAncestorOfHoldsExactlyForAProperPrefix() {
    qt().forAll(functionCodes(), functionCodes()).check((a, b) -> a.isAncestorOf(b)
        == (b.value().startsWith(a.value()) && !a.equals(b)));
  }

  @Test
  void codesOfTheTwoSchemesAreNeverRelated() {
    qt().forAll(functionCodes(), economicCodes()).checkAssert((f, e) -> {
      assertThat(f.isAncestorOf(e)).isFalse();
      assertThat(e.isAncestorOf(f)).isFalse();
      assertThat(f.isParentOf(e)).isFalse();
      assertThat(e.isParentOf(f)).isFalse();
      assertThat((Object) f).isNotEqualTo(e);
    });
  }

  @Test
  void parseIsTheInverseOfToString() {
    qt().forAll(functionCodes()).check(c -> FunctionCode.parse(c.toString()).equals(c));
    qt().forAll(economicCodes()).check(c -> EconomicCode.parse(c.toString()).equals(c));
  }

  @Test
  void compareToIsConsistentWithEquals() {
    qt().forAll(functionCodes(), functionCodes()).checkAssert((a, b) -> {
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }

  @Test
  void anAncestorSortsBeforeItsDescendants() {
    qt().forAll(functionCodes()).checkAssert(
        c -> c.ancestors().forEach(a -> assertThat(a.compareTo(c)).isNegative()));
  }

  @Test
  void anyNonDigitMakesTheCodeInvalid() {
    Gen<Character> nonDigits = Generate.characters(0x20, 0xFFFF)
        .assuming(ch -> ch < '0' || ch > '9');
    qt().forAll(digits(CodeScheme.FUNCTIONAL), integers().between(0, 6), nonDigits)
        .checkAssert((d, at, bad) -> {
          int i = Math.min(at, d.length() - 1);
          String text = d.substring(0, i) + bad + d.substring(i + 1);
          assertThatThrownBy(() -> FunctionCode.parse(text))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining("(position " + (i + 1) + ")");
        });
  }

  @Test
  void anyOtherLengthMakesTheCodeInvalid() {
    qt().forAll(strings().betweenCodePoints('0', '9').ofLengthBetween(1, 12))
        .assuming(s -> s.length() != 3 && s.length() != 5 && s.length() != 7)
        .checkAssert(s -> assertThatThrownBy(() -> FunctionCode.parse(s))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("has " + s.length() + " digits"));
  }
}
