package io.budgetkit.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.ReadLimits;
import io.budgetkit.importer.document.Cell;
import io.budgetkit.importer.document.Origin;
import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import io.budgetkit.importer.document.TextBlock;
import io.budgetkit.importer.spi.DocumentReader.Match;
import io.budgetkit.importer.spi.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pasted-text reader on text as people copy it: TAB-separated from a browser, a Markdown
 * pipe table, and {@code pdftotext -layout} output of a real published PDF. Expectations are
 * read off the files by eye.
 */
class PastedTextReaderTest {

  private final PastedTextReader reader = new PastedTextReader();

  @Test
  void aTableCopiedFromABrowserIsSplitAtItsTabs() {
    PublishedDocument d = read("copied-from-web-page.txt");
    assertThat(d.formats()).containsExactly("pasted-text");
    // line 1 ends with 表: a title; lines 3-6 hold TABs: one table; the rest are paragraphs
    assertThat(d.texts()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
        tuple(TextBlock.Kind.HEADING, "2025年部门收入预算总表"),
        tuple(TextBlock.Kind.PARAGRAPH, "单位：万元"),
        tuple(TextBlock.Kind.PARAGRAPH, "注：本表反映部门本年度的总收入。"));
    TableBlock t = d.tables().get(0);
    assertThat(t.origin()).isEqualTo(Origin.ofLine("copied-from-web-page.txt", 3));
    // a browser copies a merged cell as its text and TABs for the positions it covers, so the
    // second header row starts with an empty cell and the columns stay aligned
    assertThat(t.rows()).containsExactly(
        List.of("项目", "本年收入", "", ""),
        List.of("", "合计", "一般公共预算拨款", "政府性基金"),
        List.of("一般公共服务支出", "1,234.56", "1,234.56", ""),
        List.of("合计", "1,234.56", "1,234.56", "0.00"));
    assertThat(t.cellAt(3, 3).orElseThrow().origin()).contains(
        Origin.ofLine("copied-from-web-page.txt", 6));
  }

  @Test
  void aMarkdownPipeTableDropsItsRuleLine() {
    PublishedDocument d = read("sangong-pipe-table.md");
    assertThat(d.texts()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
        tuple(TextBlock.Kind.HEADING, "一般公共预算“三公”经费支出表"),
        tuple(TextBlock.Kind.PARAGRAPH, "说明：公务用车购置及运行费本年预算数见附表。"));
    TableBlock t = d.tables().get(0);
    assertThat(t.rows()).containsExactly(
        List.of("项目", "预算数", "上年预算数"),
        List.of("合计", "12.50", "13.00"),
        List.of("因公出国（境）费", "0", "0"),
        List.of("公务用车购置及运行费", "", "10.50"),
        List.of("公务接待费", "2.50", "2.50"));
    // the row after the rule is line 5 of the file
    assertThat(t.cellAt(1, 0).orElseThrow().origin()).contains(
        Origin.ofLine("sangong-pipe-table.md", 5));
  }

  /**
   * The excerpt is lines 6-18 of {@code pdftotext -layout -f 11 -l 11} of
   * shared/fixtures/published/shanghai/putuo-finance-bureau-2025-department.pdf (the second
   * page of its 部门收入预算总表), copied unchanged.
   */
  @Test
  void spaceAlignedTextFromAPdfKeepsEmptyCodeColumnsInPlace() {
    PublishedDocument d = read("pdftotext-layout-excerpt.txt");
    assertThat(d.blocks()).hasSize(1);
    TableBlock t = d.tables().get(0);
    // the codes 类 / 款 / 项 stand at characters 0, 6 and 11 on every line that has them, the
    // names from 16 (合计 indented to 19), the two amounts right-aligned near 47 and 63: six
    // columns; a 类 row leaves 款 and 项 empty; the blank lines pdftotext left are no rows
    assertThat(t.rows()).containsExactly(
        List.of("210", "", "", "卫生健康支出", "782,164.00", "782,164.00"),
        List.of("210", "11", "", "行政事业单位医疗", "782,164.00", "782,164.00"),
        List.of("210", "11", "01", "行政单位医疗", "782,164.00", "782,164.00"),
        List.of("221", "", "", "住房保障支出", "4,736,957.00", "4,736,957.00"),
        List.of("221", "02", "", "住房改革支出", "4,736,957.00", "4,736,957.00"),
        List.of("221", "02", "01", "住房公积金", "2,049,197.00", "2,049,197.00"),
        List.of("221", "02", "03", "购房补贴", "2,687,760.00", "2,687,760.00"),
        List.of("", "", "", "合计", "31,214,205.80", "31,214,205.80"));
    // 4 + 5 + 6 + 4 + 5 + 6 + 6 + 3 cells
    assertThat(t.cells()).hasSize(39);
    assertThat(t.cellAt(7, 3).orElseThrow().origin()).contains(
        Origin.ofLine("pdftotext-layout-excerpt.txt", 13));
  }

