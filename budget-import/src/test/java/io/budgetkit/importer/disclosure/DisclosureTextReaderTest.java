package io.budgetkit.importer.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.budgetkit.fixtures.Fixture;
import io.budgetkit.importer.ImportException;
import io.budgetkit.importer.PublishedDocuments;
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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Step 1 for the two text extractions: which reader takes a text, and the blocks it makes. */
class DisclosureTextReaderTest {

  private final DisclosureTextReader reader = new DisclosureTextReader();

  private static SourceFile utf8(String name, String text) {
    return SourceFile.of(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private PublishedDocument read(String text) {
    return reader.read(utf8("t.txt", text), ReadLimits.defaults());
  }

  @ParameterizedTest
  @EnumSource(Fixture.class)
  void anExtractionIsTakenByItsContentBeforeThePastedTextReader(Fixture f) {
    SourceFile file = utf8(f.fileName(), f.text());

    assertThat(reader.recognizes(file)).isEqualTo(Match.CONTENT);
    assertThat(PublishedDocuments.standard().readerFor(file).format())
        .isEqualTo("disclosure-text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"copied-from-web-page.txt", "pdftotext-layout-excerpt.txt",
      "sangong-pipe-table.md"})
  void textCopiedByAPersonIsLeftToThePastedTextReader(String name) throws IOException {
    byte[] bytes;
    try (InputStream in = getClass().getResourceAsStream("/text/" + name)) {
      bytes = in.readAllBytes();
    }
    SourceFile file = SourceFile.of(name, bytes);

    assertThat(reader.recognizes(file)).isEqualTo(Match.NONE);
    assertThat(PublishedDocuments.standard().readerFor(file).format()).isEqualTo("pasted-text");
  }

  @Test
  void binaryIsNoExtraction() {
    assertThat(reader.recognizes(SourceFile.of("a.txt", new byte[] {'%', 'P', 'D', 'F', 0, 1})))
        .isEqualTo(Match.NONE);
  }

  @Test
  void docxTextRowsAreGridsWithTheirLinesAndAContinuedCellKeepsItsLines() {
    PublishedDocument d = read("部门预算收入总表\n\t序号\n\t项目\n\n\t1\n\t办公\n用房\n\n\t2\n\t车辆\n"
        + "说明文字\n");

    assertThat(d.formats()).containsExactly("disclosure-text");
    assertThat(d.blocks()).hasSize(2); // a line right under a cell continues it
    assertThat(d.blocks().get(0)).isEqualTo(TextBlock.paragraph("部门预算收入总表",
        Origin.ofLine("t.txt", 1)));
    TableBlock t = (TableBlock) d.blocks().get(1);
    assertThat(t.rows()).containsExactly(List.of("序号", "项目"), List.of("1", "办公\n用房"),
        List.of("2", "车辆\n说明文字"));
    assertThat(t.cells().stream().map(c -> c.origin().orElseThrow().line().getAsInt())
        .collect(Collectors.toList())).containsExactly(2, 3, 5, 6, 9, 10);
  }

  @Test
  void aDocxTextRowOfAnotherWidthStartsAnotherTable() {
    PublishedDocument d = read("\t序号\n\t收入\n\t支出\n\n\t1\n\t一、收入\n\n\t合计\n\t1\n\t2\n");

    assertThat(d.tables()).extracting(TableBlock::columnCount).containsExactly(3, 2, 3);
  }

  @Test
  void pdfTextLosesTheConvertersSpacesButKeepsThoseThatSeparate() {
    PublishedDocument d = read("一、因公出国 (境)费\t1 2.5\t\n资金支出计划 (%)\t3 月底\t\n"
        + "1.完成 改造。 2.确保 运行\tA4 打印机\t\n部门 预算 收入 总表\n");

    TableBlock t = d.tables().get(0);
    assertThat(t.rows()).containsExactly(List.of("一、因公出国(境)费", "1 2.5", ""),
        List.of("资金支出计划 (%)", "3月底", ""), List.of("1.完成改造。 2.确保运行", "A4打印机", ""));
    assertThat(d.texts()).extracting(TextBlock::text).containsExactly("部门预算收入总表");
    assertThat(t.cells()).extracting(Cell::row).containsExactly(0, 0, 0, 1, 1, 1, 2, 2, 2);
  }

  @Test
  void moreCellsThanTheLimitIsAClearError() {
    SourceFile file = utf8("many.txt", "部门预算收支总表\n" + "a\tb\tc\n".repeat(40));

    assertThatThrownBy(() -> reader.read(file, ReadLimits.defaults().withMaxCells(100)))
        .isInstanceOf(ImportException.class)
        .hasMessage("many.txt: has more than 100 table cells (ReadLimits.maxCells)")
        .extracting(e -> ((ImportException) e).key()).isEqualTo("limit.cells");
  }

  @Test
  void whatTheTextReadingFoundIsANote() {
    byte[] bytes = "部门预算收支总表\n\t序号\n\t\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    bytes[bytes.length - 3] = (byte) 0xff;

    PublishedDocument d = reader.read(SourceFile.of("bad.txt", bytes), ReadLimits.defaults());

    assertThat(d.notes()).extracting(n -> n.key()).contains("text.encoding");
  }
}
