package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.TableBlock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a ruled table is joined with its continuation on the next page. */
class GridTest {

  private static final float[] SIX = {50, 130, 190, 300, 360, 470};

  @Test
  void rowCutByThePageBreakIsJoinedWhenItsCellWasFullAndTheRestHasNoAmount() {
    Grid p7 = grid(7, SIX);
    add(p7, 0, 2, "七、文化体育与传媒支出", false);
    add(p7, 1, 2, "八、社会保障和就", true);
    add(p7, 1, 3, "1,608.51", true);
    Grid p8 = grid(8, SIX);
    add(p8, 0, 2, "业支出", false);
    add(p8, 1, 2, "九、医疗卫生与计划生育支出", false);

    assertThat(p7.continuedBy(p8)).isTrue();
    p7.append(p8);

    TableBlock t = p7.toBlock("f.pdf");
    assertThat(t.rows()).containsExactly(
        List.of("七、文化体育与传媒支出", ""),
        List.of("八、社会保障和就业支出", "1,608.51"),
        List.of("九、医疗卫生与计划生育支出", ""));
    assertThat(t.cells()).extracting(c -> c.origin().orElseThrow().page().getAsInt()).containsExactly(7, 7, 7, 8);
  }

  @Test
  void rowAfterACompleteLastLineIsARowOfItsOwn() {
    // "专户管理教育收费" is centred with more room on its right: the text ended there
    Grid p9 = grid(9, SIX);
    add(p9, 0, 2, "专户管理教育收费", false);
    Grid p10 = grid(10, SIX);
    add(p10, 0, 2, "其他非税收入", false);

    p9.append(p10);

    assertThat(p9.toBlock("f.pdf").rows()).containsExactly(
        List.of("专户管理教育收费"), List.of("其他非税收入"));
  }

  @Test
  void rowWithAnAmountOrACodeIsNeverTheRestOfTheCutRow() {
    Grid p13 = grid(13, SIX);
    add(p13, 0, 0, "30211", true);
    add(p13, 0, 2, "差旅费用", true);
    Grid p14 = grid(14, SIX);
    add(p14, 0, 0, "30213", false);
    add(p14, 0, 2, "维修费", false);

    p13.append(p14);

    assertThat(p13.toBlock("f.pdf").cells()).extracting(Cell::text)
        .containsExactly("30211", "差旅费用", "30213", "维修费");
  }

  @Test
  void continuationOfTotalRowsWithMergedCellsLinesUpWithTheTablesColumns() {
    // the last page of a 收支预算总表 holds only the total rows: the function and purpose
    // columns merged, so it draws four column edges of the table's six
    Grid p8 = grid(8, SIX);
    add(p8, 0, 0, "当年收入", true);
    add(p8, 0, 1, "13,649.07", false);
    add(p8, 0, 2, "当年支出小计", false);
    add(p8, 0, 5, "13,649.07", false);
    Grid p9 = grid(9, new float[] {50, 130, 190, 470});
    add(p9, 0, 0, "小计", false);
    p9.entries.add(new Grid.Entry(1, 0, 1, 1, "收入合计", 9, 2));
    p9.entries.add(new Grid.Entry(1, 2, 1, 1, "支出合计", 9, 2));
    p9.entries.add(new Grid.Entry(1, 3, 1, 1, "13,649.07", 9, 2));

    assertThat(p8.continuedBy(p9)).isTrue();
    p8.append(p9);

    // 支出合计 spans the three columns of the table between its edges
    assertThat(p8.entries).filteredOn(e -> e.text.equals("支出合计"))
        .extracting(e -> e.column + "+" + e.columnSpan).containsExactly("2+3");
    TableBlock t = p8.toBlock("f.pdf");
    assertThat(t.rows()).containsExactly(
        List.of("当年收入小计", "13,649.07", "当年支出小计", "13,649.07"),
        List.of("收入合计", "", "支出合计", "13,649.07"));
  }

  @Test
  void tableWhoseEdgesDoNotLineUpIsAnotherTable() {
    Grid p8 = grid(8, SIX);
    add(p8, 0, 0, "合计", false);
    add(p8, 0, 1, "1.00", false);
    Grid other = grid(9, new float[] {60, 200, 400});
    add(other, 0, 0, "科目编码", false);
    add(other, 0, 1, "科目名称", false);

    assertThat(p8.continuedBy(other)).isFalse();
  }

  private static Grid grid(int page, float[] lefts) {
    Grid g = new Grid(true, page, 100, 750, lefts.clone());
    g.right = 560;
    return g;
  }

  private static void add(Grid g, int row, int column, String text, boolean wrapped) {
    Grid.Entry e = new Grid.Entry(row, column, 1, 1, text, g.page, row + 1);
    e.wrapped = wrapped;
    g.entries.add(e);
  }
}
