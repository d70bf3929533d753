package io.budgetkit.importer.office;

import static io.budgetkit.importer.office.OfficeTestFiles.cells;
import static io.budgetkit.importer.office.OfficeTestFiles.utf8;
import static io.budgetkit.importer.office.OfficeTestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Block;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {

  private final DocxReader reader = new DocxReader();

  private static void title(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    XWPFRun r = p.createRun();
    r.setBold(true);
    r.setText(text);
  }

  private static void paragraph(XWPFDocument doc, String text) {
    doc.createParagraph().createRun().setText(text);
  }

  /** A table of rows of texts; {@code null} leaves a cell empty. */
  private static XWPFTable table(XWPFDocument doc, String[][] rows) {
    XWPFTable t = doc.createTable(rows.length, rows[0].length);
    for (int r = 0; r < rows.length; r++) {
      for (int c = 0; c < rows[r].length; c++) {
        if (rows[r][c] != null) {
          t.getRow(r).getCell(c).setText(rows[r][c]);
        }
      }
    }
    return t;
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  /** Merges cells of a row across: the first gets the span, the others are removed. */
  private static void spanColumns(XWPFTable t, int row, int from, int count) {
    pr(t.getRow(row).getCell(from)).addNewGridSpan().setVal(BigInteger.valueOf(count));
    for (int i = 1; i < count; i++) {
      t.getRow(row).removeCell(from + 1);
    }
  }

  private static void mergeDown(XWPFTable t, int column, int fromRow, int toRow) {
    pr(t.getRow(fromRow).getCell(column)).addNewVMerge().setVal(STMerge.RESTART);
    for (int r = fromRow + 1; r <= toRow; r++) {
      pr(t.getRow(r).getCell(column)).addNewVMerge().setVal(STMerge.CONTINUE);
    }
  }

  private static byte[] bytes(XWPFDocument doc) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.write(out);
    doc.close();
    return out.toByteArray();
  }

  private PublishedDocument read(String name, byte[] bytes) {
    return reader.read(SourceFile.of(name, bytes), ReadLimits.defaults());
  }

  /**
   * A 收入总表 as disclosures type it in Word: a centred bold title, a unit line, a header whose
   * 项目 cell spans two rows and whose 本年收入 spans three columns, then the body.
   */
  private static byte[] incomeTable() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    title(doc, "2025年部门收入预算总表");
    paragraph(doc, "单位：万元");
    XWPFTable t = table(doc, new String[][] {
        {"项目", "本年收入", null, null},
        {null, "合计", "一般公共预算", "政府性基金预算"},
        {"教育支出", "2,143.14", "2,000.00", "143.14"}});
    spanColumns(t, 0, 1, 3);
    mergeDown(t, 0, 0, 1);
    return bytes(doc);
  }

  @Test
  void aDisclosureTableWithMergedHeaderCellsHasTheirSpans() throws Exception {
    PublishedDocument d = read("收入总表.docx", incomeTable());
    assertThat(d.formats()).containsExactly("docx");
    List<Block> blocks = d.blocks();
    assertThat(blocks.get(0)).isEqualTo(TextBlock.heading("2025年部门收入预算总表",
        Origin.ofLine("收入总表.docx", 1)));
    assertThat(blocks.get(1)).isEqualTo(TextBlock.paragraph("单位：万元",
        Origin.ofLine("收入总表.docx", 2)));
    TableBlock t = (TableBlock) blocks.get(2);
    assertThat(cells(t)).containsExactly("(0,0 2x1) 项目", "(0,1 1x3) 本年收入",
        "(1,1) 合计", "(1,2) 一般公共预算", "(1,3) 政府性基金预算",
        "(2,0) 教育支出", "(2,1) 2,143.14", "(2,2) 2,000.00", "(2,3) 143.14");
    // lines: title 1, unit 2, the table's rows 3 to 5
    assertThat(t.origin()).isEqualTo(Origin.ofLine("收入总表.docx", 3));
    assertThat(t.cells().get(5).origin()).contains(Origin.ofLine("收入总表.docx", 5));
  }

  @Test
  void aTableSplitOverTwoPagesIsReadAsTwoTablesWithTheSameHeader() throws Exception {
    // Word users continue a long table on the next page by hand: a page break, then the header
    // again. Joining them is recognition's work (the same for PDF); the reader keeps both.
    XWPFDocument doc = new XWPFDocument();
    title(doc, "2025年部门支出预算总表");
    table(doc, new String[][] {{"科目名称", "合计"}, {"一般公共服务支出", "138.69"}});
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    table(doc, new String[][] {{"科目名称", "合计"}, {"教育支出", "1,962.10"}});
    PublishedDocument d = read("支出.docx", bytes(doc));
    assertThat(d.tables()).hasSize(2);
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("科目名称", "合计"),
        List.of("一般公共服务支出", "138.69"));
    assertThat(d.tables().get(1).rows()).containsExactly(List.of("科目名称", "合计"),
        List.of("教育支出", "1,962.10"));
    // title 1, rows 2 and 3, the page break paragraph 4 (empty, no block), rows 5 and 6
    assertThat(d.tables().get(1).origin()).isEqualTo(Origin.ofLine("支出.docx", 5));
    assertThat(d.blocks()).hasSize(3);
  }

  @Test
  void aThreePublicExpensesTableLaidOutVerticallyIsLabelValueRows() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    title(doc, "2025年“三公”经费预算表");
    XWPFTable t = table(doc, new String[][] {
        {"项目", "预算数"},
        {"合计", "12.50"},
        {"因公出国（境）费", "0.00"},
        {"公务用车购置及运行费", "10.50"},
        {"其中：公务用车购置费", "0.00"},
        {"公务用车运行费", "10.50"},
        {"公务接待费", "2.00"}});
    assertThat(t.getNumberOfRows()).isEqualTo(7);
    TableBlock read = read("三公.docx", bytes(doc)).tables().get(0);
    assertThat(read.rowCount()).isEqualTo(7);
    assertThat(read.columnCount()).isEqualTo(2);
    assertThat(read.text(4, 0)).isEqualTo("其中：公务用车购置费");
    assertThat(read.text(6, 1)).isEqualTo("2.00");
  }

  @Test
  void aNestedTableBecomesATableOfItsOwnAfterItsFrame() throws Exception {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable frame = doc.createTable(1, 1);
    CTTc cell = frame.getRow(0).getCell(0).getCTTc();
    // written at the XML level: POI's cell API does not build nested tables
    CTTbl inner = cell.addNewTbl();
    for (String[] texts : new String[][] {{"项目", "金额"}, {"合计", "5.00"}}) {
      CTRow row = inner.addNewTr();
      for (String text : texts) {
        row.addNewTc().addNewP().addNewR().addNewT().setStringValue(text);
      }
    }
    cell.addNewP();
    PublishedDocument d = read("嵌套.docx", bytes(doc));
    // the frame holds no text of its own and is dropped; the inner table has the frame row's line
    assertThat(d.tables()).singleElement().satisfies(t -> {
      assertThat(t.rows()).containsExactly(List.of("项目", "金额"), List.of("合计", "5.00"));
      assertThat(t.origin()).isEqualTo(Origin.ofLine("嵌套.docx", 1));
    });
  }

  @Test
  void aZipWithoutTheDocumentPartIsNoWordDocument() {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://"
        + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/></Types>"));
    parts.put("word/other.xml", utf8("<x/>"));
    SourceFile file = SourceFile.of("空壳.docx", zip(parts));
    assertThat(reader.recognizes(file)).isEqualTo(DocumentReader.Match.EXTENSION);
    assertThatThrownBy(() -> reader.read(file, ReadLimits.defaults()))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.key()).isEqualTo("office.corrupt");
          assertThat(e.getMessage()).isEqualTo("空壳.docx: is a zip archive without"
              + " word/document.xml: not a Word document");
        });
  }

  @Test
  void aTruncatedDocxIsCorrupt() throws Exception {
    byte[] whole = incomeTable();
    SourceFile half = SourceFile.of("半个.docx", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> PublishedDocuments.standard().read(half))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.key()).isEqualTo("office.corrupt");
          assertThat(e.getMessage()).isEqualTo("半个.docx: is corrupt or truncated: it cannot be"
              + " read as a Word document (.docx)");
        });
  }

  @Test
  void aZipBombDocxIsRefused() {
    byte[] body = new byte[64 << 20];
    Arrays.fill(body, (byte) ' ');
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\"?><Types xmlns=\"http://"
        + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\""
        + " ContentType=\"application/xml\"/></Types>"));
    parts.put("word/document.xml", body);
    SourceFile bomb = SourceFile.of("炸弹.docx", zip(parts));
    assertThat(reader.recognizes(bomb)).isEqualTo(DocumentReader.Match.CONTENT);
    assertThatThrownBy(() -> reader.read(bomb, ReadLimits.defaults()))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.key()).isEqualTo("office.zip-bomb");
          assertThat(e.getMessage()).isEqualTo("炸弹.docx: a part of the archive expands more"
              + " than 100 times its compressed size (a zip bomb): refused without inflating it");
        });
  }
}
