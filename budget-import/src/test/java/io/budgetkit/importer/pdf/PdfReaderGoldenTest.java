package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.spi.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table grids of real published PDFs against cell lists made from poppler's {@code pdftotext
 * -layout} (a different extractor) and checked by eye: a row of the expectation is a printed
 * row, its texts the runs pdftotext sets apart, placed under the column headers they stand
 * under. A header's text that pdftotext wraps over two lines is one cell here.
 */
class PdfReaderGoldenTest {

  private static final String E = "";

  @Test
  void shanghaiWpsSpreadsheetIncomeTableHasItsMergedHeaderAndEveryCodeRow() {
    // putuo-welfare-home-2024-unit.pdf p.8 (WPS 表格), 2024年预算单位收入预算总表. pdftotext:
    //   "项目" over 类/款/项 and the name column, "收入预算" over the five amount columns; the
    //   next header line "功能分类科目编码 ... 事业单位" and "合计 财政拨款收入 事业收入 其他收入"
    //   with "经营收入" under "事业单位"; then "类 款 项"; then 14 code rows and 合计.
    //   Codes print in three columns (208 / 05 / 02), amounts with thousands separators.
    TableBlock t = read("shanghai/putuo-welfare-home-2024-unit.pdf").tables().get(1);
    assertThat(t.rows()).containsExactly(
        row("项目", E, E, E, "收入预算", E, E, E, E),
        row("功能分类科目编码", E, E, "功能分类科目名称", "合计", "财政拨款收入", "事业收入",
            "事业单位经营收入", "其他收入"),
        row("类", "款", "项", E, E, E, E, E, E),
        row("208", E, E, "社会保障和就业支出", "11,281,624", "8,661,624", "2,620,000", E, E),
        row("208", "05", E, "行政事业单位养老支出", "1,696,828", "1,696,828", E, E, E),
        row("208", "05", "02", "事业单位离退休", "538,440", "538,440", E, E, E),
        row("208", "05", "05", "机关事业单位基本养老保险缴费支出", "767,579", "767,579", E, E, E),
        row("208", "05", "06", "机关事业单位职业年金缴费支出", "383,789", "383,789", E, E, E),
        row("208", "05", "99", "其他行政事业单位养老支出", "7,020", "7,020", E, E, E),
        row("208", "10", E, "社会福利", "9,584,796", "6,964,796", "2,620,000", E, E),
        row("208", "10", "05", "社会福利事业单位", "9,584,796", "6,964,796", "2,620,000", E, E),
        row("210", E, E, "卫生健康支出", "503,724", "503,724", E, E, E),
        row("210", "11", E, "行政事业单位医疗", "503,724", "503,724", E, E, E),
        row("210", "11", "02", "事业单位医疗", "503,724", "503,724", E, E, E),
        row("221", E, E, "住房保障支出", "335,816", "335,816", E, E, E),
        row("221", "02", E, "住房改革支出", "335,816", "335,816", E, E, E),
        row("221", "02", "01", "住房公积金", "335,816", "335,816", E, E, E),
        row("合计", E, E, E, "12,121,164", "9,501,164", "2,620,000", E, E));
    // the header cells are merged as drawn: 项目 over four columns, 收入预算 over five, 合计
    // over the two header lines (pdftotext sets it between them)
    assertThat(t.cellAt(0, 3)).map(Cell::columnSpan).contains(4);
    assertThat(t.cellAt(0, 8)).map(Cell::text).contains("收入预算");
    assertThat(t.cellAt(1, 4)).map(Cell::rowSpan).contains(2);
    assertThat(t.origin()).isEqualTo(Origin.ofPage("putuo-welfare-home-2024-unit.pdf", 8, 3));
  }

