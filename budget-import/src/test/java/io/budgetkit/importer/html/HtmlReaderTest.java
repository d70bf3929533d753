package io.budgetkit.importer.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.ReadNote;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader.Match;
import io.budgetkit.importer.spi.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HTML reader on pages written by hand after real disclosure layouts (src/test/resources/
 * html), and on broken and hostile pages. Every expectation is read off the page's source by
 * eye: the grid a browser draws of its rows and spans, the line numbers as an editor shows them.
 */
class HtmlReaderTest {

  private final HtmlReader reader = new HtmlReader();

  // ---- real layouts ----

  @Test
  void mergedHeaderCellsOfAnIncomeTableArePlacedAsABrowserDrawsThem() {
    PublishedDocument d = read("income-table-merged-header.html");
    // title, h2, "单位" paragraph, the table, the 注 paragraph; nav, script, the hidden div and
    // the footer are not content
    assertThat(d.blocks()).hasSize(5);
    assertThat(d.texts()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
        tuple(TextBlock.Kind.HEADING, "某某区教育局2025年部门预算公开"),
        tuple(TextBlock.Kind.HEADING, "二、收入总表"),
        tuple(TextBlock.Kind.PARAGRAPH, "单位：万元"),
        // the source's line break inside the paragraph is a space, as a browser shows it
        tuple(TextBlock.Kind.PARAGRAPH, "注：本表 反映部门本年度的总收入。"));
    assertThat(d.texts().get(1).origin()).isEqualTo(Origin.ofLine("income-table-merged-header"
        + ".html", 11));
    TableBlock t = d.tables().get(0);
    assertThat(d.blocks().get(3)).isSameAs(t);
    assertThat(t.origin()).isEqualTo(Origin.ofLine("income-table-merged-header.html", 13));
    // 科目编码 and 项目 span the two header rows; 本年收入 spans the three amount columns, under
    // which the second header row starts at column 2 because columns 0 and 1 are taken from above
    assertThat(t.cells().subList(0, 6)).extracting(Cell::toString).containsExactly(
        "(0,0 2x1) 科目编码", "(0,1 2x1) 项目", "(0,2 1x3) 本年收入",
        "(1,2) 合计", "(1,3) 一般公共预算 拨款", "(1,4) 政府性基金");
    assertThat(t.rows()).containsExactly(
        List.of("科目编码", "项目", "本年收入", "", ""),
        List.of("", "", "合计", "一般公共预算 拨款", "政府性基金"),
        List.of("201", "一般公共服务支出", "1,234.56", "1,234.56", ""),
        // &nbsp; and ideographic-space indents are layout; the 　 inside 合　计 is kept
        List.of("20103", "政府办公厅（室）及相关机构事务", "1,234.56", "1,234.56", ""),
        List.of("2010301", "行政运行", "1,000.00", "1,000.00", ""),
        List.of("合　计", "", "1,234.56", "1,234.56", "0.00"));
    // 3 + 3 header cells, three rows of 5, and a total row of 4 (合计 spans two columns)
    assertThat(t.cells()).hasSize(25);
    assertThat(t.cellAt(5, 0).orElseThrow().columnSpan()).isEqualTo(2);
    assertThat(t.cells().get(0).origin()).contains(Origin.ofLine(
        "income-table-merged-header.html", 15));
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void aTableSplitInTwoWithItsHeaderRepeatedIsOneTable() {
    PublishedDocument d = read("split-table-repeated-header.html");
    // the empty paragraph and the page break between the parts are no content; the 注 paragraph
    // between the second and third table is, so the third stays a table of its own
    assertThat(d.blocks()).extracting(b -> b instanceof TableBlock ? "TABLE"
        : ((TextBlock) b).text()).containsExactly("一般公共预算支出表", "TABLE",
            "注：以上为一般公共预算支出。", "TABLE");
    TableBlock joined = d.tables().get(0);
    assertThat(joined.rows()).containsExactly(
        List.of("功能分类科目编码", "科目名称", "合计"),
        List.of("201", "一般公共服务支出", "500.00"),
        List.of("205", "教育支出", "300.00"),
        List.of("208", "社会保障和就业支出", "120.00"));
    // the continued row keeps the line of the second part
    assertThat(joined.cellAt(3, 0).orElseThrow().origin()).contains(Origin.ofLine(
        "split-table-repeated-header.html", 35));
    assertThat(d.tables().get(1).rows()).containsExactly(
        List.of("功能分类科目编码", "科目名称", "合计"), List.of("212", "城乡社区支出", "80.00"));
  }

  @Test
  void aVerticalSanGongTableKeepsItsRowSpanAndCaption() {
    PublishedDocument d = read("sangong-vertical.html");
    assertThat(d.texts()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
        tuple(TextBlock.Kind.HEADING, "“三公”经费预算表"),
        tuple(TextBlock.Kind.HEADING, "九、一般公共预算“三公”经费支出表"),
        tuple(TextBlock.Kind.HEADING, "2025年“三公”经费预算"));
    TableBlock t = d.tables().get(0);
    // 2.公务用车购置及运行费 spans its three rows: 小计 and the two 其中 rows sit in column 1
    assertThat(t.rows()).containsExactly(
        List.of("项目", "", "预算数"),
        List.of("合计", "", "12.50"),
        List.of("1.因公出国（境）费", "", "0"),
        List.of("2.公务用车购置及运行费", "小计", "10.00"),
        List.of("", "其中：公务用车购置费", "0"),
        List.of("", "公务用车运行费", "10.00"),
        List.of("3.公务接待费", "", "2.50"));
    assertThat(t.cellAt(5, 0).orElseThrow().text()).isEqualTo("2.公务用车购置及运行费");
    assertThat(t.cells()).hasSize(15);
    assertThat(t.cells().get(t.cells().size() - 1).origin()).contains(Origin.ofLine(
        "sangong-vertical.html", 17));
  }

  @Test
  void aLayoutTableAroundThePageIsReadAsTheBlocksItHolds() {
    PublishedDocument d = read("layout-table-page.html");
    // the outer tables hold tables and a long paragraph: containers; the menu of links is no
    // table; only the 收支预算总表 is a data table (each text block cut to its first 12 chars)
    assertThat(d.blocks()).extracting(b -> b instanceof TableBlock ? "TABLE"
        : ((TextBlock) b).kind() + " " + ((TextBlock) b).text().substring(0,
            Math.min(12, ((TextBlock) b).text().length()))).containsExactly(
                "HEADING 关于某某县财政局2024",
                "PARAGRAPH 首页 | 政务公开",
                "PARAGRAPH 通知公告",
                "PARAGRAPH 财政资金",
                "HEADING 某某县财政局2024年部",
                "PARAGRAPH 一、部门主要职责：贯彻执",
                "PARAGRAPH 二、收支预算总表",
                "TABLE",
                "PARAGRAPH 主办：某某县人民政府办公",
                "PARAGRAPH 网站标识码：123456");
    assertThat(d.tables()).hasSize(1);
    assertThat(d.tables().get(0).rows()).containsExactly(
        List.of("收入", "金额", "支出", "金额"),
        List.of("一般公共预算拨款", "856.30", "一般公共服务支出", "700.10"),
        List.of("政府性基金", "0", "社会保障和就业支出", "156.20"));
    assertThat(d.tables().get(0).origin()).isEqualTo(Origin.ofLine("layout-table-page.html",
        23));
    assertThat(d.texts().get(4).origin()).isEqualTo(Origin.ofLine("layout-table-page.html",
        20));
  }

  @Test
  void aPageInGbkDeclaredByItsMetaIsReadAsGb18030() {
    PublishedDocument d = read("gbk-declared.html");
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("部门收支总表", "单位：万元");
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("项目", "预算数"),
        List.of("一般公共预算拨款收入", "2,143.14"), List.of("事业收入", "0"));
    assertThat(d.notes()).isEmpty();
  }

