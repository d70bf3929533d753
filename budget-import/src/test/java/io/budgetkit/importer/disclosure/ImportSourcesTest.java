package io.budgetkit.importer.disclosure;

import static io.budgetkit.importer.disclosure.DisclosuresFormatTest.FIXTURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.core.problem.SourceRef;
import io.budgetkit.core.profile.TableKind;
import io.budgetkit.importer.disclosure.DisclosuresFormatTest.Printed;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TextBlock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import diagnostics and imported cells name where they were printed: the sheet and cell of a
 * workbook, the line of a DOCX, the file when the document has several. The documents are the
 * ETDZ fixture's tables written by {@link DisclosuresFormatTest}'s layout (and, for the workbook,
 * the same layout a sheet per table), so every place below is worked out from that layout:
 *
 * <ul>
 *   <li>Workbook, a sheet {@code 表k} per table: A1 the title, A2 the department line, rows 3-4
 *       the header (序号 down both), row 5 the 栏次 row, the body from row 6 in 序号 order; the
 *       序号 in column A, 栏次 c in the c-th column after it (栏次 3 in D). The 收入总表 is the
 *       second table, so sheet 表2, and its 序号 4 (2040201 行政运行) is on row 6 + 3 = 9: its
 *       合计 (栏次 3) is {@code '表2'!D9}.
 *   <li>DOCX, lines counted by body element: the first table's title is line 1, its department
 *       line 2, its header rows 3 and 4, its 栏次 row 5, its 序号 1 line 6, so its 序号 4 (the
 *       收支总表's 公共安全支出 row) line 9.
 * </ul>
 */
class ImportSourcesTest {

  /** 收入总表 序号 4 栏次 3 (合计) of the fixture: 5639.75. */
  private static final int INCOME_SEQ = 4;
  private static final int INCOME_TOTAL = 3;
  /** 收支总表 序号 4 栏次 4 (the 支出 amount of 四、公共安全支出): 10103.75. */
  private static final int SUMMARY_SEQ = 4;
  private static final int SUMMARY_COLUMN = 4;

  /** The fixture's tables, one cell's text replaced. */
  private static List<Printed> printedWith(String titleEnd, int seq, int column, String text) {
    List<Printed> tables = DisclosuresFormatTest.printed();
    Printed p = tables.stream().filter(t -> t.title.endsWith(titleEnd)).findFirst().orElseThrow();
    List<String> row = p.body.get(seq - 1);
    assertThat(row.get(0)).as("the body starts at 序号 1 and runs on without a gap")
        .isEqualTo(Integer.toString(seq));
    row.set(column, text);
    return tables;
  }

  /** A workbook of the tables, a sheet {@code 表k} per table, in the layout above. */
  static byte[] xlsx(List<Printed> tables) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      for (int k = 0; k < tables.size(); k++) {
        Printed p = tables.get(k);
        XSSFSheet sheet = book.createSheet("表" + (k + 1));
        sheet.createRow(0).createCell(0).setCellValue(p.title);
        sheet.createRow(1).createCell(0).setCellValue(DisclosuresFormatTest.meta());
        XSSFRow groups = sheet.createRow(2);
        groups.createCell(0).setCellValue("序号");
        for (Object[] g : p.groups) {
          int from = (Integer) g[0];
          int count = (Integer) g[1];
          groups.createCell(from).setCellValue((String) g[2]);
          if (count > 1) {
            sheet.addMergedRegion(new CellRangeAddress(2, 2, from, from + count - 1));
          }
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
        XSSFRow names = sheet.createRow(3);
        for (int c = 1; c <= p.columns; c++) {
          names.createCell(c).setCellValue(p.names.get(c - 1));
        }
        XSSFRow numbers = sheet.createRow(4);
        numbers.createCell(0).setCellValue("栏次");
        for (int c = 1; c <= p.columns; c++) {
          numbers.createCell(c).setCellValue(Integer.toString(c));
        }
        for (int i = 0; i < p.body.size(); i++) {
          XSSFRow row = sheet.createRow(5 + i);
          List<String> cells = p.body.get(i);
          for (int c = 0; c < cells.size(); c++) {
            if (!cells.get(c).isEmpty()) {
              row.createCell(c).setCellValue(cells.get(c));
            }
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }

  private static ImportDiagnostic only(ImportResult r, String code) {
    List<ImportDiagnostic> found = r.diagnostics().stream().filter(d -> d.code().equals(code))
        .toList();
    assertThat(found).as(code).hasSize(1);
    return found.get(0);
  }

  @Test
  void aWorkbooksDiagnosticAndCellsNameTheSheetAndCell(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("部门预算.xlsx");
    Files.write(file, xlsx(printedWith("收入总表", INCOME_SEQ, INCOME_TOTAL, "5639.7x")));

    ImportResult r = Disclosures.read(List.of(file));

    ImportDiagnostic d = only(r, "cell.amount");
    SourceRef d9 = SourceRef.ofCell("部门预算.xlsx", "表2", "D9");
    assertThat(d.source()).contains(d9);
    assertThat(d.line()).isZero(); // a workbook has no lines
    assertThat(d.location().describe(Locale.CHINESE)).isEqualTo("部门预算.xlsx '表2'!D9");
    assertThat(d.describe(Locale.ENGLISH)).startsWith("ERROR import.cell.amount 部门预算.xlsx"
        + " '表2'!D9: ");
    // the Chinese message says the place, not "第0行"
    assertThat(d.message(Locale.CHINESE)).doesNotContain("第0行");

    SourceMap places = r.sources();
    assertThat(places.cell(TableKind.INCOME, INCOME_SEQ, INCOME_TOTAL)).contains(d9);
    assertThat(places.cell(TableKind.INCOME, INCOME_SEQ, 5))
        .contains(SourceRef.ofCell("部门预算.xlsx", "表2", "F9"));
    assertThat(places.row(TableKind.INCOME, INCOME_SEQ))
        .contains(SourceRef.ofCell("部门预算.xlsx", "表2", "A9"));
    assertThat(places.table(TableKind.INCOME))
        .contains(SourceRef.ofCell("部门预算.xlsx", "表2", "A1"));
    // 收支总表 序号 1 栏次 2 (11262.73) is on sheet 表1, row 6, column C
    assertThat(places.cell(TableKind.SUMMARY, 1, 2))
        .contains(SourceRef.ofCell("部门预算.xlsx", "表1", "C6"));
    assertThat(places.cell(TableKind.INCOME, 999, 3)).isEmpty();
    assertThat(places.cell(TableKind.INCOME, INCOME_SEQ, 0)).isEmpty();
  }

  @Test
  void aDocxOfOneFileNamesTheLineAlone(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("部门预算.docx");
    Files.write(file, DisclosuresFormatTest.docx(
        printedWith("收支总表", SUMMARY_SEQ, SUMMARY_COLUMN, "10103.7x"), List.of()));

    ImportResult r = Disclosures.read(List.of(file));

    ImportDiagnostic d = only(r, "cell.amount");
    assertThat(d.source()).contains(SourceRef.ofLine(9));
    assertThat(d.line()).isEqualTo(9);
    assertThat(d.location().describe(Locale.CHINESE)).isEqualTo("第9行");
    assertThat(r.sources().cell(TableKind.SUMMARY, SUMMARY_SEQ, SUMMARY_COLUMN))
        .contains(SourceRef.ofLine(9));
  }

  @Test
  void aReadersNoteComesBeforeTheBlockItIsAtFileAfterFile() {
    // two PDFs of one paragraph each: 前言 on a.pdf p.3 line 1, 附录 on b.pdf p.1 line 1; the
    // notes are given in the wrong order, and both are at line 1
    PublishedDocument d = PublishedDocument.builder().addFiles("a.pdf", "b.pdf")
        .addFormats("pdf", "pdf")
        .addBlocks(TextBlock.paragraph("前言", Origin.ofPage("a.pdf", 3, 1)),
            TextBlock.paragraph("附录", Origin.ofPage("b.pdf", 1, 1)))
        .addNotes(ReadNote.of("pdf.page-without-text", "b's note", Origin.ofPage("b.pdf", 1, 1)),
            ReadNote.of("pdf.page-without-text", "a's note", Origin.ofPage("a.pdf", 3, 1)))
        .build();

    ImportResult r = DisclosureRecognizer.standard().recognize(d);

    // the whole document's problems first (no table, no department), then in document order:
    // a's note at 前言 (item 1), the unread region from 前言 on, b's note at 附录 (item 2)
    List<String> placed = r.diagnostics().stream().filter(x -> x.source().isPresent())
        .map(x -> x.code() + " " + x.source().get()).toList();
    assertThat(placed).containsExactly("pdf.page-without-text a.pdf p.3 line 1",
        "region.unread a.pdf p.3 line 1", "pdf.page-without-text b.pdf p.1 line 1");
    assertThat(r.diagnostics().subList(0, r.diagnostics().size() - 3))
        .allMatch(x -> x.source().isEmpty());
  }

  @Test
  void aDocumentOfTwoFilesNamesTheFileAndKeepsTheFilesOrder(@TempDir Path tmp)
      throws IOException {
    // line 11 of the first part is text no reader places: a region.unread at 说明.txt line 11
    Path text = tmp.resolve("说明.txt");
    Files.writeString(text, "\n".repeat(10) + "本册为封面，不是表格\n", StandardCharsets.UTF_8);
    Path tables = tmp.resolve("表格.docx");
    Files.write(tables, DisclosuresFormatTest.docx(
        printedWith("收支总表", SUMMARY_SEQ, SUMMARY_COLUMN, "10103.7x"), List.of()));

    ImportResult r = Disclosures.read(List.of(text, tables));

    ImportDiagnostic unread = only(r, "region.unread");
    ImportDiagnostic amount = only(r, "cell.amount");
    assertThat(unread.source()).contains(SourceRef.builder().file("说明.txt").line(11).build());
    assertThat(amount.source()).contains(SourceRef.builder().file("表格.docx").line(9).build());
    assertThat(amount.location().describe(Locale.CHINESE)).isEqualTo("表格.docx 第9行");
    assertThat(amount.describe(Locale.CHINESE))
        .startsWith("ERROR import.cell.amount 表格.docx 第9行: 表格.docx 第9行：");
    // by line, 9 would come before 11; in document order the first file comes first
    assertThat(r.diagnostics().indexOf(unread)).isLessThan(r.diagnostics().indexOf(amount));
    assertThat(r.sources().cell(TableKind.SUMMARY, SUMMARY_SEQ, SUMMARY_COLUMN))
        .contains(SourceRef.builder().file("表格.docx").line(9).build());
  }
}