  @Test
  void jiangsuExcelOverviewTableKeepsBothExpenditureViewsSideBySide() {
    // cppcc-office-2017-tables.pdf p.1 (Excel 2010), 收支预算总表: income (项目名称, 金额) on
    // the left; expenditure by function (功能科目名称, 金额) and by purpose (项目名称, 金额) on
    // the right. pdftotext prints the 20 functional classes 一 … 二十 one a line with amounts
    // only for 一般公共服务 6,543.55, 社会保障和就业 1,509.72, 住房保障 1,093.52; the
    // totals 当年支出小计 and 支出合计 have their amount at the far right (the cell is merged
    // over the function columns), and 上年结转资金 / 结转下年资金 have none.
    TableBlock t = read("jiangsu/cppcc-office-2017-tables.pdf").tables().get(0);
    List<List<String>> expected = new ArrayList<>(List.of(
        row("收入", E, "支出", E, E, E),
        row("项目名称", "金额", "功能分类", E, "支出用途", E),
        row(E, E, "功能科目名称", "金额", "项目名称", "金额"),
        row("一、财政拨款", "9,066.79", "一、一般公共服务支出", "6,543.55", "一、基本支出", "5,916.27"),
        row("1.一般公共预算", "9,066.79", "二、外交支出", E, "二、项目支出", "3,123.68"),
        row("2.政府性基金预算", E, "三、国防支出", E, "三、单位预留机动经费", "106.84"),
        row("二、财政专户管理资金", E, "四、公共安全支出", E, E, E),
        row("三、其他资金", "80.00", "五、教育支出", E, E, E)));
    String[] functions = {"六、科学技术支出", "七、文化体育与传媒支出", "八、社会保障和就业支出",
        "九、医疗卫生与计划生育支出", "十、节能环保支出", "十一、城乡社区支出", "十二、农林水支出",
        "十三、交通运输支出", "十四、资源勘探信息等支出", "十五、商业服务业等支出", "十六、金融支出",
        "十七、国土海洋气象等支出", "十八、住房保障支出", "十九、粮油物资储备支出", "二十、其他支出"};
    for (String f : functions) {
      String amount = f.startsWith("八") ? "1,509.72" : f.startsWith("十八") ? "1,093.52" : E;
      expected.add(row(E, E, f, amount, E, E));
    }
    expected.add(row("当年收入小计", "9,146.79", "当年支出小计", E, E, "9,146.79"));
    expected.add(row("上年结转资金", E, "结转下年资金", E, E, E));
    expected.add(row("收入合计", "9,146.79", "支出合计", E, E, "9,146.79"));
    assertThat(t.rows()).containsExactlyElementsOf(expected);
    assertThat(t.cells()).hasSize(57);
  }

  @Test
  void shanghaiExcelThreePublicExpensesTableHasItsTwoHeaderLevels() {
    // shanghai-finance-bureau-2025-unit.pdf p.20 (Excel 2007), 三公 and 机关运行经费 table.
    // pdftotext: "“三公”经费预算数" over 合计 … 公务用车购置及运行费; "机关运行经费预算数" at the
    // right (wrapped there as "...预算" + "数", one cell over all header lines); 公务用车购置及
    // 运行费 over 小计 / 购置费 / 运行费; one row of amounts, the 购置费 cell empty.
    TableBlock t = read("shanghai/shanghai-finance-bureau-2025-unit.pdf").tables().get(8);
    assertThat(t.rows()).containsExactly(
        row("“三公”经费预算数", E, E, E, E, E, "机关运行经费预算数"),
        row("合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", E, E, E),
        row(E, E, E, "小计", "购置费", "运行费", E),
        row("346.30", "288.70", "25.40", "32.20", E, "32.20", "2,517.78"));
    assertThat(t.cellAt(0, 0)).map(Cell::columnSpan).contains(6);
    assertThat(t.cellAt(0, 6)).map(Cell::rowSpan).contains(3);
  }

  @Test
  void jiangsuLandscapePageTurnedByRotateKeepsItsRuledHeaderLevels() {
    // npc-standing-committee-office-2019-tables.pdf p.9 (PScript5.dll, Distiller; /Rotate 90),
    // 公开表九. pdftotext -layout and the page rendered by pdftoppm: 合计, 会议费, 培训费 each
    // over three header lines; “三公”经费 over six columns; under it 小计, 因公出国（境）费
    // (wrapped "因公出国" / "（境）费"), 公务用车购置及运行维护费 over three columns, 公务接待费;
    // under that 小计, 公务用车购置费, 公务用车运行维护费 (both wrapped); one row of amounts,
    // the 公务用车购置费 cell empty.
    TableBlock t = read("jiangsu/npc-standing-committee-office-2019-tables.pdf").tables()
        .get(8);
    assertThat(t.rows()).containsExactly(
        row("合计", "“三公”经费", E, E, E, E, E, "会议费", "培训费"),
        row(E, "小计", "因公出国（境）费", "公务用车购置及运行维护费", E, E, "公务接待费", E, E),
        row(E, E, E, "小计", "公务用车购置费", "公务用车运行维护费", E, E, E),
        row("2,600.71", "767.60", "199.25", "183.60", E, "183.60", "384.75", "1,469.73",
            "363.38"));
    assertThat(t.cellAt(0, 0)).map(Cell::rowSpan).contains(3);
    assertThat(t.cellAt(0, 1)).map(Cell::columnSpan).contains(6);
    assertThat(t.origin().page()).hasValue(9);
  }

