package io.budgetkit.importer.office;

import static io.budgetkit.importer.office.OfficeTestFiles.cells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.SourceFile;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;

class XlsReaderTest {

  /** A 收入总表 as an XLS: a title row, a merged two-row header, amounts in 元 and a total. */
  private static byte[] incomeTable() throws Exception {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      HSSFSheet sheet = wb.createSheet("收入总表");
      HSSFCellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      sheet.createRow(0).createCell(0).setCellValue("2025年部门收入预算总表");
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
      HSSFRow h1 = sheet.createRow(2);
      h1.createCell(0).setCellValue("项目");
      h1.createCell(1).setCellValue("本年收入");
      HSSFRow h2 = sheet.createRow(3);
      h2.createCell(1).setCellValue("合计");
      h2.createCell(2).setCellValue("财政拨款收入");
      sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
      HSSFRow body = sheet.createRow(4);
      body.createCell(0).setCellValue("教育支出");
      HSSFCell total = body.createCell(1);
      total.setCellFormula("C5");
      total.setCellStyle(money);
      HSSFCell amount = body.createCell(2);
      amount.setCellValue(31214205.8);
      amount.setCellStyle(money);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      wb.createSheet("底稿").createRow(0).createCell(0).setCellValue("测算");
      wb.setSheetHidden(1, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  @Test
  void anXlsWorkbookReadsAsTitleHeadingAndTableWithSpansAndShownNumbers() throws Exception {
    SourceFile file = SourceFile.of("收入.xls", incomeTable());
    assertThat(PublishedDocuments.standard().readerFor(file)).isInstanceOf(XlsReader.class);
    PublishedDocument d = new XlsReader().read(file, ReadLimits.defaults());
    assertThat(d.formats()).containsExactly("xls");
    assertThat(d.blocks().get(0)).isEqualTo(TextBlock.heading("2025年部门收入预算总表",
        Origin.ofCell("收入.xls", "收入总表", "A1")));
    TableBlock t = d.tables().get(0);
    // the formula B5 = C5 shows its saved value in its cell's format
    assertThat(cells(t)).containsExactly("(0,0 2x1) 项目", "(0,1 1x2) 本年收入", "(1,1) 合计",
        "(1,2) 财政拨款收入", "(2,0) 教育支出", "(2,1) 31,214,205.80", "(2,2) 31,214,205.80");
    assertThat(t.origin()).isEqualTo(Origin.ofCell("收入.xls", "收入总表", "A3"));
    assertThat(d.notes()).singleElement().satisfies(n ->
        assertThat(n.message()).isEqualTo("sheet '底稿' is hidden and was left out"));
  }

  @Test
  void aTruncatedXlsIsCorrupt() throws Exception {
    byte[] whole = incomeTable();
    SourceFile half = SourceFile.of("半个.xls", Arrays.copyOf(whole, whole.length / 2));
    assertThatThrownBy(() -> new XlsReader().read(half, ReadLimits.defaults()))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.key()).isEqualTo("office.corrupt");
          assertThat(e.getMessage()).isEqualTo("半个.xls: is corrupt or truncated: it cannot be"
              + " read as an Excel 97-2003 workbook (.xls)");
        });
  }

  @Test
  void anXlsOverTheCellLimitIsRefused() throws Exception {
    SourceFile file = SourceFile.of("收入.xls", incomeTable());
    assertThatThrownBy(() -> new XlsReader().read(file, ReadLimits.defaults().withMaxCells(5)))
        .isInstanceOfSatisfying(ImportException.class, e ->
            assertThat(e.getMessage()).isEqualTo("收入.xls: holds more than 5 cells"
                + " (ReadLimits.maxCells); reading stopped there"));
  }
}
