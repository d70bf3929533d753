package io.budgetkit.core.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Amount;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpendingPlanTest {

  @Test
  void quarterlyPlanOfCumulativeAmounts() {
    // haigang-development-service-center-2025 L1517-1521: amounts under a (%) header.
    SpendingPlan p = SpendingPlan.quarterly("资金支出计划（%）", "250.00", "500.00", "750.00", "1047.00");

    assertThat(p.header()).isEqualTo("资金支出计划（%）");
    assertThat(p.headerSaysPercent()).isTrue();
    assertThat(p.points()).extracting(PlanPoint::date)
        .containsExactly("3月底", "6月底", "10月底", "12月底");
    assertThat(p.values()).extracting(Measure::text)
        .containsExactly("250.00", "500.00", "750.00", "1047.00");
    assertThat(p.last().orElseThrow().number().orElseThrow()).isEqualByComparingTo("1047.00");
  }

  @Test
  void sparsePlanLeavesBlankPointsOut() {
    SpendingPlan p = SpendingPlan.quarterly("资金支出计划 (%)", "", " ", "50%", "100%");

    assertThat(p.points()).hasSize(4);
    assertThat(p.points().get(0).value()).isEmpty();
    assertThat(p.points().get(1).value()).isEmpty();
    assertThat(p.values()).extracting(Measure::text).containsExactly("50%", "100%");
    assertThat(p.last().orElseThrow().isPercentage()).isTrue();
    assertThat(p.headerSaysPercent()).isTrue();
  }

  @Test
  void planWithEveryPointBlankHasNoLastValue() {
    SpendingPlan p = SpendingPlan.quarterly("资金支出计划", "", "", "", "");

    assertThat(p.values()).isEmpty();
    assertThat(p.last()).isEmpty();
    assertThat(p.headerSaysPercent()).isFalse();
  }

  @Test
  void headerWithFullWidthPercentSaysPercent() {
    assertThat(SpendingPlan.quarterly("资金支出计划（％）", "", "", "", "").headerSaysPercent()).isTrue();
  }

  @Test
  void quarterlyPlanWithThreeValuesIsRejected() {
    // etdz-public-security-bureau-2024 L707-708: the 12月底 column can be missing altogether.
    assertThatThrownBy(() -> SpendingPlan.quarterly("资金支出计划（%）", "20%", "40%", "60%"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A quarterly plan has 4 values")
        .hasMessageContaining("got 3")
        .hasMessageContaining("SpendingPlan.of");
  }

  @Test
  void quarterlyPlanWithFiveValuesIsRejected() {
    assertThatThrownBy(() -> SpendingPlan.quarterly("h", "1", "2", "3", "4", "5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 5");
  }

  @Test
  void planAtOtherDates() {
    SpendingPlan p = SpendingPlan.of("资金支出计划 (%)", List.of("3 月底", "6 月底", "10 月底"),
        "", "50%", "100%");

    assertThat(p.points()).extracting(PlanPoint::date).containsExactly("3 月底", "6 月底", "10 月底");
    assertThat(p.last().orElseThrow().text()).isEqualTo("100%");
  }

  @Test
  void planAtOtherDatesRejectsMismatchedCounts() {
    assertThatThrownBy(() -> SpendingPlan.of("h", List.of("3月底", "6月底"), "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 dates but 1 values in 资金支出计划");
  }

  @Test
  void planPointReadsTheCellAsAMeasure() {
    assertThat(PlanPoint.of("12月底", "1047.00").value().orElseThrow().number().orElseThrow())
        .isEqualByComparingTo("1047");
    assertThat(PlanPoint.of("12月底", "34.60万元").value().orElseThrow().amount())
        .contains(Amount.parse("34.60"));
    assertThat(PlanPoint.of("3月底", null).value()).isEmpty();
  }
}
