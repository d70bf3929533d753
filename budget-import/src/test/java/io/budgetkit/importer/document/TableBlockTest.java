package io.budgetkit.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableBlockTest {

  private static final Origin AT = Origin.ofPage("t.pdf", 3, 4);

  /**
   * The header of a 收入总表 as printed: 项目 over two rows, 本年收入 over three columns, then
   * the three sources under it.
   */
  private static TableBlock header() {
    return TableBlock.builder().origin(AT)
        .addCells(Cell.builder().row(0).column(0).rowSpan(2).text("项目").build())
        .addCells(Cell.builder().row(0).column(1).columnSpan(3).text("本年收入").build())
        .addCells(Cell.of(1, 1, "合计"), Cell.of(1, 2, "一般公共预算拨款"), Cell.of(1, 3, "政府性基金"))
        .addCells(Cell.of(2, 0, "工资福利支出"), Cell.of(2, 1, "1,234.50"))
        .build();
  }

  @Test
  void theGridIsAsLargeAsTheCellsItHoldsReachIncludingTheirSpans() {
    TableBlock t = header();
    assertThat(t.rowCount()).isEqualTo(3);
    assertThat(t.columnCount()).isEqualTo(4);
  }

  @Test
  void aMergedCellCoversEveryPositionItSpans() {
    TableBlock t = header();
    assertThat(t.text(1, 0)).isEqualTo("项目");
    assertThat(t.text(0, 3)).isEqualTo("本年收入");
    assertThat(t.cellAt(0, 2).orElseThrow().column()).isEqualTo(1);
    assertThat(t.text(2, 3)).isEmpty();
    assertThat(t.cellAt(2, 3)).isEmpty();
    assertThat(t.cellAt(3, 0)).isEmpty();
    assertThat(t.cellAt(-1, 0)).isEmpty();
  }

  @Test
  void rowsPutAMergedCellsTextAtItsTopLeftOnly() {
    assertThat(header().rows()).containsExactly(
        List.of("项目", "本年收入", "", ""),
        List.of("", "合计", "一般公共预算拨款", "政府性基金"),
        List.of("工资福利支出", "1,234.50", "", ""));
  }

  @Test
  void overlappingCellsAreRefused() {
    assertThatThrownBy(() -> TableBlock.builder().origin(AT)
        .addCells(Cell.builder().row(0).column(0).columnSpan(2).text("a").build())
        .addCells(Cell.of(0, 1, "b"))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cells overlap at (0,1) in the table at t.pdf p.3 line 4: (0,1) b");
  }

  @Test
  void cellsOutOfReadingOrderAreRefused() {
    assertThatThrownBy(() -> TableBlock.builder().origin(AT)
        .addCells(Cell.of(1, 0, "b"), Cell.of(0, 0, "a"))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cells are ordered by row, then column: (0,0) a after (1,0) b in the table"
            + " at t.pdf p.3 line 4");
  }

  @Test
  void aCellFarOutIsRefusedBeforeAGridIsAllocatedForIt() {
    assertThatThrownBy(() -> TableBlock.builder().origin(AT)
        .addCells(Cell.of(0, 0, "a"), Cell.of(1_000_000, 10, "far"))
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A table of 1000001 rows and 11 columns is larger than 4194304 positions;"
            + " at t.pdf p.3 line 4");
  }

  @Test
  void aCellSpansAtLeastOneRowAndColumn() {
    assertThatThrownBy(() -> Cell.builder().row(0).column(0).rowSpan(0).text("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("A cell spans at least one row and one column: 0 x 1");
  }
}
