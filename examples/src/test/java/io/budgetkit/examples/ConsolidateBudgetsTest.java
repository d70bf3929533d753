package io.budgetkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsolidateBudgetsTest {

  @Test
  void printsTheConflictsAndTheConsolidatedExpenditureTable() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    ConsolidateBudgets.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    String out = bytes.toString(StandardCharsets.UTF_8);
    // Worked out from the documents: 收支总表 1417.69 + 11262.73; 支出总表 合计 基本支出
    // 884.29 + 6798.73, 项目支出 533.40 + 4464.00.
    assertThat(out).startsWith("海港区（000） 2024年部门预算：汇总 2 个部门\n")
        .contains("支出总计 12680.42 万元\n")
        .contains("\n  警告 consolidation.THREE_PUBLIC_LAYOUT  财政拨款“三公”经费支出表\n")
        .contains("校验（标准规则）：未通过，错误 ")
        .contains("支出总表").contains("7683.02").contains("4997.40");
    // The office prints the “三公” table in layout C, the police in layout D: one conflict; the
    // four figures only the police states against 2023 are left out and reported.
    assertThat(out.lines().filter(l -> l.startsWith("  警告 consolidation.THREE_PUBLIC_LAYOUT  ")))
        .hasSize(1);
    assertThat(out.lines().filter(l -> l.startsWith("  警告 consolidation.MISSING_FIGURE  ")))
        .hasSize(4);
  }
}
