package io.budgetkit.importer.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentExportTest {

  private static PublishedDocument document() {
    TableBlock table = TableBlock.builder().origin(Origin.ofPage("b.pdf", 2, 1))
        .addCells(Cell.builder().row(0).column(0).columnSpan(2).text("项目")
            .origin(Origin.ofPage("b.pdf", 2, 1)).build())
        .addCells(Cell.of(0, 2, "金额"))
        .addCells(Cell.of(1, 0, "201"), Cell.of(1, 1, "一般公共服务支出, 合计"),
            Cell.of(1, 2, "-1,234.50"))
        .addCells(Cell.of(2, 0, "=SUM(A1)"), Cell.of(2, 1, "-减少"), Cell.of(2, 2, "12.5%"))
        .build();
    return PublishedDocument.builder().addFiles("b.pdf").addFormats("pdf")
        .addBlocks(TextBlock.heading("一、收支总表", Origin.ofPage("b.pdf", 1, 1)))
        .addBlocks(TextBlock.paragraph("第一行\n第二行", Origin.ofPage("b.pdf", 1, 2)))
        .addBlocks(table)
        .addNotes(ReadNote.of("pdf.page-without-text", "page 3 has no text",
            Origin.builder().file("b.pdf").page(3).build()))
        .build();
  }

  private static String text(byte[] bytes) {
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void everyTableIsACsvGridAndTheTextListsTheBlocksInOrder() {
    Map<String, byte[]> files = DocumentExport.csvFiles(document());

    assertThat(files).containsOnlyKeys("table-01.csv", "document.txt");
    // the merged 项目 spans two columns: its text at the left, the next position empty; a comma
    // is quoted; a formula and a dash before words are guarded, a negative number is not
    assertThat(text(files.get("table-01.csv"))).isEqualTo(""
        + "项目,,金额\n"
        + "201,\"一般公共服务支出, 合计\",\"-1,234.50\"\n"
        + "'=SUM(A1),'-减少,12.5%\n");
    assertThat(text(files.get("document.txt"))).isEqualTo(""
        + "# 一、收支总表\n"
        + "第一行 第二行\n"
        + "[table-01.csv: 3 x 3, from b.pdf p.2 line 1]\n"
        + "\n"
        + "Notes:\n"
        + "- b.pdf p.3: page 3 has no text [pdf.page-without-text]\n");
  }

  @Test
  void theJsonHoldsEveryBlockWithItsOriginAndSpans() {
    String json = DocumentExport.json(document());

    assertThat(json).startsWith("{\n  \"format\" : \"budgetkit-extract/1\",\n");
    assertThat(json).contains("\"type\" : \"heading\"", "\"text\" : \"第一行\\n第二行\"",
        "\"type\" : \"table\"", "\"rows\" : 3", "\"columns\" : 3", "\"columnSpan\" : 2",
        "\"origin\" : {\n        \"file\" : \"b.pdf\",\n        \"page\" : 2,",
        "\"key\" : \"pdf.page-without-text\"");
    // a cell of one row and one column says no span
    assertThat(json).doesNotContain("\"rowSpan\"", "\"columnSpan\" : 1");
    assertThat(json).endsWith("}\n");
    assertThat(DocumentExport.json(document())).isEqualTo(json);
  }

  @Test
  void numbersAreNeverGuardedAndFormulasAlways() {
    assertThat(DocumentExport.guard("-0.30")).isEqualTo("-0.30");
    assertThat(DocumentExport.guard("-31,214,205.80")).isEqualTo("-31,214,205.80");
    assertThat(DocumentExport.guard("-5%")).isEqualTo("-5%");
    assertThat(DocumentExport.guard("+1")).isEqualTo("'+1");
    assertThat(DocumentExport.guard("@cmd")).isEqualTo("'@cmd");
    assertThat(DocumentExport.guard("-1+1")).isEqualTo("'-1+1");
    assertThat(DocumentExport.guard("")).isEmpty();
  }
}
