package io.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.budget.DepartmentBudget;
import org.junit.jupiter.api.Test;

class TableTextTest {

  @Test
  void measuresChineseCharactersAsTwoColumns() {
    assertThat(TableText.width("合计")).isEqualTo(4);
    assertThat(TableText.width("2143.14")).isEqualTo(7);
    assertThat(TableText.width("政府办公厅（室）")).isEqualTo(16);
  }

  @Test
  void rendersHeadingHeaderAndRowsWithAmountsRightAligned() {
    DepartmentBudget budget = DepartmentBudget.builder()
        .department("980", "秦皇岛市海港区发展服务中心").year(2025)
        .generalPublicExpenditure(t -> t
            .total("2143.14", "181.04", "1962.10")
            .row("20103", "政府办公厅（室）及相关机构事务", "1962.10", "", "1962.10"))
        .build();

    String text = TableText.render(budget, budget.tables().get(0));

    // Widths in display columns: 序号 4, 科目编码 8, the longest name 15 wide characters = 30,
    // 合计 7 ("2143.14"), 基本支出 8, 项目支出 8; two spaces between columns; amounts and their
    // 栏次 numbers right-aligned.
    assertThat(text.lines()).containsExactly(
        "部门预算一般公共预算财政拨款支出表",
        "980 秦皇岛市海港区发展服务中心    预算年度：2025    单位：万元",
        "序号  科目编码  科目名称" + " ".repeat(22 + 2 + 3) + "合计  基本支出  项目支出",
        "栏次  1         2" + " ".repeat(29 + 2 + 6) + "3         4         5",
        "1               合计" + " ".repeat(26 + 2) + "2143.14    181.04   1962.10",
        "2     20103     政府办公厅（室）及相关机构事务  1962.10             1962.10");
  }

  @Test
  void printsTheNoteOfAnEmptyTable() {
    DepartmentBudget budget = DepartmentBudget.builder().department("980", "x").year(2025)
        .governmentFundExpenditure(t -> t.note("注：无政府性基金预算财政拨款预算，空表列示。"))
        .build();

    assertThat(TableText.render(budget, budget.tables().get(0)))
        // No rows: 科目名称 sets column 2 to 8 wide; 合计 is 4 wide and right-aligned.
        .endsWith("栏次  1         2            3         4         5\n"
            + "注：无政府性基金预算财政拨款预算，空表列示。\n");
  }
}