  @Test
  void aPageInGbkWithoutADeclarationIsToldFromItsBytes() {
    PublishedDocument d = read("gbk-undeclared.html");
    // 镕 and 堃 are GBK, not GB2312: read as GB18030 they come out whole
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("部门支出总表",
        "说明：镕、堃等字在GB2312之外，只在GBK里。");
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("科目名称", "基本支出", "项目支出"),
        List.of("行政运行", "138.69", "1,962.10"));
  }

  @Test
  void aPageDeclaringGb2312WhoseBytesAreUtf8IsReadAsUtf8WithANote() {
    String html = "<html><head><meta charset=\"gb2312\"></head><body><p>部门预算</p></body></html>";
    PublishedDocument d = reader.read(SourceFile.of("converted.html",
        html.getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults());
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("部门预算");
    assertThat(d.notes()).extracting(ReadNote::key, ReadNote::message).containsExactly(tuple(
        "html.charset-mismatch", "the page declares the charset GB18030 but its bytes are not"
            + " GB18030; it is read as UTF-8, which they are"));
  }

  @Test
  void aByteOrderMarkDecidesOverTheDeclaredCharset() {
    String html = "<html><head><meta charset=\"gbk\"><title>预算</title></head></html>";
    byte[] utf16 = ("\uFEFF" + html).getBytes(StandardCharsets.UTF_16LE);
    assertThat(reader.recognizes(SourceFile.of("a.bin", utf16))).isEqualTo(Match.CONTENT);
    PublishedDocument d = reader.read(SourceFile.of("a.bin", utf16), ReadLimits.defaults());
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("预算");
  }

  // ---- recognition ----

  @Test
  void aPageIsRecognisedByItsFirstTagWhateverItsName() {
    assertThat(reader.recognizes(file("x.txt", "\uFEFF \n <!doctype HTML><p>a"))).isEqualTo(
        Match.CONTENT);
    assertThat(reader.recognizes(file("x.dat", "<!-- saved from url --><TABLE border=1>")))
        .isEqualTo(Match.CONTENT);
    assertThat(reader.recognizes(file("x", "<?xml version=\"1.0\"?>\n<html xmlns=\"\">")))
        .isEqualTo(Match.CONTENT);
    assertThat(reader.recognizes(file("x.txt", "<meta charset=utf-8>"))).isEqualTo(
        Match.CONTENT);
  }

  @Test
  void textThatIsNoPageIsRecognisedOnlyByAnHtmlName() {
    assertThat(reader.recognizes(file("a.htm", "项目\t金额"))).isEqualTo(Match.EXTENSION);
    assertThat(reader.recognizes(file("a.SHTML", "项目"))).isEqualTo(Match.EXTENSION);
    assertThat(reader.recognizes(file("a.txt", "项目\t金额\n<table>"))).isEqualTo(Match.NONE);
    assertThat(reader.recognizes(file("a.txt", "<tablet>"))).isEqualTo(Match.NONE);
  }

  // ---- bad input ----

  @Test
  void aRowSpanOfNineHundredMillionIsCutToTheRowsLeftWithANote() {
    PublishedDocument d = read("span.html", "<table>\n<tr><td rowspan=\"999999999\">A</td>"
        + "<td>B</td></tr>\n<tr><td>C</td></tr>\n</table>");
    assertThat(d.tables().get(0).cells()).extracting(Cell::toString).containsExactly(
        "(0,0 2x1) A", "(0,1) B", "(1,1) C");
    assertThat(d.notes()).containsExactly(ReadNote.of("html.span-clamped",
        "rowspan=\"999999999\" reaches past the table's last row; the cell spans the 2 rows"
            + " left, as browsers show it", Origin.ofLine("span.html", 2)));
  }

  @Test
  void aNegativeColumnSpanIsOneColumnWithANote() {
    PublishedDocument d = read("span.html", "<table><tr><td colspan=\"-3\">A</td><td>B</td>"
        + "</tr><tr><td>C</td><td>D</td></tr></table>");
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("A", "B"), List.of("C", "D"));
    assertThat(d.notes()).extracting(ReadNote::key, ReadNote::message).containsExactly(tuple(
        "html.span-invalid", "colspan=\"-3\" is no number of columns; the cell spans 1 column,"
            + " as browsers show it"));
  }

  @Test
  void aColumnSpanPastTheLastColumnIsCutToTheTable() {
    PublishedDocument d = read("span.html", "<table><tr><td colspan=\"100000\">标题</td></tr>"
        + "<tr><td>A</td><td>B</td><td>C</td></tr></table>");
    TableBlock t = d.tables().get(0);
    assertThat(t.columnCount()).isEqualTo(3);
    assertThat(t.cells().get(0).columnSpan()).isEqualTo(3);
    assertThat(d.notes()).extracting(ReadNote::message).containsExactly(
        "colspan=\"100000\" is more than the 1000 columns browsers honour; the cell spans 1000"
            + " at most",
        "colspan=\"100000\" reaches past the table's last column; the cell spans the 3 columns"
            + " left");
  }

  @Test
  void aColumnSpanRunningIntoARowSpanFromAboveStopsShortOfIt() {
    // B spans down into row 1 at column 1; C's colspan=3 starts at column 0 and would cover it
    PublishedDocument d = read("span.html", "<table><tr><td>A</td><td rowspan=2>B</td>"
        + "<td>X</td></tr><tr><td colspan=3>C</td></tr></table>");
    assertThat(d.tables().get(0).cells()).extracting(Cell::toString).containsExactly(
        "(0,0) A", "(0,1 2x1) B", "(0,2) X", "(1,0) C");
    assertThat(d.notes()).extracting(ReadNote::message).containsExactly("colspan=\"3\" would"
        + " cover a cell spanning down from a row above; the cell spans 1 column");
  }

  @Test
  void fiftyThousandNestedDivsAreReadWithANoteOnTheNesting() {
    String html = "<html><body>" + "<div>".repeat(50_000) + "深处的文字" + "</div>".repeat(50_000)
        + "<p>之后</p></body></html>";
    PublishedDocument d = read("deep.html", html);
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("深处的文字", "之后");
    assertThat(d.notes()).extracting(ReadNote::key, ReadNote::message).containsExactly(tuple(
        "html.nesting", "elements are nested deeper than 512 levels; those deeper are read as"
            + " if they followed each other"));
  }

  @Test
  void unclosedTagsAreClosedAsBrowsersCloseThem() {
    PublishedDocument d = read("unclosed.html", "<table><tr><td>项目<td>金额<tr><td>合计<td>5"
        + "</table><p>第一段<p>第二段<div><b>加粗");
    assertThat(d.tables().get(0).rows()).containsExactly(List.of("项目", "金额"),
        List.of("合计", "5"));
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("第一段", "第二段", "加粗");
  }

  @Test
  void binaryBytesNamedHtmlAreRefusedAsNoText() {
    // a PNG's signature and header: its ninth byte is NUL
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, '\r', 'I', 'H',
        'D', 'R', 0, 0, 1, 0};
    SourceFile f = SourceFile.of("logo.html", png);
    assertThat(reader.recognizes(f)).isEqualTo(Match.EXTENSION);
    assertThatThrownBy(() -> reader.read(f, ReadLimits.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage("logo.html: is not a web page: it holds binary data, not text (the byte 00"
            + " at byte offset 8); it may be a file of another kind with a .html name")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("html.not-text");
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> reader.read(SourceFile.of("page.html", new byte[0]),
        ReadLimits.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage("page.html: is empty: there is no web page to read")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("html.empty");
  }

  @Test
  void aPageWithNothingABrowserShowsIsRefused() {
    assertThatThrownBy(() -> read("blank.html", "<html><head><script>x()</script></head>"
        + "<body>\n<table><tr><td>&nbsp;</td><td></td></tr></table></body></html>"))
        .isInstanceOf(ImportException.class)
        .hasMessage("blank.html: has no text and no table a browser would show");
  }

  // ---- limits ----

  @Test
  void aTwentyMegabytePageOverTheCellLimitIsRefusedAsSoonAsTheLimitIsPassed() {
    String html = bigTable(20_000_000);
    long start = System.nanoTime();
    assertThatThrownBy(() -> reader.read(file("big.html", html),
        ReadLimits.defaults().withMaxCells(10_000)))
        .isInstanceOf(ImportException.class)
        .hasMessage("big.html: has more than 10000 table cells (ReadLimits.maxCells)")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("limit.cells");
    // the stream parser stops at the 10,001st cell, a few hundred kilobytes into the page:
    // bounded by the limit, not by the page's size (the whole page takes seconds)
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
  }

  @Test
  void aPageOverTheTextLimitIsRefused() {
    String html = "<html><body>" + "<p>一般公共预算财政拨款收入</p>\n".repeat(1000) + "</body></html>";
    assertThatThrownBy(() -> reader.read(file("long.html", html),
        ReadLimits.defaults().withMaxTextChars(5_000)))
        .isInstanceOf(ImportException.class)
        .hasMessage("long.html: has more than 5000 characters of text (ReadLimits.maxTextChars)")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("limit.text");
  }

  @Test
  void aThreeMegabyteTableIsReadWholeWithinTheDefaultLimits() {
    String html = bigTable(3_000_000);
    // bigTable writes rows of 4 cells, one row per line after the two opening lines
    int rows = (int) html.lines().filter(l -> l.startsWith("<tr>")).count();
    PublishedDocument d = reader.read(file("big.html", html), ReadLimits.defaults());
    TableBlock t = d.tables().get(0);
    assertThat(t.rowCount()).isEqualTo(rows);
    assertThat(t.columnCount()).isEqualTo(4);
    // the first row is on line 3: "<html><body>", "<table>", then a row a line
    assertThat(t.cellAt(rows - 1, 1).orElseThrow().origin()).contains(Origin.ofLine("big.html",
        rows + 2));
  }

  // ---- helpers ----

  /** A page of one table of about {@code chars} characters, a row a line from line 3. */
  private static String bigTable(int chars) {
    StringBuilder s = new StringBuilder("<html><body>\n<table>");
    int i = 0;
    while (s.length() < chars) {
      s.append("\n<tr><td>").append(2010101 + i % 100).append("</td><td>行政运行").append(i)
          .append("</td><td>1,234.56</td><td>&nbsp;</td></tr>");
      i++;
    }
    return s.append("\n</table></body></html>").toString();
  }

  private PublishedDocument read(String resource) {
    try (InputStream in = getClass().getResourceAsStream("/html/" + resource)) {
      return reader.read(SourceFile.of(resource, in.readAllBytes()), ReadLimits.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PublishedDocument read(String name, String html) {
    return reader.read(file(name, html), ReadLimits.defaults());
  }

  private static SourceFile file(String name, String content) {
    return SourceFile.of(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
