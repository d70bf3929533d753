package io.budgetkit.importer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.budgetkit.core.problem.Problem;
import io.budgetkit.core.problem.Severity;
import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.html.HtmlReader;
import io.budgetkit.importer.pdf.PdfReader;
import io.budgetkit.importer.spi.SourceFile;
import io.budgetkit.testkit.ProblemsDocumentation;
import io.budgetkit.testkit.ProblemsDocumentation.Row;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A reader's note and an unreadable file are Problems located at the page or cell they come
 * from, and docs/PROBLEMS.md lists their keys with both templates.
 */
class ReadNoteAsProblemTest {

  @Test
  void aNoteOfAPageIsAWarningLocatedAtThePage() {
    Problem p = ReadNote.of("pdf.page-without-text", "page 3 has no text layer (a scanned or"
        + " image-only page?); what it shows is not read", Origin.ofPage("表格.pdf", 3, 1));

    assertThat(p.key()).isEqualTo("pdf.page-without-text");
    assertThat(p.severity()).isEqualTo(Severity.WARNING);
    assertThat(p.location().source()).contains(SourceRef.ofPage("表格.pdf", 3, 1));
    assertThat(p.location().describe(Locale.CHINESE)).isEqualTo("表格.pdf 第3页第1行");
    assertThat(p.message(Locale.ENGLISH)).startsWith("page 3 has no text layer");
    assertThat(p.message(Locale.CHINESE)).isEqualTo("第3页没有文字层（扫描页或纯图片页？），其内容未读入");
  }

  @Test
  void aNoteOfAWorkbookCellIsLocatedAtTheSheetAndCell() {
    Origin cell = Origin.ofCell("模板.xlsx", "1 收支总表", "B7");
    Problem p = ReadNote.of("office.formula-without-value", "the formula of this cell has no"
        + " saved value", cell);

    assertThat(cell.toSourceRef()).isEqualTo(SourceRef.ofCell("模板.xlsx", "1 收支总表", "B7"));
    // The core reference says the place in English as the origin always has.
    assertThat(cell.toSourceRef().describe(Locale.ENGLISH)).isEqualTo(cell.toString());
    assertThat(Origin.ofPage("a.pdf", 2, 9).toSourceRef().describe(Locale.ENGLISH))
        .isEqualTo(Origin.ofPage("a.pdf", 2, 9).toString());
    assertThat(p.location().describe(Locale.CHINESE)).isEqualTo("模板.xlsx '1 收支总表'!B7");
    assertThat(p.message(Locale.CHINESE)).isEqualTo("单元格 B7 的公式没有保存的计算结果，该单元格读作空");
    assertThat(p.describe(Locale.ENGLISH)).isEqualTo("WARNING office.formula-without-value"
        + " 模板.xlsx '1 收支总表'!B7: the formula of this cell has no saved value");
  }

  @Test
  void aHiddenSheetLeftOutIsOnlyANote() {
    ReadNote n = ReadNote.of("office.hidden-sheet", "sheet '附表' is hidden and was left out",
        Origin.builder().file("模板.xlsx").sheet("附表").build());

    assertThat(n.severity()).isEqualTo(Severity.INFO);
    assertThat(n.message(Locale.CHINESE)).isEqualTo("工作表“附表”为隐藏工作表，未读入");
  }

  @Test
  void theHtmlReadersCharsetNoteNamesBothCharsetsInChinese() {
    String html = "<html><head><meta charset=\"gb2312\"></head><body><p>部门预算</p></body></html>";
    PublishedDocument d = new HtmlReader().read(SourceFile.of("converted.html",
        html.getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults());

    ReadNote n = d.notes().get(0);
    assertThat(n.arguments()).containsEntry("declared", "GB18030").containsEntry("read", "UTF-8");
    assertThat(n.message(Locale.CHINESE))
        .isEqualTo("网页声明的字符集为 GB18030，但其字节不是 GB18030，已按 UTF-8 读取");
  }

  @Test
  void aKeyNoTemplateListsIsSaidWithTheReadersEnglish() {
    ReadNote n = ReadNote.of("docx.new", "something new", Origin.of("a.docx"));

    assertThat(n.message(Locale.CHINESE)).isEqualTo("读取提示 docx.new（a.docx）：something new");
  }

  @Test
  void aFileThatCannotBeReadIsAnErrorLocatedAtTheFile() {
    byte[] noise = "GIF89a not a pdf at all".getBytes(StandardCharsets.US_ASCII);
    ImportException e = catchThrowableOfType(ImportException.class, () -> new PdfReader()
        .read(SourceFile.of("noise.pdf", noise), ReadLimits.defaults()));

    Problem p = e.toProblem();

    assertThat(p.key()).isEqualTo("pdf.corrupt");
    assertThat(p.severity()).isEqualTo(Severity.ERROR);
    assertThat(p.location().describe(Locale.CHINESE)).isEqualTo("noise.pdf");
    assertThat("noise.pdf: " + p.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(p.message(Locale.CHINESE)).isEqualTo("PDF 文件已损坏或不完整："
        + p.message(Locale.ENGLISH));
    Problem locked = new ImportException("locked.pdf", "pdf.encrypted", "is encrypted", null)
        .toProblem();
    assertThat(locked.message(Locale.CHINESE)).isEqualTo("PDF 文件已加密，需要密码才能打开");
    Problem own = new ImportException("a.odt", "odt.broken", "is broken", null).toProblem();
    assertThat(own.key()).isEqualTo("odt.broken");
    assertThat(own.message(Locale.CHINESE)).isEqualTo("文件无法读取（odt.broken）：is broken");
  }

  @Test
  void everyNoteKeyOfTheDocumentHasBothTemplatesAndItsSeverity() {
    check("Reader notes", "io/budgetkit/importer/document/notes");
    for (Row r : ProblemsDocumentation.rows("Reader notes")) {
      assertThat(r.severity()).as(r.key()).isEqualTo(ReadNote.severityOf(r.key()).name());
    }
  }

  @Test
  void everyImportErrorKeyOfTheDocumentHasBothTemplates() {
    check("Files that cannot be read (`ImportException`)", "io/budgetkit/importer/problems");
    assertThat(ProblemsDocumentation.rows("Files that cannot be read (`ImportException`)"))
        .allMatch(r -> r.severity().equals("ERROR"));
  }

  private static void check(String heading, String bundle) {
    Map<String, String> en = ProblemsDocumentation.bundle(bundle);
    Map<String, String> zh = ProblemsDocumentation.bundle(bundle + "_zh");
    List<Row> rows = ProblemsDocumentation.rows(heading);

    assertThat(rows).isNotEmpty();
    for (Row r : rows) {
      assertThat(en.get(r.key())).as(r.key() + " en").isNotBlank().isEqualTo(r.english());
      assertThat(zh.get(r.key())).as(r.key() + " zh").isNotBlank().isEqualTo(r.chinese());
    }
    TreeSet<String> listed = rows.stream().map(Row::key)
        .collect(Collectors.toCollection(TreeSet::new));
    listed.add("unknown");
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(listed);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(listed);
  }
}
