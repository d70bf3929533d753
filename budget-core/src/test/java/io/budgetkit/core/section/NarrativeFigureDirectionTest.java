package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.amount.Amount;
import io.budgetkit.core.section.NarrativeFigure.Direction;
import org.junit.jupiter.api.Test;

class NarrativeFigureDirectionTest {

  private static NarrativeFigure figure(String words, String value) {
    return NarrativeFigure.builder().kind(FigureKind.CHANGE_COMPONENT).words(words).value(value)
        .build();
  }

  @Test
  void aDecreaseIsNegative() {
    NarrativeFigure f = figure("基本支出减少", "31.83万元");
    assertThat(f.direction()).contains(Direction.DECREASE);
    assertThat(f.signedValue()).contains(Amount.parse("-31.83"));
  }

  @Test
  void anIncreaseIsPositive() {
    NarrativeFigure f = figure("较2024年预算增加", "1775.87万元");
    assertThat(f.direction()).contains(Direction.INCREASE);
    assertThat(f.signedValue()).contains(Amount.parse("1775.87"));
  }

  @Test
  void aComponentListedWithoutAVerbHasNoDirection() {
    // etdz L559: 人脸识别测温系统运维费用18.41万元等
    NarrativeFigure f = figure("人脸识别测温系统运维费用", "18.41万元");
    assertThat(f.direction()).isEmpty();
    assertThat(f.signedValue()).contains(Amount.parse("18.41"));
  }

  @Test
  void aTraditionalUnitIsStillAnAmount() {
    assertThat(figure("視頻監控系統租賃費", "600萬元").signedValue()).contains(Amount.ofWan(600));
  }
}