  @Test
  void jiangsuExcelHeaderLineClippedAtItsCellStaysInItsCell() {
    // party-committee-office-2019-tables.pdf p.12, 2019年政府采购预算表: the rendered page shows
    // "采购组织形" in its header cell, the wrapped "式" drawn across the ruling below and
    // clipped; pdftotext prints "采购组织形" and under it "式". The 合计 row holds only 合计
    // and 1,422.50.
    TableBlock t = read("jiangsu/party-committee-office-2019-tables.pdf").tables().get(11);
    assertThat(t.rows().subList(0, 2)).containsExactly(
        row("采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"),
        row("合计", E, E, E, E, "1,422.50"));
  }

  @Test
  void jiangsuWordTableJoinsAHeaderWrappedInItsCell() {
    // procuratorate-2018.pdf p.15 (Word 2007), 公开 03 表 支出预算总表. pdftotext wraps the
    // fourth header as "单位预留机动经" over "费"; the 结转下年资金 column has no amount.
    TableBlock t = read("jiangsu/procuratorate-2018.pdf").tables().get(2);
    assertThat(t.rows()).containsExactly(
        row("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        row("21,955.35", "13,994.31", "5,573.00", "2,388.04", E));
    assertThat(t.origin().page()).hasValue(15);
  }

  @Test
  void jiangsuAcrobatTableOfExpenditureByPurpose() {
    // party-committee-office-2017-tables.pdf p.3 (Adobe Acrobat Pro), 支出预算总表: five
    // headers, one row of four amounts, 结转下年资金 empty (pdftotext prints nothing under it).
    TableBlock t = read("jiangsu/party-committee-office-2017-tables.pdf").tables().get(2);
    assertThat(t.rows()).containsExactly(
        row("合计", "基本支出", "项目支出", "单位预留机动经费", "结转下年资金"),
        row("20,849.45", "9,964.07", "10,688.66", "196.72", E));
  }

  @Test
  void wpsTableRowsCutByPageBreaksAreJoinedAndALastRowAloneOnAPageIsKept() {
    // npc-standing-committee-office-2017.pdf (WPS Writer), 收支预算总表 over pp.7-9. pdftotext:
    // p.7 ends "八、社会保障和就  1,608.51", p.8 begins "业支出"; p.8 ends "当 年 收 入
    // 13,649.07  当年支出小计  13,649.07", p.9 begins "小计", then 上年结转资金 / 结转下年资金
    // and 收入合计 / 支出合计 with the function and purpose columns merged (rendered).
    PublishedDocument d = read("jiangsu/npc-standing-committee-office-2017.pdf");
    TableBlock t = d.tables().get(0);
    assertThat(t.rows()).contains(
        row(E, E, "八、社会保障和就业支出", "1,608.51", E, E),
        row(E, E, "九、医疗卫生与计划生育支出", E, E, E));
    assertThat(t.rows().subList(t.rows().size() - 3, t.rows().size())).containsExactly(
        row("当年收入小计", "13,649.07", "当年支出小计", E, E, "13,649.07"),
        row("上年结转资金", E, "结转下年资金", E, E, E),
        row("收入合计", "13,649.07", "支出合计", E, E, "13,649.07"));
    // 收入预算总表 pp.9-10: "专户管理教育收费" ends p.9 centred in its cell, "其他非税收入"
    // begins p.10: two rows
    assertThat(d.tables().get(1).rows()).contains(row(E, "专户管理教育收费", E),
        row(E, "其他非税收入", E));
    // 财政拨款基本支出预算表 pp.13-15: p.15 holds only its last row, one ruled row
    TableBlock basic = d.tables().get(5);
    assertThat(basic.rows().get(basic.rows().size() - 1))
        .containsExactly("30312", "提租补贴", "1,018.01");
    assertThat(basic.cellAt(basic.rows().size() - 1, 0)).map(c -> c.origin().orElseThrow())
        .contains(Origin.ofPage("npc-standing-committee-office-2017.pdf", 15, 1));
  }

  @Test
  void wordTableRowCutByThePageBreakIsOneRow() {
    // procuratorate-2018.pdf (Word 2007), 公开01表: pdftotext p.13 ends "十七、国土海洋气象等支",
    // p.14 begins "出" under it
    TableBlock t = read("jiangsu/procuratorate-2018.pdf").tables().get(0);
    assertThat(t.rows()).contains(row(E, E, "十七、国土海洋气象等支出", E, E, E),
        row(E, E, "十八、住房保障支出", "3,660.38", E, E));
  }

  static PublishedDocument read(String path) {
    try (InputStream in = PdfReaderGoldenTest.class.getResourceAsStream("/io/budgetkit/fixtures/published/" + path)) {
      String name = path.substring(path.lastIndexOf('/') + 1);
      return new PdfReader().read(SourceFile.of(name, in.readAllBytes()), ReadLimits.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> row(String... texts) {
    return List.of(texts);
  }
}
