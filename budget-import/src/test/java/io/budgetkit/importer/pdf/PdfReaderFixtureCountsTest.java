package io.budgetkit.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.budgetkit.importer.document.PublishedDocument;
import io.budgetkit.importer.document.TableBlock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The number of tables and of cells with text in each table of every copied fixture.
 *
 * <p>How the numbers were made: the table count against the table titles and labels in
 * {@code pdftotext -layout} of the file (a table continued over pages is one); the cell counts
 * of the tables in {@link PdfReaderGoldenTest} by counting the texts of the pdftotext layout by
 * hand; the other cell counts are the reader's, compared with pdftotext only by eye for a few
 * tables each. They guard against regressions more than they prove those tables right.
 */
class PdfReaderFixtureCountsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "shanghai/putuo-welfare-home-2024-unit.pdf; 40 93 91 28 87 11 11 140 15",
      "shanghai/shanghai-finance-bureau-2025-unit.pdf; 44 139 142 30 142 11 11 179 15",
      "shanghai/putuo-wanli-street-2023-department.pdf;"
          + " 35 371 436 42 436 11 11 160 16 59 110 134 66",
      "jiangsu/cppcc-office-2017-tables.pdf; 57 27 9 20 47 83 4 47 83 47 19 78 51",
      "jiangsu/party-committee-office-2017-tables.pdf; 57 27 9 20 38 95 4 38 95 56 19 145",
      "jiangsu/procuratorate-2018.pdf; 58 27 9 20 47 92 47 92 19 5 50 153 6"})
  void eachTableHasTheCountedCells(String path, String counts) {
    PublishedDocument d = PdfReaderGoldenTest.read(path);
    assertThat(d.tables()).extracting(TableBlock::cells).extracting(java.util.List::size)
        .containsExactly(java.util.Arrays.stream(counts.trim().split(" "))
            .map(Integer::valueOf).toArray(Integer[]::new));
  }
}
