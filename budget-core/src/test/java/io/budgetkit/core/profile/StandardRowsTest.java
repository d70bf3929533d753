package io.budgetkit.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StandardRowsTest {

  @Test
  void departmentSummaryListsFiveSourcesEndingWithUnitFunds() {
    assertThat(StandardRows.incomeItems(TableKind.SUMMARY, BudgetKind.DEPARTMENT))
        .hasSize(5).endsWith("五、单位资金");
  }

  @Test
  void unitSummarySplitsUnitFundsIntoFiveSources() {
    assertThat(StandardRows.incomeItems(TableKind.SUMMARY, BudgetKind.UNIT))
        .hasSize(9)
        .containsSubsequence("五、事业收入", "六、事业单位经营收入", "七、上级补助收入",
            "八、附属单位上缴收入", "九、其他收入");
  }

  @Test
  void fiscalSummaryHasThreeSourcesAndSixClosingRows() {
    assertThat(StandardRows.incomeItems(TableKind.FISCAL_SUMMARY, BudgetKind.UNIT))
        .containsExactly("一、一般公共预算拨款", "二、政府性基金预算拨款", "三、国有资本经营预算拨款");
    // 32 本年收入合计 … 37 收入总计: six rows after the 31 类 rows.
    assertThat(StandardRows.closingRows(TableKind.FISCAL_SUMMARY)).hasSize(6)
        .first().extracting(StandardRows.ClosingRow::expenditureItem).isEqualTo("本年支出合计");
    assertThat(StandardRows.closingRows(TableKind.SUMMARY))
        .extracting(StandardRows.ClosingRow::incomeItem)
        .containsExactly("本年收入合计", "上年结转结余", "收入总计");
  }

  @Test
  void rejectsATableThatIsNotTwoSided() {
    assertThatThrownBy(() -> StandardRows.closingRows(TableKind.INCOME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("收入总表 is not a two-sided table");
  }
}
