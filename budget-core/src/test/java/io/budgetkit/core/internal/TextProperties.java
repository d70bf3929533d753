package io.budgetkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.budgetkit.core.catalog.ChineseNumerals;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class TextProperties {

  private static final List<String> PIECES = List.of("其中", "：", ":", "(", ")", "（", "）", " ",
      "\u3000", "\t", "萬", "元", "因公出国", "费", "、", "一", "十", "1", ".");

  private static Gen<String> labels() {
    Gen<String> pieces = in -> {
      int n = integers().between(0, 10).generate(in);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        s.append(Generate.pick(PIECES).generate(in));
      }
      return s.toString();
    };
    return strings().allPossible().ofLengthBetween(0, 20).mix(pieces, 70);
  }

  @Test
  void matchKeyIsIdempotentAndHasNoSpacesOrHalfWidthPunctuation() {
    qt().forAll(labels()).checkAssert(label -> {
      String key = Text.matchKey(label);
      assertThat(Text.matchKey(key)).isEqualTo(key);
      assertThat(key).doesNotContain(" ", "\t", "\u3000", "(", ")", ":", "萬");
    });
  }

  @Test
  void matchKeyIgnoresWhereSpacesAreInserted() {
    qt().forAll(labels(), integers().between(0, 20), Generate.pick(List.of(" ", "\u3000", "\t", "  ")))
        .checkAssert((label, at, space) -> {
          int i = Math.min(at, label.length());
          if (i > 0 && i < label.length() && Character.isLowSurrogate(label.charAt(i))) {
            i--;
          }
          String spaced = label.substring(0, i) + space + label.substring(i);
          assertThat(Text.matchKey(spaced)).isEqualTo(Text.matchKey(label));
        });
  }

  @Test
  void stripOrdinalRemovesAnyChineseOrdinalBeforeAName() {
    Gen<String> names = Generate.pick(List.of("一般公共服务支出", "住房保障支出", "人行科目",
        "因公出国（境）费", "因公出国(境)费", "本年收入合计", "其中：公务用车购置费"));
    qt().forAll(integers().between(1, 99), names, Generate.pick(List.of("、", ".", "．")))
        .checkAssert((n, name, separator) -> {
          assertThat(Text.stripOrdinal(ChineseNumerals.of(n) + separator + name)).isEqualTo(name);
          assertThat(Text.stripOrdinal(n + separator + name)).isEqualTo(name);
          assertThat(Text.stripOrdinal("（" + ChineseNumerals.of(n) + "）" + name)).isEqualTo(name);
          assertThat(Text.stripOrdinal("(" + ChineseNumerals.of(n) + ")" + name)).isEqualTo(name);
        });
  }
}