  @Test
  void aHeaderCellOverSeveralAlignedColumnsSpansThem() {
    String text = "项目" + " ".repeat(14) + "本年收入预算数合计金额\n"
        + " ".repeat(16) + "合计" + " ".repeat(8) + "财政拨款\n"
        + "一般公共服务" + " ".repeat(10) + "500.00" + " ".repeat(4) + "500.00\n";
    TableBlock t = read("t.txt", text).tables().get(0);
    // the fullest line, the last, puts the columns at characters 0-5, 16-21 and 26-31; the
    // header's second cell runs from 16 to 26 and so covers the two amount columns
    assertThat(t.cells()).extracting(Cell::toString).containsExactly(
        "(0,0) 项目", "(0,1 1x2) 本年收入预算数合计金额", "(1,1) 合计", "(1,2) 财政拨款",
        "(2,0) 一般公共服务", "(2,1) 500.00", "(2,2) 500.00");
  }

  @Test
  void cellsOnePerLineAreReadAsParagraphs() {
    // a PDF viewer's copy of a table, one cell a line: without the column count it cannot be
    // told from paragraphs, and the reader does not guess
    PublishedDocument d = read("t.txt", "项目\n预算数\n合计\n12.50\n");
    assertThat(d.tables()).isEmpty();
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("项目", "预算数", "合计",
        "12.50");
  }

  @Test
  void aSingleLineWithSeparatorsIsAParagraph() {
    PublishedDocument d = read("t.txt", "首页 | 政务公开\n\n一、部门主要职责\n");
    assertThat(d.texts()).extracting(TextBlock::kind, TextBlock::text).containsExactly(
        tuple(TextBlock.Kind.PARAGRAPH, "首页 | 政务公开"),
        tuple(TextBlock.Kind.HEADING, "一、部门主要职责"));
  }

  @Test
  void gb18030AndUtf16TextIsDecoded() {
    String text = "科目\t金额\r\n镕堃支出\t1.00\r\n";
    for (Charset cs : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE,
        StandardCharsets.UTF_16BE)) {
      PublishedDocument d = reader.read(SourceFile.of("t.txt", text.getBytes(cs)),
          ReadLimits.defaults());
      assertThat(d.tables().get(0).rows()).as(cs.name()).containsExactly(
          List.of("科目", "金额"), List.of("镕堃支出", "1.00"));
    }
    byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    assertThat(reader.read(SourceFile.of("t.txt", bom), ReadLimits.defaults()).tables().get(0)
        .text(0, 0)).isEqualTo("科目");
  }

  @Test
  void textIsRecognisedByItsNameOnly() {
    assertThat(reader.recognizes(SourceFile.of("a.txt", new byte[] {'a'}))).isEqualTo(
        Match.EXTENSION);
    assertThat(reader.recognizes(SourceFile.of("a.TSV", new byte[] {'a'}))).isEqualTo(
        Match.EXTENSION);
    assertThat(reader.recognizes(SourceFile.of("a.csv", new byte[] {'a'}))).isEqualTo(
        Match.NONE);
  }

  @Test
  void anEmptyFileIsRefused() {
    assertThatThrownBy(() -> reader.read(SourceFile.of("a.txt", new byte[0]),
        ReadLimits.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage("a.txt: is empty: there is no text to read");
  }

  @Test
  void blankLinesAloneAreRefused() {
    assertThatThrownBy(() -> read("a.txt", " \n\t\n"))
        .isInstanceOf(ImportException.class)
        .hasMessage("a.txt: has no text, only blank lines");
  }

  @Test
  void binaryBytesAreRefused() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};
    assertThatThrownBy(() -> reader.read(SourceFile.of("a.txt", zip), ReadLimits.defaults()))
        .isInstanceOf(ImportException.class)
        .hasMessage("a.txt: is not text: it holds binary data (the byte 00 at byte offset 5)")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("pasted-text.not-text");
  }

  @Test
  void theCellAndTextLimitsAreKept() {
    String rows = "a\tb\tc\n".repeat(100);
    assertThatThrownBy(() -> reader.read(SourceFile.of("a.txt",
        rows.getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults().withMaxCells(250)))
        .isInstanceOf(ImportException.class)
        .hasMessage("a.txt: has more than 250 table cells (ReadLimits.maxCells)");
    assertThatThrownBy(() -> reader.read(SourceFile.of("a.txt",
        rows.getBytes(StandardCharsets.UTF_8)), ReadLimits.defaults().withMaxTextChars(100)))
        .isInstanceOf(ImportException.class)
        .hasMessage("a.txt: has more than 100 characters of text (ReadLimits.maxTextChars)");
  }

  private PublishedDocument read(String resource) {
    try (InputStream in = getClass().getResourceAsStream("/text/" + resource)) {
      return reader.read(SourceFile.of(resource, in.readAllBytes()), ReadLimits.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private PublishedDocument read(String name, String text) {
    return reader.read(SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8)),
        ReadLimits.defaults());
  }
}
