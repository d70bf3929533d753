package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSumTest {

  @Test
  void theCommonProfileKnowsTheRowArithmeticOfEachTable() {
    DisclosureProfile p = DisclosureProfile.common();
    // 收入总表: 合计 = 本年收入小计 + 上年结转; 小计 = the seven sources (栏次 5-11).
    assertThat(p.requireLayout(TableKind.INCOME).columnSums()).containsExactly(
        ColumnSum.of(3, 4, 12), ColumnSum.of(4, 5, 6, 7, 8, 9, 10, 11));
    assertThat(p.requireLayout(TableKind.EXPENDITURE).columnSums())
        .containsExactly(ColumnSum.of(3, 4, 5, 6, 7, 8));
    assertThat(p.requireLayout(TableKind.FISCAL_SUMMARY).columnSums())
        .containsExactly(ColumnSum.of(4, 5, 6, 7));
    assertThat(p.requireLayout(TableKind.BASIC_EXPENDITURE).columnSums())
        .containsExactly(ColumnSum.of(3, 4, 5));
    assertThat(p.requireLayout(TableKind.THREE_PUBLIC).columnSums())
        .containsExactly(ColumnSum.of(2, 3, 4, 5));
    // The 收支总表 has no row arithmetic: its two sides are different items.
    assertThat(p.requireLayout(TableKind.SUMMARY).columnSums()).isEmpty();
  }

  @Test
  void aSumOverANonAmountColumnIsRejected() {
    assertThatThrownBy(() -> TableLayout.builder().kind(TableKind.EXPENDITURE)
        .column("编码", ColumnType.CODE).amount("合计").amount("基本")
        .addColumnSums(ColumnSum.of(2, 1, 3)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("支出总表: 栏次2 = [1, 3] names 栏次1, which is not an amount column");
  }

  @Test
  void aSumWithoutPartsOrContainingItsTotalIsRejected() {
    assertThatThrownBy(() -> ColumnSum.of(3)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> ColumnSum.of(3, 3, 4)).isInstanceOf(IllegalStateException.class);
    assertThat(ColumnSum.of(3, 4, 5).parts()).isEqualTo(List.of(4, 5));
  }
}
