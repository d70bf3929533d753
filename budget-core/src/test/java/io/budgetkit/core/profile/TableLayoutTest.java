package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.core.amount.Precision;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  private static final TableKind MEETINGS =
      TableKind.custom("meetings-training", "会议费培训费支出表", TableShape.ITEM_ROWS);

  @Test
  void columnHelperNumbersColumnsFromOne() {
    TableLayout l = TableLayout.builder().kind(MEETINGS)
        .column("项目", ColumnType.LABEL).amount("会议费").amount("培训费").build();

    assertThat(l.columns()).extracting(Column::number).containsExactly(1, 2, 3);
    assertThat(l.amountColumns()).extracting(Column::name).containsExactly("会议费", "培训费");
    assertThat(l.labelColumns()).extracting(Column::name).containsExactly("项目");
    assertThat(l.precision()).isEqualTo(Precision.HUNDREDTHS_OF_WAN);
    assertThat(l.emptyNote()).isEmpty();
    assertThat(l.column(2).orElseThrow().toString()).isEqualTo("栏次2 会议费");
  }

  @Test
  void aLayoutWithAGapInItsColumnsIsRejected() {
    assertThatThrownBy(() -> TableLayout.builder().kind(MEETINGS)
        .addColumns(Column.of(1, "项目", ColumnType.LABEL), Column.of(3, "会议费", ColumnType.AMOUNT))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("会议费培训费支出表: columns must be numbered 1, 2, 3… in order, found 栏次3 at"
            + " position 2");
  }

  @Test
  void aLayoutStartingAtColumnTwoIsRejected() {
    assertThatThrownBy(() -> TableLayout.builder().kind(MEETINGS)
        .addColumns(Column.of(2, "会议费", ColumnType.AMOUNT)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("found 栏次2 at position 1");
  }

  @Test
  void aLayoutWithColumnsOutOfOrderIsRejected() {
    assertThatThrownBy(() -> TableLayout.builder().kind(MEETINGS)
        .addColumns(Column.of(2, "b", ColumnType.AMOUNT), Column.of(1, "a", ColumnType.LABEL))
        .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aColumnNumberBelowOneIsRejected() {
    assertThatThrownBy(() -> Column.of(0, "序号", ColumnType.LABEL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A column number (栏次) starts at 1, was 0");
  }

  @Test
  void shortNameDropsTheGroup() {
    assertThat(Column.of(1, "资金性质/一般公共预算财政拨款", ColumnType.AMOUNT).shortName())
        .isEqualTo("一般公共预算财政拨款");
    assertThat(Column.of(1, "合计", ColumnType.AMOUNT).shortName()).isEqualTo("合计");
  }

  @Test
  void aLayoutCarriesItsPrecision() {
    TableLayout l = TableLayout.builder().kind(MEETINGS).precision(Precision.FEN)
        .amount("金额").build();

    assertThat(l.precision()).isEqualTo(Precision.FEN);
  }
}
