package io.budgetkit.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void anOriginSaysWhereAPersonLooks() {
    assertThat(Origin.ofPage("表格.pdf", 3, 12)).hasToString("表格.pdf p.3 line 12");
    assertThat(Origin.ofLine("page.html", 40)).hasToString("page.html line 40");
    assertThat(Origin.ofCell("模板.xlsx", "1 收支总表", "B7")).hasToString("模板.xlsx '1 收支总表'!B7");
    assertThat(Origin.ofCell("x.xlsx", "it's", "A1")).hasToString("x.xlsx 'it''s'!A1");
    assertThat(Origin.of("a.docx")).hasToString("a.docx");
  }

  @Test
  void pagesAndLinesAreCountedFromOne() {
    assertThatThrownBy(() -> Origin.ofPage("a.pdf", 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Pages are counted from 1: 0");
    assertThatThrownBy(() -> Origin.ofLine("a.txt", 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Lines are counted from 1: 0");
  }
}
