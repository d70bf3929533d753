package io.budgetkit.rules.narr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.budgetkit.core.budget.DepartmentBudget;
import io.budgetkit.core.catalog.ClassificationCatalog;
import io.budgetkit.core.section.FigureKind;
import io.budgetkit.core.section.Narrative;
import io.budgetkit.core.section.NarrativeFigure;
import io.budgetkit.core.section.SectionKind;
import io.budgetkit.rules.Findings;
import io.budgetkit.rules.Location;
import io.budgetkit.rules.Tolerance;
import io.budgetkit.rules.ValidationContext;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where a figure stands in the narrative, read once per validation and in linear time. */
class FigureTextTest {

  private static Narrative change(String text) {
    return Narrative.builder().section(SectionKind.CHANGE, "3、比上年增减情况", text)
        .figure(FigureKind.CHANGE_COMPONENT, "甲", "10.00万元").build();
  }

  private static Findings validating(Narrative narrative) {
    DepartmentBudget b = DepartmentBudget.builder().department("980", "测试部门").year(2025)
        .narrative(narrative).build();
    return Findings.collect(new ValidationContext(b, Tolerance.ROUNDING_AWARE,
        ClassificationCatalog.bundled()));
  }

  private static boolean endsWithEtc(String text) {
    Narrative n = change(text);
    return FigureText.endsWithEtc(validating(n), n, n.figures().get(0));
  }

  @Test
  void halfAMillionOccurrencesOfTheWordsBeforeOneValueAreReadOnce() {
    // The value's first occurrence after each 甲 is the same, far away, and not followed by 等:
    // it used to be searched for again from each of the 500,000 甲.
    String text = "甲".repeat(500_000) + "10.00万元。";

    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> endsWithEtc(text)))
        .isFalse();
  }

  @Test
  void aListIsIncompleteOnlyWhenTheValueAfterTheWordsIsFollowedBy等() {
    assertThat(endsWithEtc("甲10.00万元等。")).isTrue();
    // The first 10.00万元 after 甲 is followed by a comma; the one with 等 belongs to 乙.
    assertThat(endsWithEtc("甲10.00万元，乙10.00万元等。")).isFalse();
    // A later 甲 whose first value is followed by 等 makes the list incomplete.
    assertThat(endsWithEtc("甲10.00万元，甲10.00万元等。")).isTrue();
    assertThat(endsWithEtc("10.00万元等，甲。")).isFalse();
  }

  @Test
  void aFigureIsPlacedInTheSectionWhoseTextHoldsItsWordsAndValue() {
    Narrative n = Narrative.builder()
        .section(SectionKind.INCOME, "1、收入说明", "收入1.00万元。")
        .section(SectionKind.EXPENDITURE, "2、支出说明", "项目支出 10.00 万元。")
        .section(SectionKind.CHANGE, "3、比上年增减情况", "增加2.00万元。")
        .figure(FigureKind.PROJECT_EXPENDITURE, "项目支出", "10.00万元")
        .figure(FigureKind.CHANGE_BASIC, "项目支出", "10.00万元")
        .figure(FigureKind.INCOME, "收入", "3.00万元")
        .build();
    Findings findings = validating(n);
    // The spaces of the 支出说明 are ignored when read for matching; a change figure whose home
    // section (比上年增减情况) does not hold it is placed in the first section that does.
    assertThat(FigureText.location(findings, n, n.figures().get(0)))
        .isEqualTo(Location.of(SectionKind.EXPENDITURE, "项目支出"));
    assertThat(FigureText.location(findings, n, n.figures().get(1)))
        .isEqualTo(Location.of(SectionKind.EXPENDITURE, "项目支出"));
    // No section states 3.00万元: the figure has its words only.
    assertThat(FigureText.location(findings, n, n.figures().get(2)))
        .isEqualTo(Location.builder().words("收入").build());
  }

  @Test
  void aFigureOfAnotherNarrativeIsPlacedByReadingThatNarrative() {
    Narrative validated = change("甲10.00万元。");
    Narrative other = Narrative.builder()
        .section(SectionKind.INCOME, "1、收入说明", "乙5.00万元。")
        .figure(FigureKind.CHANGE_COMPONENT, "乙", "5.00万元").build();
    NarrativeFigure figure = other.figures().get(0);

    assertThat(FigureText.location(validating(validated), other, figure))
        .isEqualTo(Location.of(SectionKind.INCOME, "乙"));
  }
}
