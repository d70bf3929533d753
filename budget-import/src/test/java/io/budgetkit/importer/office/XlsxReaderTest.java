package io.budgetkit.importer.office;

import static io.budgetkit.importer.office.OfficeTestFiles.cells;
import static io.budgetkit.importer.office.OfficeTestFiles.resource;
import static io.budgetkit.importer.office.OfficeTestFiles.utf8;
import static io.budgetkit.importer.office.OfficeTestFiles.xlsxParts;
import static io.budgetkit.importer.office.OfficeTestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

  private static final String DEPARTMENT = "putuo-department-budget-template-2026.xlsx";
  private static final String UNIT = "putuo-unit-budget-template-2026.xlsx";

  private final XlsxReader reader = new XlsxReader();

  private static SourceFile fixture(String name) {
    return SourceFile.of(name, resource("io/budgetkit/fixtures/published/shanghai/" + name));
  }

  private PublishedDocument read(SourceFile file) {
    return reader.read(file, ReadLimits.defaults());
  }

  private static TableBlock tableOf(PublishedDocument d, String sheet) {
    return d.tables().stream().filter(t -> t.origin().sheet().orElse("").equals(sheet))
        .findFirst().orElseThrow();
  }

  /** Each table as "sheet: cells" in reading order. */
  private static List<String> tableCounts(PublishedDocument d) {
    return d.tables().stream().map(t -> t.origin().sheet().orElseThrow() + ": "
        + t.cells().size()).collect(Collectors.toList());
  }

  @Test
  void aPartCompressedWithAMethodOfficeNeverUsesIsACorruptFileNotAMissingClass() {
    // Found by WorkbookFuzzTest (seed 1): a fuzzed small.xlsx whose entry says compression
    // method 93 (Zstandard). commons-compress reaches for zstd-jni, which is not on the class
    // path, and a NoClassDefFoundError escaped the reader.
    SourceFile file = SourceFile.of("z.xlsx", resource("office/zstd-compressed-part.xlsx"));
    ImportException e = catchThrowableOfType(ImportException.class,
        () -> new XlsxReader().read(file, ReadLimits.defaults()));
    assertThat(e.key()).isEqualTo("office.corrupt");
    assertThat(e).hasMessage("z.xlsx: is not an Excel workbook (.xlsx) as Office writes it: a"
        + " part is compressed with a method (Zstandard, XZ or Brotli) that Office never uses and"
        + " BudgetKit does not read");
  }

  @Test
  void everyTableOfTheDepartmentTemplateHasTheCellsCountedFromItsSheetXml() {
    // Counted without POI: python3 with zipfile + xml.etree over xl/worksheets/sheetN.xml and
    // xl/sharedStrings.xml (workbook.xml gives the sheet order). A cell counts when its shown
    // text is not blank and it is not hidden under a merged region other than at the region's
    // top-left corner; then leading rows whose only text is one cell in the first used column or
    // one merged region wider than a column are titles (here each table's 2026年… title in row
    // 2), and the remaining cells are the table. The nine sheets 封面 … 编制说明 and the two
    // 说明 sheets hold text only (no table). Checked by eye against the dump of each sheet: e.g.
    // 部门收支总表 has 21 texts (A2 title, A4, D4, A6, C6, A7:D7, eight labels in A8:A14 and
    // C8:C10, A21, C21), so 20 table cells.
    PublishedDocument d = read(fixture(DEPARTMENT));
    assertThat(tableCounts(d)).containsExactly(
        "部门收支总表: 20", "部门收入总表: 37", "部门支出总表: 35", "部门财政拨款收支总表: 19",
        "部门一般公共预算拨款表: 35", "部门政府性基金拨款表: 26", "部门国有资本经营预算拨款表 : 26",
        "部门一般公共预算拨款基本支出明细表: 25", "部门“三公”经费和机关运行费预算表: 11");
    assertThat(d.notes()).isEmpty();
    assertThat(d.formats()).containsExactly("xlsx");
  }

  @Test
  void everyTableOfTheUnitTemplateHasTheCellsCountedFromItsSheetXml() {
    // Counted as for the department template. The unit 收支总表 has a three-row header
    // (27 texts: the title and 26 table cells); the unit template has no 项目经费情况说明 sheet.
    PublishedDocument d = read(fixture(UNIT));
    assertThat(tableCounts(d)).containsExactly(
        "单位收支总表: 26", "单位收入总表: 26", "单位支出总表: 24", "单位财政拨款收支总表: 19",
        "单位一般公共预算拨款表: 24", "单位政府性基金拨款表: 26", "单位国有资本经营预算拨款表 : 26",
        "单位一般公共预算拨款基本支出明细表: 25", "单位“三公”经费和机关运行费预算表: 11");
  }

  @Test
  void eachTableSheetStartsWithItsTitleAsAHeadingBeforeTheTable() {
    // the title of every table sheet is row 2, merged across the table (A2:D2 … A2:I2)
    PublishedDocument d = read(fixture(DEPARTMENT));
    List<Block> blocks = d.blocks();
    int table = blocks.indexOf(tableOf(d, "部门收入总表"));
    assertThat(blocks.get(table - 1)).isInstanceOfSatisfying(TextBlock.class, t -> {
      assertThat(t.kind()).isEqualTo(TextBlock.Kind.HEADING);
      assertThat(t.text()).isEqualTo("2026年部门收入预算总表");
      assertThat(t.origin()).isEqualTo(Origin.ofCell(DEPARTMENT, "部门收入总表", "A2"));
    });
  }

  @Test
  void theDepartmentIncomeAndExpenditureSheetIsTheGridItsCellsShow() {
    // written from the sheet: rows 4 to 21 (A4 = row 0), columns A to D; A4:C4, A6:B6, C6:D6
    // are merged; rows 15 to 20 are empty in the template
    TableBlock t = tableOf(read(fixture(DEPARTMENT)), "部门收支总表");
    assertThat(t.rowCount()).isEqualTo(18);
    assertThat(t.columnCount()).isEqualTo(4);
    assertThat(cells(t)).containsExactly(
        "(0,0 1x3) 编制部门：", "(0,3) 单位：元",
        "(2,0 1x2) 本年收入", "(2,2 1x2) 本年支出",
        "(3,0) 项目", "(3,1) 预算数", "(3,2) 项目", "(3,3) 预算数",
        "(4,0) 一、财政拨款收入", "(4,2) 一、一般公共服务支出",
        "(5,0) 1. 一般公共预算", "(5,2) 二、…",
        "(6,0) 2. 政府性基金预算", "(6,2) 三、",
        "(7,0) 3. 国有资本经营预算",
        "(8,0) 二、事业收入", "(9,0) 三、事业单位经营收入", "(10,0) 四、其他收入",
        "(17,0) 收入总计", "(17,2) 支出总计");
    assertThat(t.origin()).isEqualTo(Origin.ofCell(DEPARTMENT, "部门收支总表", "A4"));
    assertThat(t.cells().get(19).origin()).contains(
        Origin.ofCell(DEPARTMENT, "部门收支总表", "C21"));
  }

  @Test
  void theUnitIncomeAndExpenditureSheetKeepsItsThreeRowHeaderSpans() {
    // from the sheet: A7:A9, B7:B9, C7:C9 span three rows, D7:G7 (预算数) four columns,
    // E8:F8 (基本支出) two, D8:D9 and G8:G9 two rows; 人员经费 / 公用经费 in E9 / F9
    TableBlock t = tableOf(read(fixture(UNIT)), "单位收支总表");
    assertThat(cells(t)).containsExactly(
        "(0,0 1x5) 编制单位：", "(0,6) 单位：元",
        "(2,0 1x2) 本年收入", "(2,2 1x5) 本年支出",
        "(3,0 3x1) 项目", "(3,1 3x1) 预算数", "(3,2 3x1) 项目", "(3,3 1x4) 预算数",
        "(4,3 2x1) 合计", "(4,4 1x2) 基本支出", "(4,6 2x1) 项目支出",
        "(5,4) 人员经费", "(5,5) 公用经费",
        "(6,0) 一、财政拨款收入", "(6,2) 一、一般公共服务支出",
        "(7,0) 1、一般公共预算", "(7,2) 二、",
        "(8,0) 2、政府性基金预算", "(8,2) 三、",
        "(9,0) 3、国有资本经营预算", "(9,2) 四、",
        "(10,0) 二、事业收入", "(11,0) 三、事业单位经营收入", "(12,0) 四、其他收入",
        "(17,0) 收入总计", "(17,2) 支出总计");
  }

  @Test
  void theThreePublicExpensesSheetHasItsTwoRowHeaderAndNoBody() {
    // from the sheet: title A2:G2; A3:C3 编制部门, G3 单位:万元; A4:F4 “三公”经费预算数 and
    // G4:G6 机关运行经费预算数; A5:A6, B5:B6, C5:C6 and D5:F5 over D6/E6/F6
    TableBlock t = tableOf(read(fixture(DEPARTMENT)), "部门“三公”经费和机关运行费预算表");
    assertThat(cells(t)).containsExactly(
        "(0,0 1x3) 编制部门：", "(0,6) 单位:万元",
        "(1,0 1x6) “三公”经费预算数", "(1,6 3x1) 机关运行经费预算数",
        "(2,0 2x1) 合计", "(2,1 2x1) 因公出国(境)费", "(2,2 2x1) 公务接待费",
        "(2,3 1x3) 公务用车购置及运行费",
        "(3,3) 小计", "(3,4) 购置费", "(3,5) 运行费");
    assertThat(t.origin()).isEqualTo(Origin.ofCell(DEPARTMENT, "部门“三公”经费和机关运行费预算表",
        "A3"));
  }

  @Test
  void aTextSheetIsAHeadingAndOneParagraphPerLineOfItsCell() {
    // 部门编制说明: A1 the title, A3 to A6 the text; no table
    PublishedDocument d = read(fixture(DEPARTMENT));
    List<TextBlock> texts = d.texts().stream()
        .filter(t -> t.origin().sheet().orElse("").equals("部门编制说明"))
        .collect(Collectors.toList());
    assertThat(texts.get(0).kind()).isEqualTo(TextBlock.Kind.HEADING);
    assertThat(texts.get(0).text()).isEqualTo("2026年部门预算编制说明");
    assertThat(texts.subList(1, texts.size())).allMatch(t -> t.kind()
        == TextBlock.Kind.PARAGRAPH);
    assertThat(texts.get(texts.size() - 1).text()).isEqualTo("3. “xx”科目x,xxx万元，主要用于……");
    assertThat(texts.get(texts.size() - 1).origin())
        .isEqualTo(Origin.ofCell(DEPARTMENT, "部门编制说明", "A6"));
  }

  @Test
  void numbersAreShownInTheirCellFormatAndFormulasByTheirSavedValue() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("收入总表");
      XSSFCellStyle money = wb.createCellStyle();
      money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      XSSFRow header = sheet.createRow(0);
      header.createCell(0).setCellValue("项目");
      header.createCell(1).setCellValue("本年收入");
      XSSFRow row = sheet.createRow(1);
      row.createCell(0).setCellValue("合计");
      XSSFCell total = row.createCell(1);
      total.setCellValue(31214205.8);
      total.setCellStyle(money);
      XSSFRow sums = sheet.createRow(2);
      XSSFCell formatted = sums.createCell(0);
      formatted.setCellFormula("0.1+0.2");
      formatted.setCellStyle(money);
      sums.createCell(1).setCellFormula("0.1+0.2");
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    TableBlock t = read(SourceFile.of("表.xlsx", bytes)).tables().get(0);
    // 0.1 + 0.2 is 0.30000000000000004 as a double: shown 0.30 in #,##0.00, 0.3 in General
    assertThat(t.rows()).containsExactly(List.of("项目", "本年收入"),
        List.of("合计", "31,214,205.80"), List.of("0.30", "0.3"));
  }

  @Test
  void aFormulaWithoutASavedValueIsAnEmptyCellWithANote() {
    byte[] sheet = utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        + "2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>合计</t></is>"
        + "</c><c r=\"B1\"><f>SUM(B2:B3)</f></c><c r=\"C1\"><v>7</v></c></row></sheetData>"
        + "</worksheet>");
    PublishedDocument d = read(SourceFile.of("手写.xlsx", zip(xlsxParts(sheet))));
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("合计", "", "7"));
    assertThat(d.notes()).singleElement().satisfies(n -> {
      assertThat(n.key()).isEqualTo("office.formula-without-value");
      assertThat(n.origin()).isEqualTo(Origin.ofCell("手写.xlsx", "表", "B1"));
    });
  }

  @Test
  void aHiddenSheetIsLeftOutWithANote() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("公开").createRow(0).createCell(0).setCellValue("收入总表");
      XSSFSheet working = wb.createSheet("底稿");
      working.createRow(0).createCell(0).setCellValue("内部测算");
      working.getRow(0).createCell(1).setCellValue("1");
      wb.setSheetHidden(1, true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    PublishedDocument d = read(SourceFile.of("带隐藏表.xlsx", bytes));
    assertThat(d.blocks()).singleElement().isInstanceOf(TextBlock.class);
    assertThat(d.notes()).singleElement().satisfies(n -> {
      assertThat(n.key()).isEqualTo("office.hidden-sheet");
      assertThat(n.message()).isEqualTo("sheet '底稿' is hidden and was left out");
    });
  }

  @Test
  void mergedHeaderCellsBecomeSpansAndTextUnderAMergeIsNotShown() throws Exception {
    byte[] bytes;
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet("收入总表");
      XSSFRow r0 = sheet.createRow(0);
      r0.createCell(0).setCellValue("项目");
      r0.createCell(1).setCellValue("本年收入");
      r0.createCell(2).setCellValue("hidden under the merge");
      XSSFRow r1 = sheet.createRow(1);
      r1.createCell(1).setCellValue("合计");
      r1.createCell(2).setCellValue("财政拨款");
      sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    TableBlock t = read(SourceFile.of("合并.xlsx", bytes)).tables().get(0);
    assertThat(cells(t)).containsExactly("(0,0 2x1) 项目", "(0,1 1x2) 本年收入", "(1,1) 合计",
        "(1,2) 财政拨款");
  }

  @Test
  void theFacadeFindsTheReaderByContentWhateverTheName() {
    PublishedDocuments documents = PublishedDocuments.standard();
    SourceFile renamed = SourceFile.of("预算.bin", resource("io/budgetkit/fixtures/published/shanghai/" + UNIT));
    assertThat(documents.readerFor(renamed)).isInstanceOf(XlsxReader.class);
    assertThat(reader.recognizes(renamed)).isEqualTo(DocumentReader.Match.CONTENT);
    assertThat(new DocxReader().recognizes(renamed)).isEqualTo(DocumentReader.Match.NONE);
    assertThat(new XlsReader().recognizes(renamed)).isEqualTo(DocumentReader.Match.NONE);
  }

  @Test
  void aTruncatedWorkbookIsCorrupt() {
    byte[] whole = resource("io/budgetkit/fixtures/published/shanghai/" + DEPARTMENT);
    SourceFile half = SourceFile.of("半个.xlsx", Arrays.copyOf(whole, whole.length / 2));
    // without its central directory (at the end) the archive's entries are found from the local
    // headers only while their sizes precede the data, which is not so in this file: the name
    // decides
    assertThat(reader.recognizes(half)).isEqualTo(DocumentReader.Match.EXTENSION);
    assertThatThrownBy(() -> read(half)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.key()).isEqualTo("office.corrupt");
      assertThat(e.getMessage()).isEqualTo("半个.xlsx: is corrupt or truncated: it cannot be"
          + " read as an Excel workbook (.xlsx)");
    });
  }

  @Test
  void randomBytesNamedXlsxAreCorrupt() {
    byte[] noise = new byte[4096];
    new Random(11).nextBytes(noise);
    SourceFile file = SourceFile.of("随机.xlsx", noise);
    assertThat(reader.recognizes(file)).isEqualTo(DocumentReader.Match.EXTENSION);
    assertThatThrownBy(() -> PublishedDocuments.standard().read(file))
        .isInstanceOfSatisfying(ImportException.class, e -> {
          assertThat(e.key()).isEqualTo("office.corrupt");
          assertThat(e.getMessage()).isEqualTo("随机.xlsx: is corrupt or truncated: it cannot be"
              + " read as an Excel workbook (.xlsx)");
        });
  }

  @Test
  void aZipBombIsRefusedWithoutInflatingIt() {
    // 64 MiB of one repeated byte deflates about 1000 to 1, beyond POI's 1 to 100
    byte[] filler = new byte[64 << 20];
    Arrays.fill(filler, (byte) ' ');
    byte[] sheet = new byte[filler.length + 200];
    byte[] open = utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        + "2006/main\"><sheetData>");
    System.arraycopy(open, 0, sheet, 0, open.length);
    System.arraycopy(filler, 0, sheet, open.length, filler.length);
    SourceFile bomb = SourceFile.of("炸弹.xlsx", zip(xlsxParts(sheet)));
    assertThat(bomb.length()).isLessThan(1 << 20);
    assertThat(reader.recognizes(bomb)).isEqualTo(DocumentReader.Match.CONTENT);
    assertThatThrownBy(() -> read(bomb)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.key()).isEqualTo("office.zip-bomb");
      assertThat(e.getMessage()).isEqualTo("炸弹.xlsx: a part of the archive expands more than"
          + " 100 times its compressed size (a zip bomb): refused without inflating it");
    });
  }

  @Test
  void aWorkbookOfAMillionRowsIsRefusedAtTheCellLimit() {
    // 1,000,001 rows of one cell each, streamed into the zip: over the default 1,000,000 cells
    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    byte[] head = utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
        + "2006/main\"><sheetData>");
    xml.write(head, 0, head.length);
    for (int r = 1; r <= 1_000_001; r++) {
      byte[] row = utf8("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
      xml.write(row, 0, row.length);
    }
    byte[] tail = utf8("</sheetData></worksheet>");
    xml.write(tail, 0, tail.length);
    SourceFile big = SourceFile.of("百万行.xlsx", zip(xlsxParts(xml.toByteArray())));
    assertThatThrownBy(() -> read(big)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.key()).isEqualTo("limit.cells");
      assertThat(e.getMessage()).isEqualTo("百万行.xlsx: holds more than 1000000 cells"
          + " (ReadLimits.maxCells); reading stopped there");
    });
  }

  @Test
  void aPasswordProtectedWorkbookIsEncrypted() throws Exception {
    // POI encrypts with the JDK's own AES and SHA-512: no extra dependency
    POIFSFileSystem fs = new POIFSFileSystem();
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(
        resource("io/budgetkit/fixtures/published/shanghai/" + UNIT)));
        OutputStream out = encryptor.getDataStream(fs)) {
      pkg.save(out);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    fs.writeFilesystem(bytes);
    fs.close();
    SourceFile locked = SourceFile.of("加密.xlsx", bytes.toByteArray());
    assertThat(PublishedDocuments.standard().readerFor(locked)).isInstanceOf(XlsxReader.class);
    assertThatThrownBy(() -> read(locked)).isInstanceOfSatisfying(ImportException.class, e -> {
      assertThat(e.key()).isEqualTo("office.encrypted");
      assertThat(e.getMessage()).isEqualTo("加密.xlsx: is protected by a password: an Excel"
          + " workbook (.xlsx) that is encrypted cannot be read; open it, remove the password and"
          + " save it again");
    });
  }
}
